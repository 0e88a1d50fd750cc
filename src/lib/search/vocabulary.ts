/**
 * The search vocabulary: every word of the indexed main content with its frequency, built
 * from the production HTML after the build and served as JSON next to the Pagefind index.
 */
import { words } from '../text';
import type { Vocabulary } from './correct';
import type { SearchTerms } from './terms';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * The text Pagefind indexes on a page: the element marked `data-pagefind-body`, without
 * scripts, styles and elements marked `data-pagefind-ignore` (matched to their closing tag of
 * the same name, which holds for the site's non-nested ignored blocks). Empty when the page is
 * not indexed.
 */
export function indexedText(html: string): string {
  const body = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1];
  if (!body) return '';
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<([a-z][\w-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
    );
}

/**
 * Counts the words of the given texts. Words of two or more characters with at least one
 * letter are kept ("ai", "v8", "gil"): these are the words a search can find.
 */
export function buildVocabulary(texts: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of words(text))
      if (word.length >= 2 && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Most frequent first, so a reader of the file sees the site's main topics at the top.
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** What the build serves next to the index: word counts and the search's own terms. */
export interface SearchVocabulary {
  words: Vocabulary;
  terms: SearchTerms;
}

/** The served JSON: `{ words: { word: count }, terms: { compounds, synonyms } }`. */
export function serveVocabulary(counts: Record<string, number>, terms: SearchTerms): string {
  return JSON.stringify({ words: counts, terms });
}

/**
 * Reads the served vocabulary JSON back; anything malformed is dropped, so search still works,
 * only without corrections, stop words or synonyms.
 */
export function parseVocabulary(json: unknown): SearchVocabulary {
  const record = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const map = new Map<string, number>();
  const counts = record['words'];
  if (counts && typeof counts === 'object')
    for (const [word, count] of Object.entries(counts))
      if (typeof count === 'number') map.set(word, count);
  // Checked by the build that wrote it (parseSearchTerms); here only the shape is trusted.
  const t = (record['terms'] ?? {}) as Partial<Record<keyof SearchTerms, unknown>>;
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((v) => typeof v === 'string') : []);
  const groups = (x: unknown) => (Array.isArray(x) ? x.map(list).filter((g) => g.length) : []);
  const terms: SearchTerms = {
    stopWords: list(t.stopWords),
    questionWords: list(t.questionWords),
    compounds: groups(t.compounds),
    synonyms: groups(t.synonyms),
  };
  return { words: map, terms };
}
