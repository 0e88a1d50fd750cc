/**
 * The plugins of the renderer for the Markdown fields of YAML entries (`src/data/content.ts`):
 * fact tags printed as `<Fact>` prints them in MDX, and the inline form of a one-paragraph field.
 */
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
// Registers the `raw` node that remark-rehype leaves for inline HTML.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { FACT_TAG } from '../lib/markdown-fields.ts';

/**
 * Replaces every fact tag in the raw HTML nodes of `tree` with the markup `render` gives for
 * its id. CommonMark reads `<Fact id="…" />` as inline HTML, so tags inside code spans stay text.
 */
export function resolveFactTags(tree: Root, render: (id: string) => string): void {
  visit(tree, 'html', (node) => {
    node.value = node.value.replace(FACT_TAG, (_, id: string) => render(id));
  });
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
