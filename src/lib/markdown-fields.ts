/**
 * Markdown in the prose fields of YAML entries (notes, caveats, summaries, answers): the fact
 * tag they share with MDX, and the test for the inline form used where a field sits inside a
 * paragraph, a table cell or a list item. The renderer's plugins are in `src/markdown/fields.ts`.
 */

/**
 * The name of the tag prose prints a figure with. Every pattern for a fact tag is built from it:
 * the well-formed tag here, and the looser ones that look for a malformed or unrendered tag.
 */
export const FACT_ELEMENT = 'Fact';

/**
 * `<Fact id="…" />`, the one way prose prints a figure, in MDX bodies and YAML Markdown fields
 * alike. Global: use with `matchAll` or `replace`.
 */
export const FACT_TAG = new RegExp(`<${FACT_ELEMENT}\\s+id=["']([^"']+)["']\\s*/>`, 'g');

/** The fact ids a piece of prose names through `<Fact id="…" />`, in order of appearance. */
export function factIds(text: string): string[] {
  return [...text.matchAll(FACT_TAG)].map((m) => m[1] ?? '');
}

/**
 * How many fact tags a piece of prose opens, well-formed or not: more than `factIds` finds
 * means one is written some other way (two ids, not self-closing).
 */
export function factTagCount(text: string): number {
  return text.match(new RegExp(`<${FACT_ELEMENT}\\b`, 'g'))?.length ?? 0;
}

/**
 * Whether a prose field can render inline: no blank line and no line that starts a block
 * (list item, heading, quote, fence, table). The schema uses it for fields shown inside a
 * paragraph, a table cell or a list item.
 */
export function isInlineMarkdown(text: string): boolean {
  return !/\n\s*\n/.test(text) && !/^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|```|~~~|\|)/m.test(text);
}
