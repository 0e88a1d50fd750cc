/**
 * Turns Pagefind's page-level results into the entries a reader sees. Pages that list many
 * anchored items (the claims check, sources, use cases) become one entry per item, so a result
 * lands on the exact claim rather than the top of a long page.
 */
import { words as wordsOf } from '../text';

/** A section of a page, as Pagefind's `sub_results` give it. */
export interface SubHit {
  url: string;
  title: string;
  excerpt: string;
  /** Pagefind's `weighted_locations`: one per matched word in the section. */
  weighted_locations: readonly { balanced_score: number }[];
  /** Positions of the matched words in the page's content, counted in words. */
  locations?: readonly number[] | undefined;
}

/** One page hit with its loaded data, flattened from Pagefind's result and `data()`. */
export interface PageHit {
  score: number;
  url: string;
  title: string;
  excerpt: string;
  /** The page's `type` filter value (guide, comparison, faq …). */
  type: string;
  /** The verdict shown on a comparison row, from `data-pagefind-meta`. */
  verdict?: string | undefined;
  /** The `category` filter value of a comparison row. */
  category?: string | undefined;
  /** A comparison row's question, which ranks like its title. */
  question?: string | undefined;
  /** The page's indexed text and the positions of the matched words in it, in words. */
  content?: string | undefined;
  locations?: readonly number[] | undefined;
  subResults: readonly SubHit[];
}

/** A result as shown: one page, or one anchored item of a list page. */
export interface Entry {
  url: string;
  title: string;
  /** Excerpt HTML from Pagefind: escaped text with `<mark>` around matched words. */
  excerpt: string;
  score: number;
  type: string;
  verdict?: string | undefined;
  category?: string | undefined;
  /** The share of the searched words this result holds (1 when it holds them all). */
  coverage: number;
}

/** Page types whose results are split into their anchored items. */
export const LIST_TYPES: ReadonlySet<string> = new Set(['claim', 'source', 'use-case']);

/**
 * Rank multipliers for a query that names something ("snapstart", "pep 703"). Section pages
 * and overview pages ("page": home, section indexes) repeat words from everywhere, so they
 * would otherwise crowd out the page a reader wants.
 */
export const TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  page: 0.6,
  claim: 0.8,
  source: 0.6,
};

/**
 * Rank multipliers for a question ("is node still single threaded", "fastapi vs express"):
 * the pages that answer (FAQ answers, comparison rows, guides) before the references that
 * support an answer (claims, sources, use cases, overview pages).
 */
export const QUESTION_WEIGHTS: Readonly<Record<string, number>> = {
  faq: 1.15,
  comparison: 1.2,
  guide: 1,
  'use-case': 0.8,
  claim: 0.5,
  page: 0.4,
  source: 0.3,
};

/** How much a title that holds every searched word adds to a result's score (1.0 doubles it). */
export const TITLE_BONUS = 1.0;

/**
 * The share of searched words found in `title`. Each word is given first, then its synonyms,
 * which count half. A title word counts when it starts with the first five letters of one, so
 * "threads" finds "threaded".
 */
export function titleShare(title: string, words: readonly (readonly string[])[]): number {
  if (!words.length) return 0;
  const inTitle = wordsOf(title);
  const has = (w: string) => inTitle.some((t) => t.startsWith(w.slice(0, 5)));
  let found = 0;
  for (const [word = '', ...others] of words) found += has(word) ? 1 : others.some(has) ? 0.5 : 0;
  return found / words.length;
}

/** How a search ranks: each searched word with its synonyms, and whether it is a question. */
export interface Ranking {
  words: readonly (readonly string[])[];
  question: boolean;
  /** Each searched word with every word of its synonym terms, to tell which words matched. */
  matches?: readonly (readonly string[])[];
}

/** How much a result holding only part of the searched words keeps of its score, at none. */
export const PARTIAL_FLOOR = 0.5;

/**
 * The share of searched words among the words at `locations` of a page's text. A list page
 * (the claims, the sources) can hold every word of a query while no single item does; this
 * tells an item that answers from one that matched a word or two.
 */
export function coverage(
  text: readonly string[],
  locations: readonly number[] | undefined,
  words: readonly (readonly string[])[],
): number {
  if (!words.length || !locations) return 1;
  const matched = locations.flatMap((i) => wordsOf(text[i] ?? ''));
  const has = (w: string) => matched.some((m) => m.startsWith(w.slice(0, 5)) || w.startsWith(m));
  return words.filter((alternatives) => alternatives.some(has)).length / words.length;
}

/** How many items of one list page may appear among the results. */
export const ITEMS_PER_LIST = 3;

/**
 * Merges the ranked hits of several query variants (the query, its corrections and synonyms):
 * a hit keeps its best weighted score over all variants. Highest score first.
 */
export function mergeRuns<T extends { id: string; score: number }>(
  runs: readonly { weight: number; hits: readonly T[] }[],
): T[] {
  const best = new Map<string, T>();
  for (const { weight, hits } of runs)
    for (const hit of hits) {
      const score = hit.score * weight;
      const seen = best.get(hit.id);
      if (!seen || score > seen.score) best.set(hit.id, { ...hit, score });
    }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Merges the ranked hits of several word sets of one looser search: a hit's weighted scores
 * add up, so a page found by more of the sets (matching more of the words) ranks higher.
 */
export function sumRuns<T extends { id: string; score: number }>(
  runs: readonly { weight: number; hits: readonly T[] }[],
): T[] {
  const total = new Map<string, T>();
  for (const { weight, hits } of runs)
    for (const hit of hits) {
      const seen = total.get(hit.id);
      total.set(hit.id, { ...hit, score: (seen?.score ?? 0) + hit.score * weight });
    }
  return [...total.values()].sort((a, b) => b.score - a.score);
}

const sectionScore = (s: SubHit) => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);

/**
 * One entry per page, except pages of a `listTypes` type, which give one entry per anchored
 * section scored relative to the page's best section. Sorted by score, without duplicate URLs.
 */
export function toEntries(
  pages: readonly PageHit[],
  ranking: Ranking = { words: [], question: false },
  listTypes: ReadonlySet<string> = LIST_TYPES,
): Entry[] {
  const entries: Entry[] = [];
  const weights = ranking.question ? QUESTION_WEIGHTS : TYPE_WEIGHTS;
  const boost = (title: string) => 1 + TITLE_BONUS * titleShare(title, ranking.words);
  const partial = (share: number) => PARTIAL_FLOOR + (1 - PARTIAL_FLOOR) * share;
  for (const page of pages) {
    const weight = weights[page.type] ?? 1;
    const text = page.content?.split(/\s+/) ?? [];
    const covers = (locations: readonly number[] | undefined) =>
      coverage(text, locations, ranking.matches ?? ranking.words);
    const sections = page.subResults
      .filter((s) => s.url.includes('#'))
      .sort((a, b) => sectionScore(b) - sectionScore(a))
      .slice(0, ITEMS_PER_LIST);
    if (listTypes.has(page.type) && sections.length > 0) {
      const top = sectionScore(sections[0] as SubHit) || 1;
      for (const s of sections) {
        const share = covers(s.locations);
        entries.push({
          url: s.url,
          title: s.title,
          excerpt: s.excerpt,
          score: (weight * page.score * sectionScore(s) * boost(s.title) * partial(share)) / top,
          type: page.type,
          coverage: share,
        });
      }
    } else {
      const share = covers(page.locations);
      entries.push({
        url: page.url,
        title: page.title,
        excerpt: page.excerpt,
        score: weight * page.score * boost(`${page.title} ${page.question ?? ''}`) * partial(share),
        type: page.type,
        verdict: page.verdict,
        category: page.category,
        coverage: share,
      });
    }
  }
  const seen = new Set<string>();
  return entries
    .sort((a, b) => b.score - a.score)
    .filter((e) => !seen.has(e.url) && seen.add(e.url));
}

/**
 * Whether a result URL finds the page a reader was after: an expected URL with a #fragment
 * must match exactly; one without matches the page and any anchor on it.
 */
export function findsPage(resultUrl: string, expected: string): boolean {
  return expected.includes('#') ? resultUrl === expected : resultUrl.split('#')[0] === expected;
}
