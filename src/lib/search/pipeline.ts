/**
 * The one query pipeline behind every search box, independent of Pagefind's loading so it can
 * be tested: read the query (compounds, stop words, corrections), search all its words with
 * their synonyms, and only when too little is found, most of the words, then any of them.
 * Results are ranked (answers first for questions) and turned into entries.
 */
import { analyse, relaxations, type Analysis, type Level } from './query';
import { mergeRuns, sumRuns, toEntries, type Entry, type PageHit } from './results';
import { alternatives, expandQuery, synonymWords } from './synonyms';
import type { SearchVocabulary } from './vocabulary';

/** A hit of the index: an id, a score, and its page data loaded on demand. */
export interface IndexHit {
  id: string;
  score: number;
  page: () => Promise<PageHit>;
}

/** Runs one exact query against the index, with the index's own filters. */
export type RunQuery = (query: string) => Promise<readonly IndexHit[]>;

/** What a search found. */
export interface Outcome {
  /** Ranked entries, at most the `limit` asked for. */
  entries: Entry[];
  /** The query as read, after corrections and without stop words. */
  analysis: Analysis;
  /** 'all' when every word matched; 'most' or 'any' when the words had to be loosened. */
  level: Level;
  /** The words searched for, for highlighting: stop words are never among them. */
  terms: string[];
}

/** Weight of a variant with synonyms, and of each looser level, against the words typed. */
export const WEIGHTS = { synonym: 0.85, most: 0.6, any: 0.35 } as const;

/** Pages whose data is loaded and ranked per search, before entries are cut to the limit. */
export const CANDIDATES = 12;

/**
 * Searches for `query`: every word (and its synonym variants); when fewer than `enough` pages
 * match, the sets with one word left out are added, then each word alone, each level ranked
 * below the stricter one. A query with no word the site knows finds nothing.
 */
export async function runSearch(
  query: string,
  vocabulary: SearchVocabulary,
  run: RunQuery,
  {
    limit = 10,
    enough = 15,
    stale = () => false,
  }: {
    limit?: number;
    enough?: number;
    /** True once the reader has typed on: the work left is skipped and nothing is found. */
    stale?: () => boolean;
  } = {},
): Promise<Outcome> {
  const keep = synonymWords(vocabulary.terms.synonyms);
  const analysis = analyse(query, vocabulary.words, vocabulary.terms, keep);
  const terms = analysis.words;
  const empty: Outcome = { entries: [], analysis, level: 'all', terms };
  if (!terms.length) return empty;

  const runs: IndexHit[][] = [];
  let any = false;
  for (const step of relaxations(terms)) {
    if (stale()) return empty;
    const base = step.level === 'all' ? 1 : WEIGHTS[step.level];
    const queries = step.sets.flatMap((set) =>
      expandQuery(set.join(' '), vocabulary.terms.synonyms, step.level === 'all' ? 5 : 3).map(
        (q, i) => ({ q, weight: base * (i === 0 ? 1 : WEIGHTS.synonym) }),
      ),
    );
    const found = await Promise.all(
      queries.map(async ({ q, weight }) => ({ weight, hits: await run(q) })),
    );
    // Within a looser level, a page found by more of the word sets matches more of the words.
    runs.push(step.level === 'all' ? mergeRuns(found) : sumRuns(found));
    const pages = new Set(runs.flatMap((r) => r.map((h) => h.id)));
    any ||= pages.size > 0;
    if (pages.size >= enough) break;
  }
  if (!any || stale()) return empty;
  const hits = mergeRuns(runs.map((hits) => ({ weight: 1, hits })));
  const pages = await Promise.all(
    hits
      .slice(0, Math.max(CANDIDATES, limit))
      .map(async (h) => ({ ...(await h.page()), score: h.score })),
  );
  const groups = vocabulary.terms.synonyms;
  const entries = toEntries(pages, {
    words: terms.map((w) => alternatives(w, groups)),
    matches: terms.map((w) => alternatives(w, groups, true)),
    question: analysis.question,
  }).slice(0, limit);
  return { entries, analysis, level: honestLevel(entries, terms.length), terms };
}

/**
 * How loosely the listed results match: 'all' when one holds every searched word; 'most' when
 * the best holds more than half of three or more words; otherwise 'any'.
 */
export function honestLevel(entries: readonly Entry[], words: number): Level {
  const best = Math.max(0, ...entries.map((e) => e.coverage));
  if (best >= 1) return 'all';
  return words >= 3 && best > 0.5 ? 'most' : 'any';
}
