/**
 * The recommender's scoring, in plain data in and plain data out: no DOM, no astro:*, so the
 * page, the browser widget and the unit tests all run the same code. Weights and rules come from
 * content/recommender/ (see src/data/recommender.ts); nothing here knows a question by name.
 */
import { SLUG } from './slug';
import { fill } from './text';
import { paths } from './urls';
import type { Choice } from './vocab';

/** How sure the recommender is, from how many answers would each flip the result on their own. */
export type Confidence = 'low' | 'medium' | 'high';

/** Points one answer or rule adds, with the reason shown to the reader and its comparison rows. */
export interface Weight {
  python: number;
  node: number;
  both: number;
  reason: string;
  /** Dimension slugs the weight is drawn from; the first is the main one. */
  dimensions: readonly string[];
  /** What to build when this weight is the strongest reason ("a Django service with its admin"). */
  build?: string | undefined;
  /** Advice the worded result always carries when this answer or rule applies. */
  advice?: string | undefined;
}

/** One possible answer to a question; its id is the value written in the URL. */
export interface Option extends Weight {
  id: string;
  label: string;
}

/** One question; its id is the URL parameter name. */
export interface Question {
  id: string;
  label: string;
  options: readonly Option[];
}

/** A combination of answers that adds points on top of the answers' own weights. */
export interface Rule extends Weight {
  id: string;
  /** Question id → option ids; the rule applies when every listed question has one of them. */
  when: Readonly<Record<string, readonly string[]>>;
  /** Question id → option ids; the rule does not apply when any listed question has one of them. */
  unless?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** The tuning knobs that turn scores into an answer. */
export interface Settings {
  /** A Python/Node.js lead smaller than this is "either". */
  eitherBelow: number;
  /** This many "both" points make a hybrid the answer. */
  hybridAt: number;
  /** More questions than this, each able to flip the result alone, make the confidence "low". */
  fragileAbove: number;
  /** Fewer answers keep the confidence at "low". */
  minAnswers: number;
  /** What to build for each choice when no answer names something more specific. */
  build: Readonly<Record<Choice, string>>;
}

/** Everything the scoring needs, in question order. */
export interface Model {
  questions: readonly Question[];
  rules: readonly Rule[];
  settings: Settings;
}

/** Question id → chosen option id; unanswered questions are absent. */
export type Answers = Readonly<Record<string, string>>;

/** The UI strings the wording uses, by their key in src/i18n/ (a missing one reads as empty). */
export type Strings = Readonly<Partial<Record<string, string>>>;

/** A reason behind the result: an answer's or a rule's weight, and which way it leans. */
export interface Reason {
  /** `question=option` for an answer, the rule id for a rule. */
  from: string;
  lean: 'python' | 'node' | 'both' | 'neutral';
  reason: string;
  dimensions: readonly string[];
  /** The points it adds. */
  points: { python: number; node: number; both: number };
}

/** One answer changed, as part of a "what would change the answer" alternative. */
export interface Change {
  question: string;
  from: string | undefined;
  to: string;
}

/** A smallest set of changed answers that gives a different choice. */
export interface Flip {
  changes: Change[];
  choice: Choice;
}

/** The outcome for one set of answers. */
export interface Recommendation {
  choice: Choice;
  confidence: Confidence;
  /** For "either", the side the points lean to, if any; "neutral" otherwise. */
  lean: 'python' | 'node' | 'neutral';
  scores: { python: number; node: number; both: number };
  /** How many questions were answered with a known option. */
  answered: number;
  /** Questions whose answer alone, changed, would give a different choice. */
  fragile: string[];
  /** What to build, from the strongest reason that names something, or the settings. */
  build: string;
  /** The strongest reasons for the choice, strongest first (at most three). */
  reasons: Reason[];
  /** Every answer and rule that added points, in question then rule order. */
  all: Reason[];
  /** Advice from the answers and rules that apply, in order. */
  advice: string[];
  /** The smallest changes that give each other choice, least movement first. */
  flips: Flip[];
}

interface Contribution extends Reason {
  w: Weight;
}

interface Score {
  choice: Choice;
  scores: { python: number; node: number; both: number };
  list: Contribution[];
}

/** The chosen option of each question, skipping unknown question or option ids. */
function chosen(answers: Answers, model: Model): [Question, Option][] {
  const out: [Question, Option][] = [];
  for (const q of model.questions) {
    const o = q.options.find((x) => x.id === answers[q.id]);
    if (o) out.push([q, o]);
  }
  return out;
}

const leanOf = (w: Weight): Reason['lean'] =>
  w.both > 0 ? 'both' : w.python > w.node ? 'python' : w.node > w.python ? 'node' : 'neutral';

const matches = (answers: Answers, map: Rule['when'] | undefined) =>
  Object.entries(map ?? {}).map(([q, ids]) => ids.includes(answers[q] ?? ''));

const reasonOf = (from: string, w: Weight): Contribution => ({
  from,
  lean: leanOf(w),
  reason: w.reason,
  dimensions: w.dimensions,
  points: { python: w.python, node: w.node, both: w.both },
  w,
});

function score(answers: Answers, model: Model): Score {
  const { eitherBelow, hybridAt } = model.settings;
  const list = chosen(answers, model).map(([q, o]) => reasonOf(`${q.id}=${o.id}`, o));
  for (const r of model.rules) {
    if (matches(answers, r.when).every(Boolean) && !matches(answers, r.unless).some(Boolean))
      list.push(reasonOf(r.id, r));
  }
  const scores = { python: 0, node: 0, both: 0 };
  for (const { w } of list) {
    scores.python += w.python;
    scores.node += w.node;
    scores.both += w.both;
  }
  const lead = scores.python - scores.node;
  const choice: Choice =
    scores.both >= hybridAt
      ? 'both'
      : Math.abs(lead) < eitherBelow
        ? 'either'
        : lead > 0
          ? 'python'
          : 'node';
  return { choice, scores, list };
}

const distance = (a: Score, b: Score) =>
  Math.abs(a.scores.python - b.scores.python) +
  Math.abs(a.scores.node - b.scores.node) +
  Math.abs(a.scores.both - b.scores.both);

/** Every answer that could be changed on its own (answering an unanswered question counts). */
function singleChanges(answers: Answers, model: Model): Change[][] {
  const out: Change[][] = [];
  for (const q of model.questions) {
    for (const o of q.options) {
      if (o.id !== answers[q.id]) out.push([{ question: q.id, from: answers[q.id], to: o.id }]);
    }
  }
  return out;
}

/** The candidates that give a different choice, with how far each moves the scores. */
function flipsAmong(answers: Answers, model: Model, base: Score, candidates: Change[][]) {
  const out: { flip: Flip; cost: number }[] = [];
  for (const changes of candidates) {
    const next: Record<string, string> = { ...answers };
    for (const c of changes) next[c.question] = c.to;
    const result = score(next, model);
    if (result.choice !== base.choice)
      out.push({ flip: { changes, choice: result.choice }, cost: distance(base, result) });
  }
  return out;
}

/** At most one flip per choice, the one that moves the scores least, least movement first. */
function cheapest(found: { flip: Flip; cost: number }[]): Flip[] {
  const best = new Map<Choice, { flip: Flip; cost: number }>();
  for (const f of found) {
    const prior = best.get(f.flip.choice);
    if (!prior || f.cost < prior.cost) best.set(f.flip.choice, f);
  }
  return [...best.values()].sort((a, b) => a.cost - b.cost).map((b) => b.flip);
}

/**
 * The smallest changes that give a different answer, and the questions that flip it alone: every
 * single changed answer is tried, and pairs only when no single change flips the result.
 */
function search(answers: Answers, model: Model, base: Score) {
  const singles = singleChanges(answers, model);
  const one = flipsAmong(answers, model, base, singles);
  const fragile = [...new Set(one.map((f) => f.flip.changes[0]?.question ?? ''))];
  if (one.length) return { flips: cheapest(one), fragile };
  const pairs: Change[][] = [];
  for (const [i, a] of singles.entries()) {
    for (const b of singles.slice(i + 1)) {
      if (a[0]?.question !== b[0]?.question) pairs.push([...a, ...b]);
    }
  }
  return { flips: cheapest(flipsAmong(answers, model, base, pairs)), fragile };
}

/**
 * Scores a set of answers against the model and explains the result. Confidence comes from
 * robustness: "high" only when no single changed answer gives a different choice, "medium" when
 * a few questions could each flip it alone, "low" when many could or too few are answered.
 */
export function recommend(answers: Answers, model: Model): Recommendation {
  const { minAnswers, fragileAbove, build: fallback } = model.settings;
  const base = score(answers, model);
  const { choice, scores, list } = base;
  const { flips, fragile } = search(answers, model, base);
  const answered = chosen(answers, model).length;
  const confidence: Confidence =
    answered < minAnswers || fragile.length > fragileAbove
      ? 'low'
      : fragile.length
        ? 'medium'
        : 'high';

  // How strongly each contribution argues for the choice. "Either" puts the even-handed reasons
  // first, then what pulled each way, so it never opens with a one-sided reason.
  const support = ({ w }: Contribution) =>
    choice === 'python'
      ? w.python - w.node
      : choice === 'node'
        ? w.node - w.python
        : choice === 'both'
          ? w.both
          : leanOf(w) === 'neutral'
            ? Infinity
            : Math.abs(w.python - w.node);
  const ranked = list
    .map((c, i) => ({ c, s: support(c), i }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ c }) => c);
  const strip = ({ from, lean, reason, dimensions, points }: Contribution): Reason => ({
    from,
    lean,
    reason,
    dimensions,
    points,
  });
  const lead = scores.python - scores.node;
  return {
    choice,
    confidence,
    lean: choice !== 'either' || lead === 0 ? 'neutral' : lead > 0 ? 'python' : 'node',
    scores,
    answered,
    fragile,
    build: ranked.find((c) => c.w.build && c.lean === choice)?.w.build ?? fallback[choice],
    reasons: ranked.slice(0, 3).map(strip),
    all: list.filter((c) => c.lean !== 'neutral').map(strip),
    advice: list.flatMap((c) => (c.w.advice ? [c.w.advice] : [])),
    flips,
  };
}

/** Describes one flip with the UI strings: "If “Team language” were “Python”, …". */
export function describeFlip(flip: Flip, model: Model, s: Strings) {
  const parts = flip.changes.map((c) => {
    const q = model.questions.find((x) => x.id === c.question);
    return fill(s['recommend.changeOne'] ?? '', {
      question: q?.label ?? c.question,
      option: q?.options.find((o) => o.id === c.to)?.label ?? c.to,
    });
  });
  return fill(s['recommend.changeIf'] ?? '', {
    changes: parts.join(s['recommend.changeAnd'] ?? ' and '),
    choice: s[`choice.${flip.choice}`] ?? flip.choice,
  });
}

/**
 * The result as one paragraph a reader can act on: what to build, the strongest reasons, any
 * advice the answers carry (such as load-testing), the two cheapest changes that would flip it,
 * and how many answers could each flip it alone.
 */
export function inWords(result: Recommendation, model: Model, s: Strings): string {
  const parts = [fill(s[`recommend.say.${result.choice}`] ?? '', { build: result.build })];
  if (result.lean !== 'neutral')
    parts.push(fill(s['recommend.leans'] ?? '', { side: s[`choice.${result.lean}`] ?? '' }));
  parts.push(...result.reasons.slice(0, 2).map((r) => r.reason), ...result.advice);
  const flips = result.flips.slice(0, 2).map((f) => describeFlip(f, model, s));
  parts.push(...(flips.length ? flips : [s['recommend.noChange'] ?? '']));
  parts.push(
    result.fragile.length
      ? fill(s['recommend.fragile'], { count: result.fragile.length })
      : (s['recommend.robust'] ?? ''),
  );
  return parts.filter(Boolean).join(' ');
}

/**
 * Reads answers from a query string (`?team=python&workload=io-api`). Unknown parameters, unknown
 * values and repeats after the first valid value are ignored, so no URL can break the page.
 */
export function parseAnswers(
  search: string | URLSearchParams,
  model: Model,
): Record<string, string> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const answers: Record<string, string> = {};
  for (const q of model.questions) {
    const value = params.getAll(q.id).find((v) => q.options.some((o) => o.id === v));
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

/** Writes answers as a query string in question order, without the `?`; empty when none are valid. */
export function serialiseAnswers(answers: Answers, model: Model): string {
  const params = new URLSearchParams();
  for (const [q, o] of chosen(answers, model)) params.append(q.id, o.id);
  return params.toString();
}

/** The recommender's page opened on `answers`; its plain path when none of them is valid. */
export function recommendHref(answers: Answers, model: Model): string {
  const query = serialiseAnswers(answers, model);
  return query ? `${paths.recommend()}?${query}` : paths.recommend();
}

/**
 * Consistency rules Zod cannot see: unique question and option ids, URL-safe ids, and rules that
 * name only questions and options that exist. Returns one message per problem.
 */
export function modelProblems(model: Model): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const q of model.questions) {
    if (seen.has(q.id)) problems.push(`question "${q.id}" is defined twice`);
    seen.add(q.id);
    if (!SLUG.test(q.id)) problems.push(`question id "${q.id}" is not lowercase-hyphenated`);
    const ids = q.options.map((o) => o.id);
    for (const [i, id] of ids.entries()) {
      if (!SLUG.test(id)) problems.push(`option "${q.id}=${id}" is not lowercase-hyphenated`);
      if (ids.indexOf(id) !== i) problems.push(`option "${q.id}=${id}" is defined twice`);
    }
  }
  for (const r of model.rules) {
    for (const [qid, ids] of [...Object.entries(r.when), ...Object.entries(r.unless ?? {})]) {
      const q = model.questions.find((x) => x.id === qid);
      if (!q) {
        problems.push(`rule "${r.id}" names question "${qid}", which does not exist`);
        continue;
      }
      for (const id of ids) {
        if (!q.options.some((o) => o.id === id))
          problems.push(`rule "${r.id}" names option "${qid}=${id}", which does not exist`);
      }
    }
  }
  return problems;
}
