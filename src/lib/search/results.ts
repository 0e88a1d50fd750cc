/**
 * Turns Pagefind's page-level results into the entries a reader sees. Pages that list many
 * anchored items (the claims check, sources, use cases) become one entry per item, so a result
 * lands on the exact claim rather than the top of a long page.
 */
import { paths } from '../urls';

/** A section of a page, as Pagefind's `sub_results` give it. */
export interface SubHit {
  url: string;
  title: string;
  excerpt: string;
  /** Pagefind's `weighted_locations`: one per matched word in the section. */
  weighted_locations: readonly { balanced_score: number }[];
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
  /** For an item of a list page, the page's title. */
  within?: string | undefined;
}

/** Page types whose results are split into their anchored items. */
export const LIST_TYPES: ReadonlySet<string> = new Set(['claim', 'source', 'use-case']);

/**
 * Rank multipliers. Section pages and overview pages ("page": home, section indexes) repeat
 * words from everywhere, so they would otherwise crowd out the page a reader wants.
 */
export const TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  page: 0.6,
  claim: 0.8,
  source: 0.6,
};

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

const sectionScore = (s: SubHit) => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);

/**
 * One entry per page, except pages of a `listTypes` type, which give one entry per anchored
 * section scored relative to the page's best section. Sorted by score, without duplicate URLs.
 */
export function toEntries(
  pages: readonly PageHit[],
  listTypes: ReadonlySet<string> = LIST_TYPES,
): Entry[] {
  const entries: Entry[] = [];
  for (const page of pages) {
    const weight = TYPE_WEIGHTS[page.type] ?? 1;
    const sections = page.subResults
      .filter((s) => s.url.includes('#'))
      .sort((a, b) => sectionScore(b) - sectionScore(a))
      .slice(0, ITEMS_PER_LIST);
    if (listTypes.has(page.type) && sections.length > 0) {
      const top = sectionScore(sections[0] as SubHit) || 1;
      for (const s of sections)
        entries.push({
          url: s.url,
          title: s.title,
          excerpt: s.excerpt,
          score: (weight * page.score * sectionScore(s)) / top,
          type: page.type,
          within: page.title,
        });
    } else {
      entries.push({
        url: page.url,
        title: page.title,
        excerpt: page.excerpt,
        score: weight * page.score,
        type: page.type,
        verdict: page.verdict,
      });
    }
  }
  const seen = new Set<string>();
  return entries
    .sort((a, b) => b.score - a.score)
    .filter((e) => !seen.has(e.url) && seen.add(e.url));
}

/**
 * Where a question's answer sits on the FAQ page: "/faq/what-is-the-gil/" becomes
 * "/faq/#what-is-the-gil". Any other URL is returned unchanged.
 */
export function faqAnchorUrl(url: string): string {
  const slug = /^\/faq\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(url)?.[1];
  return slug ? paths.faqAnchor(slug) : url;
}

/**
 * Whether a result URL finds the page a reader was after: an expected URL with a #fragment
 * must match exactly; one without matches the page and any anchor on it.
 */
export function findsPage(resultUrl: string, expected: string): boolean {
  return expected.includes('#') ? resultUrl === expected : resultUrl.split('#')[0] === expected;
}
