/**
 * What a query asks for: its content words after compound spellings are joined, stop words
 * dropped and misspellings corrected; whether it reads as a question; and the ever looser
 * word sets to search when no page has all of its words.
 */
import { closestWord, completions, words, type Vocabulary } from './correct';
import { joinCompounds, type SearchTerms } from './terms';

/**
 * Words that carry no topic of their own in a reader's question ("is node still single
 * threaded", "python vs node for a startup"). They are never searched for or highlighted,
 * unless a query has nothing else.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and any are as at be been being best better but by can could did do does doing ' +
    'for from get gets good had has have how i if in into is it its just me more most much ' +
    'my no not of on or our over really should so still than that the their them then there ' +
    'these they this those to too use used uses using very vs versus was we were what when ' +
    'where whether which while who why will with would you your'
  ).split(' '),
);

/** Words that open a question. */
const QUESTION_OPENERS = new Set(
  'are can could do does how is should what when where which who why will would'.split(' '),
);

/**
 * Whether a query reads as a question or a comparison rather than a name to look up: it opens
 * with a question word, ends with "?", or weighs one thing against another ("x vs y", "x or
 * y", "better", "best"). Such queries want an answer (a row, an FAQ answer, a guide) first.
 */
export function isQuestion(query: string): boolean {
  const all = words(query);
  if (query.trim().endsWith('?')) return true;
  if (QUESTION_OPENERS.has(all[0] ?? '')) return true;
  return all.some(
    (w) => w === 'vs' || w === 'versus' || w === 'or' || w === 'better' || w === 'best',
  );
}

/** A query read for searching. */
export interface Analysis {
  /** The words to search for, corrected, in the reader's order. */
  words: string[];
  /** The query as searched, when a word was corrected; otherwise undefined. */
  correctedTo: string | undefined;
  /** Words neither the site nor the search vocabulary knows, left out of the search. */
  unknown: string[];
  /** Whether the query reads as a question (see `isQuestion`). */
  question: boolean;
  /** A last word still being typed, too short to search yet (one or two letters), left out. */
  typing: string | undefined;
}

/** A last word being typed is searched as a prefix only from this many characters on. */
export const MIN_PREFIX = 3;

const NUMBER = /^\p{N}+$/u;

/**
 * Reads a query: joins compound spellings ("node.js" → "node"), drops stop words, corrects each
 * word the vocabulary does not know to the closest one it does, and sets aside words that are
 * neither known nor correctable. The last word may be one the reader is still typing ("pyth"):
 * it is kept as a prefix when the words it completes to are together at least as frequent as
 * its best correction. Words of synonym terms (`keep`) and numbers are always known.
 */
export function analyse(
  query: string,
  vocabulary: Vocabulary,
  terms: SearchTerms,
  keep: ReadonlySet<string> = new Set(),
): Analysis {
  const all = words(joinCompounds(query, terms.compounds));
  const typing = !/\s$/.test(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const chosen = content.length ? content : all;
  const out: string[] = [];
  const unknown: string[] = [];
  let corrected = false;
  let waiting: string | undefined;
  chosen.forEach((word, i) => {
    const last = i === chosen.length - 1 && word === all[all.length - 1];
    if (vocabulary.has(word) || keep.has(word) || NUMBER.test(word)) return out.push(word);
    // Every word starts with "c": searching it as a prefix finds everything, slowly.
    if (last && typing && word.length < MIN_PREFIX) return (waiting = word);
    const typed = last && typing ? completions(word, vocabulary) : 0;
    const better = closestWord(word, vocabulary);
    if (typed > 0 && typed >= (better ? (vocabulary.get(better) ?? 0) : 0)) return out.push(word);
    if (better) {
      corrected = true;
      return out.push(better);
    }
    unknown.push(word);
  });
  return {
    words: out,
    correctedTo: corrected ? out.join(' ') : undefined,
    unknown,
    question: isQuestion(query),
    typing: waiting,
  };
}

/** How far a search had to loosen its words to find something. */
export type Level = 'all' | 'most' | 'any';

/**
 * The word sets to search, strictest first: all the words; then (for three or more) every set
 * with one word left out; then (for two or more) each word alone.
 */
export function relaxations(all: readonly string[]): { level: Level; sets: string[][] }[] {
  const steps: { level: Level; sets: string[][] }[] = [{ level: 'all', sets: [[...all]] }];
  if (all.length >= 3)
    steps.push({ level: 'most', sets: all.map((_, i) => all.filter((__, j) => j !== i)) });
  if (all.length >= 2) steps.push({ level: 'any', sets: all.map((w) => [w]) });
  return steps;
}
