/**
 * The search vocabulary: every word of the indexed main content with its frequency, built
 * from the production HTML after the build and served as JSON next to the Pagefind index.
 */
import { words, type Vocabulary } from './correct';

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
 * Counts the words of the given texts. Only words a reader could misspell are kept: at least
 * three characters and at least one letter.
 */
export function buildVocabulary(texts: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of words(text))
      if (word.length >= 3 && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Most frequent first, so a reader of the file sees the site's main topics at the top.
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** Reads the served vocabulary JSON back into a map; anything malformed gives an empty one. */
export function parseVocabulary(json: unknown): Vocabulary {
  const map = new Map<string, number>();
  if (json && typeof json === 'object')
    for (const [word, count] of Object.entries(json))
      if (typeof count === 'number') map.set(word, count);
  return map;
}
