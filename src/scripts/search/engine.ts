/**
 * Loads Pagefind and the search vocabulary on first use and runs the shared query pipeline
 * (src/lib/search/pipeline.ts) against them. Nothing here is part of the site-wide script.
 */
import { runSearch, type IndexHit, type Outcome } from '../../lib/search/pipeline';
import type { PageHit } from '../../lib/search/results';
import { parseVocabulary, type SearchVocabulary } from '../../lib/search/vocabulary';

type Filters = Record<string, string | { any: string[] }>;

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  content: string;
  locations: number[];
  sub_results: PageHit['subResults'];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>;
}

export type { Outcome };

const BUNDLE = '/pagefind/';

let ready: Promise<{ pagefind: Pagefind; vocabulary: SearchVocabulary }> | undefined;

/** Loads Pagefind and the vocabulary once; later calls share the same promise. */
export function load(): Promise<{ pagefind: Pagefind; vocabulary: SearchVocabulary }> {
  ready ??= (async () => {
    const [pagefind, vocabulary] = await Promise.all([
      import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<Pagefind>,
      fetch(`${BUNDLE}vocabulary.json`)
        .then((r) => (r.ok ? r.json() : {}))
        .then(parseVocabulary, () => parseVocabulary({})),
    ]);
    // Pagefind's own ranking options stay at their defaults: on the tuning queries of
    // e2e/search-queries.json, no setting of page length, term saturation, frequency or
    // similarity ranked better; the pipeline's type weights and title matches did.
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return { pagefind, vocabulary };
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

/** One Pagefind result as the pipeline sees it, its page data loaded on demand. */
function toHit(result: PagefindResult): IndexHit {
  return {
    id: result.id,
    score: result.score,
    page: async () => {
      const d = await result.data();
      return {
        score: result.score,
        url: d.url,
        title: d.meta['title'] ?? d.url,
        excerpt: d.excerpt,
        type: d.filters['type']?.[0] ?? 'page',
        verdict: d.meta['verdict'],
        category: d.filters['category']?.[0],
        question: d.meta['question'],
        content: d.content,
        locations: d.locations,
        subResults: d.sub_results,
      };
    },
  };
}

/**
 * Searches the index through the shared pipeline; `filters` are Pagefind's own, and `stale`
 * says when a newer query has made this one pointless.
 */
export async function search(
  query: string,
  {
    filters = {},
    limit = 10,
    stale,
  }: { filters?: Filters; limit?: number; stale?: () => boolean } = {},
): Promise<Outcome> {
  const { pagefind, vocabulary } = await load();
  return runSearch(
    query,
    vocabulary,
    async (q) => ((await pagefind.search(q, { filters }))?.results ?? []).map(toHit),
    { limit, ...(stale ? { stale } : {}) },
  );
}
