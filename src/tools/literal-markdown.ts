/**
 * Finds Markdown that reached a built page as text instead of being rendered: a prose field
 * printed without going through the Markdown renderer shows its backticks to readers. Only the
 * text a reader sees is read: code (`<code>`, `<pre>`), scripts, styles, comments and attribute
 * values may hold backticks legitimately.
 */
import { FACT_ELEMENT } from '../lib/markdown-fields.ts';

/** One piece of literal Markdown, with a little of the text around it. */
export interface LiteralMarkdown {
  /** What was found: "backticks", "fact tag". */
  kind: string;
  /** The text around it, for the report. */
  excerpt: string;
}

// Elements whose text is code or not prose; their content is dropped before the search.
const SKIPPED = /<(code|pre|script|style|textarea|template)\b[^>]*>[\s\S]*?<\/\1>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<[^>]*>/g;

// A backtick pair around a short code-like span on one line: `async`, `pip install x`.
const BACKTICKS = /`[^`\n]{1,80}`/g;
// A fact tag the renderer did not resolve: printed raw (HTML parsers lowercase it to <fact …>)
// or printed as text by a template expression (escaped to &lt;Fact …).
const FACT_TAG = new RegExp(`(?:<|&lt;|&#60;|&#x3c;)${FACT_ELEMENT}\\s+id=`, 'gi');

const excerpt = (text: string, index: number, length: number) =>
  text
    .slice(Math.max(0, index - 30), index + length + 30)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The literal Markdown in a built page's visible text: backtick pairs outside code, and fact
 * tags that were printed instead of resolved.
 */
export function literalMarkdown(html: string): LiteralMarkdown[] {
  const found: LiteralMarkdown[] = [];
  const withoutCode = html.replace(COMMENT, ' ').replace(SKIPPED, ' ');
  for (const m of withoutCode.matchAll(FACT_TAG)) {
    found.push({ kind: 'fact tag', excerpt: excerpt(withoutCode, m.index, m[0].length) });
  }
  const text = withoutCode.replace(TAG, ' ').replace(/&#96;|&#x60;|&grave;/gi, '`');
  for (const m of text.matchAll(BACKTICKS)) {
    found.push({ kind: 'backticks', excerpt: excerpt(text, m.index, m[0].length) });
  }
  return found;
}
