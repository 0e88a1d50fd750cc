/**
 * The one query pipeline behind every search box: typo correction against the site's
 * vocabulary, synonym expansion, Pagefind, and the merge into entries. Loaded on first use,
 * together with Pagefind itself; nothing here is part of the site-wide script.
 */
import { correctQuery, words, type Vocabulary } from '../../lib/search/correct';
import { mergeRuns, toEntries, type Entry, type PageHit } from '../../lib/search/results';
import { expandQuery, synonymWords } from '../../lib/search/synonyms';
import { parseVocabulary } from '../../lib/search/vocabulary';

type Filters = Record<string, string | { any: string[] }>;
type FilterCounts = Record<string, Record<string, number>>;

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PageHit['subResults'];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  totalFilters: FilterCounts;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Filters }) => Promise<PagefindResponse | null>;
  filters: () => Promise<FilterCounts>;
}

/** What a search found. */
export interface Outcome {
  entries: Entry[];
  /** The corrected query when a word was misspelt, else undefined. */
  correctedTo: string | undefined;
  /** Page counts per filter value for the query, ignoring the chosen filters. */
  counts: FilterCounts;
  /** The words searched for, for highlighting. */
  terms: string[];
  /** How many pages match, of which the entries show the best `limit`. */
  pages: number;
}

const BUNDLE = '/pagefind/';
const KEEP = synonymWords();
// Synonym variants rank a little below the words the reader typed.
const VARIANT_WEIGHT = 0.85;

let ready: Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> | undefined;

/** Loads Pagefind and the vocabulary once; later calls share the same promise. */
export function load(): Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> {
  ready ??= (async () => {
    const [pagefind, vocabulary] = await Promise.all([
      import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<Pagefind>,
      fetch(`${BUNDLE}vocabulary.json`)
        .then((r) => (r.ok ? r.json() : {}))
        .then(parseVocabulary, () => parseVocabulary({})),
    ]);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return { pagefind, vocabulary };
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

/** Runs every variant of a query and merges the page results by their best score. */
async function run(pagefind: Pagefind, query: string, filters: Filters) {
  const variants = expandQuery(query);
  const responses = await Promise.all(variants.map((v) => pagefind.search(v, { filters })));
  const runs = responses.map((r, i) => ({
    weight: i === 0 ? 1 : VARIANT_WEIGHT,
    hits: r?.results ?? [],
  }));
  return { hits: mergeRuns(runs), counts: responses[0]?.totalFilters ?? {} };
}

/**
 * Searches the index. A misspelt word is corrected first; when every word is known but the
 * words never occur together, each word is searched alone and the results merged, so a long
 * natural question still finds something. `limit` pages are loaded and turned into entries.
 */
export async function search(
  query: string,
  { filters = {}, limit = 10 }: { filters?: Filters; limit?: number } = {},
): Promise<Outcome> {
  const { pagefind, vocabulary } = await load();
  if (!query.trim()) {
    if (!Object.keys(filters).length)
      return {
        entries: [],
        correctedTo: undefined,
        counts: await pagefind.filters(),
        terms: [],
        pages: 0,
      };
    const all = await pagefind.search(null, { filters });
    return {
      entries: toEntries(await loadPages(all?.results ?? [], limit)),
      correctedTo: undefined,
      counts: all?.totalFilters ?? {},
      terms: [],
      pages: all?.results.length ?? 0,
    };
  }
  const correction = correctQuery(query, vocabulary, KEEP);
  let used = correction.query;
  let found = await run(pagefind, used, filters);
  if (!found.hits.length && correction.corrected) {
    used = query;
    found = await run(pagefind, used, filters);
  }
  if (!found.hits.length && words(used).length > 1) {
    const singles = await Promise.all(
      words(used)
        .filter((w) => w.length > 2)
        .map((w) => run(pagefind, w, filters)),
    );
    found = {
      hits: mergeRuns(singles.map((s) => ({ weight: 0.5, hits: s.hits }))),
      counts: singles[0]?.counts ?? {},
    };
  }
  return {
    entries: toEntries(await loadPages(found.hits, limit)),
    correctedTo: used !== query ? used.trim() : undefined,
    counts: found.counts,
    terms: words(used),
    pages: found.hits.length,
  };
}

async function loadPages(hits: readonly PagefindResult[], limit: number): Promise<PageHit[]> {
  return Promise.all(
    hits.slice(0, limit).map(async (hit) => {
      const d = await hit.data();
      return {
        score: hit.score,
        url: d.url,
        title: d.meta['title'] ?? d.url,
        excerpt: d.excerpt,
        type: d.filters['type']?.[0] ?? 'page',
        verdict: d.meta['verdict'],
        subResults: d.sub_results,
      };
    }),
  );
}
