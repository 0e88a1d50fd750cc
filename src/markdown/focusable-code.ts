/**
 * A rehype plugin that makes every code block reachable from the keyboard. Long lines scroll
 * inside the block, and a scrolling region must take focus so keyboard users can scroll it
 * (WCAG 2.1.1; axe `scrollable-region-focusable`). Shiki does this by itself; Prism, which the
 * site uses for its CSP, does not.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Sets `tabindex="0"` on every `<pre>` in `tree` that has no tabindex yet. */
export function focusableCode(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (node.tagName === 'pre' && node.properties['tabIndex'] === undefined) {
      node.properties['tabIndex'] = 0;
    }
  });
}

/** The plugin form for `markdown.processor: unified({ rehypePlugins: [rehypeFocusableCode] })`. */
export function rehypeFocusableCode(): (tree: Root) => void {
  return focusableCode;
}
