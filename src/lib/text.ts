/** Small text utilities for content pages. */
import { FACT_TAG } from './markdown-fields.ts';

/** An MDX comment, `{/* … *\/}`, as used for heading anchors; it renders nothing. */
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/**
 * Lowercase words of letters and digits, accents removed, so "Node.js", "node js" and "NODE-JS"
 * give the same words and "café" matches "cafe". The one tokeniser of search, table filter,
 * vocabulary and copy checks.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Counts words in Markdown or MDX source, ignoring code blocks, comments, tags and link targets. */
export function countWords(source: string): number {
  const prose = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(MDX_COMMENT, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>|[\]-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time in whole minutes (at least one) at an unhurried 220 words a minute. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(source) / 220));
}

/**
 * Plain text of an MDX answer for meta descriptions and JSON-LD: facts are printed through
 * `factText`, other tags and Markdown syntax are dropped, links keep their text.
 */
export function mdxToPlainText(source: string, factText: (id: string) => string): string {
  return source
    .replace(MDX_COMMENT, '')
    .replace(FACT_TAG, (_, id: string) => factText(id))
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,.;:]+$/, '')}…`;
}

/** Fills the `{name}` placeholders of a UI string; a placeholder without a value becomes "". */
export function fill(
  template: string | undefined,
  values: Readonly<Record<string, string | number>>,
) {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** A run of plain text, or the text of a link with its target. */
export interface TextPart {
  text: string;
  href?: string;
}

/**
 * Splits text holding Markdown links (`[our lab](/lab/)`) into plain runs and links, so a
 * browser script can build the nodes without innerHTML. Only root-relative targets become links.
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(/\[([^\]]+)\]\((\/[^)\s]*)\)/g)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[1] ?? '', href: m[2] ?? '' });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * The first sentence of plain text, for one-line summaries: up to the first `.`, `!` or `?`
 * that ends a word and is followed by a space and a capital letter, a digit or an opening
 * quote or bracket (so "e.g. the" and "3.14" do not end it); shortened to `max` characters.
 */
export function firstSentence(text: string, max = 220): string {
  const end = /[.!?](?=\s+[\p{Lu}\p{N}“"(])/u.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return truncate(sentence.trim(), max);
}

/** Escapes text for HTML content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
