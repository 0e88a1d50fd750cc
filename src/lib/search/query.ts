/**
 * What a query asks for: its content words after compound spellings are joined, stop words
 * dropped and misspellings corrected; whether it reads as a question; and the ever looser
 * word sets to search when no page has all of its words.
 */
import { words } from '../text';
import { closestWord, completions, type Vocabulary } from './correct';
import { joinCompounds, type SearchTerms } from './terms';

/**
 * Whether a query reads as a question or a comparison rather than a name to look up: it opens
 * with a question word (`questionWords` of content/search/terms.yaml), ends with "?", or weighs one thing against another ("x vs y", "x or
 * y", "better", "best"). Such queries want an answer (a row, an FAQ answer, a guide) first.
 */
export function isQuestion(query: string, questionWords: readonly string[]): boolean {
  const all = words(query);
  if (query.trim().endsWith('?')) return true;
  if (questionWords.includes(all[0] ?? '')) return true;
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
 * Reads a query: joins compound spellings ("node.js" → "node"), drops stop words (which carry
 * no topic: "is node still single threaded" searches "node single threaded"), corrects each
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
  const content = all.filter((w) => !terms.stopWords.includes(w));
  const chosen = content.length ? content : all;
  const out: string[] = [];
  const unknown: string[] = [];
  let corrected = false;
  let waiting: string | undefined;
  for (const [i, word] of chosen.entries()) {
    const last = i === chosen.length - 1 && word === all[all.length - 1];
    const typed = last && typing ? completions(word, vocabulary) : 0;
    let best: string | undefined | null = null;
    const better = () => (best === null ? (best = closestWord(word, vocabulary)) : best);
    if (vocabulary.has(word) || keep.has(word) || NUMBER.test(word)) out.push(word);
    // Every word starts with "c": searching it as a prefix finds everything, slowly.
    else if (last && typing && word.length < MIN_PREFIX) waiting = word;
    else if (typed > 0 && typed >= (vocabulary.get(better() ?? '') ?? 0)) out.push(word);
    else if (better()) {
      corrected = true;
      out.push(better() ?? word);
    } else unknown.push(word);
  }
  return {
    words: out,
    correctedTo: corrected ? out.join(' ') : undefined,
    unknown,
    question: isQuestion(query, terms.questionWords),
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
