/**
 * Loads the recommender's questions, rules and settings from content/recommender/ and turns
 * them into the plain model src/lib/recommend.ts scores. Fails the build on a dangling
 * dimension reference, a rule naming a missing answer, or a missing or repeated settings file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findProblems, formatProblems } from '../lib/integrity';
import { modelProblems, type Model, type Weight } from '../lib/recommend';
import { site } from './content';

type Entry = CollectionEntry<'recommender'>;

/** What the recommender page renders: the model plus what only the server-side form needs. */
export interface RecommenderData {
  model: Model;
  /** Question id → the question as the form asks it. */
  legends: ReadonlyMap<string, string>;
  /** Dimension slug → row title, for the reasons' links. */
  titles: Readonly<Record<string, string>>;
}

const weight = (d: Omit<Weight, 'dimensions'> & { dimensions: { id: string }[] }): Weight => ({
  python: d.python,
  node: d.node,
  both: d.both,
  reason: d.reason,
  dimensions: d.dimensions.map((r) => r.id),
});

async function load(): Promise<RecommenderData | undefined> {
  const [{ dimensions }, entries] = await Promise.all([site(), getCollection('recommender')]);
  // A content tree without a recommender (the bad-content fixtures) simply has no form.
  if (entries.length === 0) return undefined;

  // Dimensions are passed as bare ids: site() has checked their own data already.
  const problems = findProblems({
    dimensions: dimensions.map((d) => ({ id: d.id, data: null })),
    recommender: entries,
  });
  if (problems.length) throw new Error(formatProblems(problems));

  const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) =>
    a.data.order - b.data.order;
  const of = <K extends Entry['data']['kind']>(kind: K) =>
    entries.filter((e) => e.data.kind === kind) as (Entry & {
      data: Extract<Entry['data'], { kind: K }>;
    })[];

  const settings = of('settings');
  const [only] = settings;
  if (settings.length !== 1 || !only) {
    throw new Error(
      `content/recommender needs exactly one file with kind: settings, found ${settings.length}`,
    );
  }
  const questions = of('question').sort((a, b) => byOrder(a, b) || a.id.localeCompare(b.id));
  const rules = of('rule').sort((a, b) => byOrder(a, b) || a.id.localeCompare(b.id));

  const { eitherBelow, hybridAt, confidence, minAnswers } = only.data;
  const model: Model = {
    questions: questions.map((q) => ({
      id: q.id,
      label: q.data.label,
      options: q.data.options.map((o) => ({ id: o.id, label: o.label, ...weight(o) })),
    })),
    rules: rules.map((r) => ({ id: r.id, when: r.data.when, ...weight(r.data) })),
    settings: { eitherBelow, hybridAt, confidence, minAnswers },
  };
  const inconsistent = modelProblems(model);
  if (inconsistent.length) {
    throw new Error(`content/recommender has problems:\n  ${inconsistent.join('\n  ')}`);
  }

  const used = new Set(
    [...model.questions.flatMap((q) => q.options), ...model.rules].flatMap((w) => w.dimensions),
  );
  const titles = Object.fromEntries(
    dimensions.filter((d) => used.has(d.id)).map((d) => [d.id, d.data.title]),
  );
  return { model, legends: new Map(questions.map((q) => [q.id, q.data.legend])), titles };
}

let cached: ReturnType<typeof load> | undefined;

/** The recommender model, validated; undefined when the content has no recommender files. */
export function recommender() {
  cached ??= load();
  return cached;
}
