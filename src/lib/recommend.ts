/**
 * The recommender's scoring, in plain data in and plain data out: no DOM, no astro:*, so the
 * page, the browser widget and the unit tests all run the same code. Weights and rules come from
 * content/recommender/ (see src/data/recommender.ts); nothing here knows a question by name.
 */
import type { Choice } from './vocab';

/** How sure the recommender is, from how far the scores sit from the nearest flip. */
export type Confidence = 'low' | 'medium' | 'high';

/** Points one answer or rule adds, with the reason shown to the reader and its comparison rows. */
export interface Weight {
  python: number;
  node: number;
  both: number;
  reason: string;
  /** Dimension slugs the weight is drawn from; the first is the main one. */
  dimensions: readonly string[];
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
}

/** The tuning knobs that turn scores into an answer. */
export interface Settings {
  /** A Python/Node.js lead smaller than this is "either". */
  eitherBelow: number;
  /** This many "both" points make a hybrid the answer. */
  hybridAt: number;
  /** Headroom needed for each confidence level. */
  confidence: { medium: number; high: number };
  /** Fewer answers keep the confidence at "low". */
  minAnswers: number;
}

/** Everything the scoring needs, in question order. */
export interface Model {
  questions: readonly Question[];
  rules: readonly Rule[];
  settings: Settings;
}

/** Question id → chosen option id; unanswered questions are absent. */
export type Answers = Readonly<Record<string, string>>;

/** A reason behind the result: an answer's or a rule's weight, and which way it leans. */
export interface Reason {
  /** `question=option` for an answer, the rule id for a rule. */
  from: string;
  lean: 'python' | 'node' | 'both' | 'neutral';
  reason: string;
  dimensions: readonly string[];
}

/** The outcome for one set of answers. */
export interface Recommendation {
  choice: Choice;
  confidence: Confidence;
  scores: { python: number; node: number; both: number };
  /** How many questions were answered with a known option. */
  answered: number;
  /** The strongest reasons for the choice, strongest first (at most three). */
  reasons: Reason[];
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

interface Contribution extends Reason {
  w: Weight;
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

function contributions(answers: Answers, model: Model): Contribution[] {
  const list: Contribution[] = chosen(answers, model).map(([q, o]) => ({
    from: `${q.id}=${o.id}`,
    lean: leanOf(o),
    reason: o.reason,
    dimensions: o.dimensions,
    w: o,
  }));
  for (const r of model.rules) {
    const applies = Object.entries(r.when).every(([q, ids]) => ids.includes(answers[q] ?? ''));
    if (applies)
      list.push({ from: r.id, lean: leanOf(r), reason: r.reason, dimensions: r.dimensions, w: r });
  }
  return list;
}

/** Scores a set of answers against the model and explains the result. */
export function recommend(answers: Answers, model: Model): Recommendation {
  const { eitherBelow, hybridAt, confidence, minAnswers } = model.settings;
  const list = contributions(answers, model);
  const scores = { python: 0, node: 0, both: 0 };
  for (const { w } of list) {
    scores.python += w.python;
    scores.node += w.node;
    scores.both += w.both;
  }
  const lead = scores.python - scores.node;
  let choice: Choice;
  // Headroom: how many points the deciding score could lose before the answer flips.
  let headroom: number;
  if (scores.both >= hybridAt) {
    choice = 'both';
    headroom = scores.both - hybridAt + 1;
  } else if (Math.abs(lead) < eitherBelow) {
    choice = 'either';
    headroom = eitherBelow - Math.abs(lead);
  } else {
    choice = lead > 0 ? 'python' : 'node';
    headroom = Math.abs(lead) - eitherBelow + 1;
  }
  const answered = chosen(answers, model).length;
  const level: Confidence =
    answered < minAnswers || headroom < confidence.medium
      ? 'low'
      : headroom < confidence.high
        ? 'medium'
        : 'high';

  // How strongly each contribution argues for the choice; "either" shows what pulled each way.
  const support = ({ w }: Contribution) =>
    choice === 'python'
      ? w.python - w.node
      : choice === 'node'
        ? w.node - w.python
        : choice === 'both'
          ? w.both
          : Math.abs(w.python - w.node);
  const ranked = list
    .map((c, i) => ({ c, s: support(c), i }))
    .filter(({ s, c }) => s > 0 || (choice === 'either' && c.lean === 'neutral'))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, 3)
    .map(({ c }) => ({ from: c.from, lean: c.lean, reason: c.reason, dimensions: c.dimensions }));

  return { choice, confidence: level, scores, answered, reasons: ranked };
}

const distance = (a: Recommendation, b: Recommendation) =>
  Math.abs(a.scores.python - b.scores.python) +
  Math.abs(a.scores.node - b.scores.node) +
  Math.abs(a.scores.both - b.scores.both);

/**
 * The smallest changes that give a different answer: every single changed answer is tried, and
 * pairs only when no single change flips the result. Among flips to the same choice the one that
 * moves the scores least wins; at most one flip per other choice, least movement first.
 */
export function whatWouldChange(answers: Answers, model: Model): Flip[] {
  const base = recommend(answers, model);
  const singles: Change[][] = [];
  for (const q of model.questions) {
    for (const o of q.options) {
      if (o.id !== answers[q.id]) singles.push([{ question: q.id, from: answers[q.id], to: o.id }]);
    }
  }
  const flips = (candidates: Change[][]) => {
    const best = new Map<Choice, { flip: Flip; cost: number }>();
    for (const changes of candidates) {
      const next = { ...answers };
      for (const c of changes) next[c.question] = c.to;
      const result = recommend(next, model);
      if (result.choice === base.choice) continue;
      const cost = distance(base, result);
      const prior = best.get(result.choice);
      if (!prior || cost < prior.cost)
        best.set(result.choice, { flip: { changes, choice: result.choice }, cost });
    }
    return [...best.values()].sort((a, b) => a.cost - b.cost).map((b) => b.flip);
  };
  const one = flips(singles);
  if (one.length) return one;
  const pairs: Change[][] = [];
  for (const [i, a] of singles.entries()) {
    for (const b of singles.slice(i + 1)) {
      if (a[0]?.question !== b[0]?.question) pairs.push([...a, ...b]);
    }
  }
  return flips(pairs);
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

/**
 * Consistency rules Zod cannot see: unique question and option ids, URL-safe ids, and rules that
 * name only questions and options that exist. Returns one message per problem.
 */
export function modelProblems(model: Model): string[] {
  const problems: string[] = [];
  const safe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const seen = new Set<string>();
  for (const q of model.questions) {
    if (seen.has(q.id)) problems.push(`question "${q.id}" is defined twice`);
    seen.add(q.id);
    if (!safe.test(q.id)) problems.push(`question id "${q.id}" is not lowercase-hyphenated`);
    const ids = q.options.map((o) => o.id);
    for (const [i, id] of ids.entries()) {
      if (!safe.test(id)) problems.push(`option "${q.id}=${id}" is not lowercase-hyphenated`);
      if (ids.indexOf(id) !== i) problems.push(`option "${q.id}=${id}" is defined twice`);
    }
  }
  for (const r of model.rules) {
    for (const [qid, ids] of Object.entries(r.when)) {
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
