/**
 * Markdown in the prose fields of YAML entries (notes, caveats, summaries, answers): the fact
 * tag they share with MDX, and the inline form used where a field sits inside a paragraph, a
 * table cell or a list item. The tree functions are the plugins of the renderer in
 * `src/data/content.ts`.
 */
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
// Registers the `raw` node that remark-rehype leaves for inline HTML.
import type {} from 'mdast-util-to-hast';

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
 * Replaces every fact tag in the raw HTML nodes of `tree` with the markup `render` gives for
 * its id. CommonMark reads `<Fact id="…" />` as inline HTML, so tags inside code spans stay text.
 */
export function resolveFactTags(tree: Root, render: (id: string) => string): void {
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'html') {
        node.value = node.value.replace(FACT_TAG, (_, id: string) => render(id));
      } else if ('children' in node) {
        walk(node.children);
      }
    }
  };
  walk(tree.children);
}

/** The plugin form: `remarkPlugins: [[remarkFactTags, { render }]]`. */
export function remarkFactTags(options: { render: (id: string) => string }): (tree: Root) => void {
  return (tree) => resolveFactTags(tree, options.render);
}

/**
 * Makes a one-paragraph field render without its `<p>`, so it can sit inside a paragraph, a
 * table cell or a list item. Works on the HTML tree: unwrapping earlier would make remark put
 * line breaks (spaces, to a reader) between the inline parts. Anything but one paragraph (or
 * one raw HTML node, a lone fact tag) is an error: `isInlineMarkdown` keeps such content out of
 * inline fields in the schema.
 */
export function unwrapParagraph(tree: HastRoot): void {
  const blocks = tree.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only, ...rest] = blocks;
  const paragraph = only?.type === 'element' && only.tagName === 'p';
  if (!only || rest.length > 0 || !(paragraph || only.type === 'raw')) {
    const kinds = blocks.map((c) => (c.type === 'element' ? `<${c.tagName}>` : c.type));
    throw new Error(`inline Markdown must be one paragraph, not ${kinds.join(', ') || 'nothing'}`);
  }
  if (paragraph) tree.children = only.children;
}

/** The plugin form of `unwrapParagraph`: `rehypePlugins: [rehypeInline]`. */
export function rehypeInline(): (tree: HastRoot) => void {
  return unwrapParagraph;
}

/**
 * Whether a prose field can render inline: no blank line and no line that starts a block
 * (list item, heading, quote, fence, table). The schema uses it for fields shown inside a
 * paragraph, a table cell or a list item.
 */
export function isInlineMarkdown(text: string): boolean {
  return !/\n\s*\n/.test(text) && !/^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|```|~~~|\|)/m.test(text);
}
