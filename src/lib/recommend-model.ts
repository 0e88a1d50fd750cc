/**
 * Turns the entries of content/recommender/ (and the answers use cases carry) into the plain
 * model src/lib/recommend.ts scores. Pure: the build passes content-collection entries, the unit
 * tests pass the same files parsed from YAML, so both exercise one loader.
 */
import { byOrderThenId } from './order';
import { modelProblems, type Answers, type Model, type Weight } from './recommend';
import type { Choice } from './vocab';

/** A reference as the content layer gives it (`{ id }`) or as YAML spells it (a bare id). */
type Ref = string | { id: string };

interface RawWeight {
  python?: number | undefined;
  node?: number | undefined;
  both?: number | undefined;
  reason: string;
  dimensions: readonly Ref[];
  build?: string | undefined;
  advice?: string | undefined;
}

type Map = Readonly<Record<string, readonly string[]>>;

/** One file of content/recommender/, after (or, in tests, without) the schema. */
export type RawRecommender =
  | {
      kind: 'question';
      label: string;
      legend: string;
      order: number;
      options: readonly (RawWeight & { id: string; label: string })[];
    }
  | (RawWeight & { kind: 'rule'; order: number; when: Map; unless?: Map | undefined })
  | {
      kind: 'settings';
      eitherBelow: number;
      hybridAt: number;
      fragileAbove: number;
      minAnswers: number;
      build: Readonly<Record<Choice, string>>;
    }
  | {
      kind: 'scenario';
      title: string;
      summary: string;
      best: Choice;
      answers: Readonly<Record<string, string>>;
      dimensions: readonly Ref[];
      order: number;
    };

export interface RawEntry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
}

/** A situation with the answer an expert gives: a use case, or an expert scenario. */
export interface Scenario {
  /** Where it is written, for messages ("content/use-cases/fintech.yaml"). */
  file: string;
  id: string;
  title: string;
  answers: Answers;
  best: Choice;
  /** The use case's own page, or none for an expert scenario. */
  page: boolean;
  /** One paragraph on why (expert scenarios) or the use case's summary. */
  summary: string;
  dimensions: readonly string[];
}

export interface LoadedRecommender {
  model: Model;
  /** Question id → the question as the form asks it. */
  legends: ReadonlyMap<string, string>;
  /** Expert scenarios written in content/recommender/, in order. */
  scenarios: Scenario[];
}

const refId = (r: Ref) => (typeof r === 'string' ? r : r.id);

const weight = (d: RawWeight): Weight => ({
  python: d.python ?? 0,
  node: d.node ?? 0,
  both: d.both ?? 0,
  reason: d.reason,
  dimensions: d.dimensions.map(refId),
  build: d.build,
  advice: d.advice,
});

const fileOf = (e: RawEntry<unknown>, folder: string) =>
  e.filePath ?? `content/${folder}/${e.id}.yaml`;

/** Builds and checks the model; throws one message naming every problem. */
export function buildModel(entries: readonly RawEntry<RawRecommender>[]): LoadedRecommender {
  const of = <K extends RawRecommender['kind']>(kind: K) =>
    entries
      .filter((e): e is RawEntry<Extract<RawRecommender, { kind: K }>> => e.data.kind === kind)
      .map((e) => e);

  const settings = of('settings');
  const [only] = settings;
  if (settings.length !== 1 || !only) {
    throw new Error(
      `content/recommender needs exactly one file with kind: settings, found ${settings.length}`,
    );
  }
  const questions = of('question').sort(byOrderThenId);
  const rules = of('rule').sort(byOrderThenId);
  const { eitherBelow, hybridAt, fragileAbove, minAnswers, build } = only.data;
  const model: Model = {
    questions: questions.map((q) => ({
      id: q.id,
      label: q.data.label,
      options: q.data.options.map((o) => ({ id: o.id, label: o.label, ...weight(o) })),
    })),
    rules: rules.map((r) => ({
      id: r.id,
      when: r.data.when,
      unless: r.data.unless,
      ...weight(r.data),
    })),
    settings: { eitherBelow, hybridAt, fragileAbove, minAnswers, build },
  };
  const scenarios = of('scenario')
    .sort(byOrderThenId)
    .map((e): Scenario => ({
      file: fileOf(e, 'recommender'),
      id: e.id,
      title: e.data.title,
      answers: e.data.answers,
      best: e.data.best,
      page: false,
      summary: e.data.summary,
      dimensions: e.data.dimensions.map(refId),
    }));
  const problems = [...modelProblems(model), ...scenarioProblems(scenarios, model)];
  if (problems.length) {
    throw new Error(`content/recommender has problems:\n  ${problems.join('\n  ')}`);
  }
  return { model, legends: new Map(questions.map((q) => [q.id, q.data.legend])), scenarios };
}

/** A use case with the recommender answers that describe it (`recommender:` in its file). */
export interface RawUseCase {
  title: string;
  summary: string;
  best: Choice;
  recommender?: Readonly<Record<string, string>> | undefined;
  dimensions: readonly Ref[];
}

/** Use cases as scenarios; throws naming every file whose answers are missing or unknown. */
export function useCaseScenarios(
  entries: readonly RawEntry<RawUseCase>[],
  model: Model,
): Scenario[] {
  const missing: string[] = [];
  const out: Scenario[] = [];
  for (const e of entries) {
    const file = fileOf(e, 'use-cases');
    if (!e.data.recommender) {
      missing.push(`${file} → recommender: needs the recommender answers that describe it`);
      continue;
    }
    out.push({
      file,
      id: e.id,
      title: e.data.title,
      answers: e.data.recommender,
      best: e.data.best,
      page: true,
      summary: e.data.summary,
      dimensions: e.data.dimensions.map(refId),
    });
  }
  const problems = [...missing, ...scenarioProblems(out, model)];
  if (problems.length) throw new Error(`Use cases have problems:\n  ${problems.join('\n  ')}`);
  return out;
}

/** Answers that name a question or option the model does not have, one message each. */
export function scenarioProblems(scenarios: readonly Scenario[], model: Model): string[] {
  const problems: string[] = [];
  for (const s of scenarios) {
    const field = s.page ? 'recommender' : 'answers';
    for (const [qid, value] of Object.entries(s.answers)) {
      const q = model.questions.find((x) => x.id === qid);
      if (!q) problems.push(`${s.file} → ${field}.${qid}: no such question`);
      else if (!q.options.some((o) => o.id === value))
        problems.push(`${s.file} → ${field}.${qid}: "${value}" is not one of its options`);
    }
  }
  return problems;
}
