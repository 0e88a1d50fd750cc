/**
 * Loads the recommender's questions, rules, settings and expert scenarios from
 * content/recommender/ (through src/lib/recommend-model.ts, the loader the unit tests use too),
 * with the answers each use case carries. Fails the build on a dangling dimension reference, a
 * rule or scenario naming a missing answer, a use case without answers, or a missing or
 * repeated settings file.
 */
import { getCollection } from 'astro:content';
import { findProblems, formatProblems } from '../lib/integrity';
import type { Model } from '../lib/recommend';
import { buildModel, useCaseScenarios, type Scenario } from '../lib/recommend-model';
import { site } from './content';

/** What the recommender page renders: the model plus what only the server-side form needs. */
export interface RecommenderData {
  model: Model;
  /** Question id → the question as the form asks it. */
  legends: ReadonlyMap<string, string>;
  /** Dimension slug → row title, for the reasons' links. */
  titles: Readonly<Record<string, string>>;
  /** Use cases, then expert scenarios, each with the answers that describe it. */
  scenarios: Scenario[];
}

async function load(): Promise<RecommenderData | undefined> {
  const [{ dimensions, useCases }, entries] = await Promise.all([
    site(),
    getCollection('recommender'),
  ]);
  // A content tree without a recommender (the bad-content fixtures) simply has no form.
  if (entries.length === 0) return undefined;

  // Dimensions are passed as bare ids: site() has checked their own data already.
  const problems = findProblems({
    dimensions: dimensions.map((d) => ({ id: d.id, data: null })),
    recommender: entries,
  });
  if (problems.length) throw new Error(formatProblems(problems));

  const { model, legends, scenarios } = buildModel(entries);
  const cases = [...useCaseScenarios(useCases, model), ...scenarios];
  const used = new Set(
    [...model.questions.flatMap((q) => q.options), ...model.rules].flatMap((w) => w.dimensions),
  );
  const titles = Object.fromEntries(
    dimensions.filter((d) => used.has(d.id)).map((d) => [d.id, d.data.title]),
  );
  return { model, legends, titles, scenarios: cases };
}

let cached: ReturnType<typeof load> | undefined;

/** The recommender model, validated; undefined when the content has no recommender files. */
export function recommender() {
  cached ??= load();
  return cached;
}
