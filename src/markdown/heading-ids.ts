/**
 * Headings in guides and answers carry an explicit anchor, so rewording a heading never breaks a
 * link to it. The anchor is an MDX comment at the end of the heading:
 *
 *   ## Event loop versus threads {/* #event-loop *\/}
 *
 * The comment renders nothing; this remark plugin moves it into the heading's `id`. A heading
 * without one, a malformed id, or an id used twice in one file fails the build, naming the file.
 */
import type { Heading, Root } from 'mdast';
// Type-only: these add MDX expressions to mdast's node types and `hProperties` to node data.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

// Looser than content ids (src/lib/slug.ts): an author's explicit heading anchor may use `_`.
const SLUG = /^[a-z0-9_]+(?:-[a-z0-9_]+)*$/;
const MARK = /^\/\*\s*#(.*?)\s*\*\/$/;

/** Plain text of a heading, for error messages. */
function headingText(heading: Heading): string {
  const parts: string[] = [];
  visit(heading, (node) => {
    if ('value' in node && node.type !== 'mdxTextExpression') parts.push(node.value);
  });
  return parts.join('').trim();
}

/**
 * Takes the explicit anchor off the end of `heading` and returns it; throws, with the heading's
 * text, when there is none or it is not a lowercase slug.
 */
export function takeHeadingId(heading: Heading): string {
  const last = heading.children.at(-1);
  const match = last?.type === 'mdxTextExpression' ? MARK.exec(last.value.trim()) : null;
  const id = match?.[1];
  if (id === undefined) {
    throw new Error(
      `heading "${headingText(heading)}" has no anchor: end it with {/* #a-stable-slug */}`,
    );
  }
  if (!SLUG.test(id)) {
    throw new Error(
      `heading "${headingText(heading)}": anchor "${id}" must be lowercase letters, digits and underscores joined by hyphens`,
    );
  }
  heading.children.pop();
  const before = heading.children.at(-1);
  if (before?.type === 'text') before.value = before.value.trimEnd();
  return id;
}

/** Sets the explicit id of every heading below the page title in `tree`. */
export function explicitHeadingIds(tree: Root): void {
  const seen = new Set<string>();
  visit(tree, 'heading', (node) => {
    if (node.depth === 1) return;
    const id = takeHeadingId(node);
    if (seen.has(id)) throw new Error(`anchor "#${id}" is used by two headings`);
    seen.add(id);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  });
}

/**
 * The remark plugin. It applies to MDX files under `contentDir`; the error names the file.
 */
export function remarkExplicitHeadingIds(options: { contentDir: string }) {
  return (tree: Root, file: { path?: string }) => {
    const path = file.path ?? '';
    if (!path.endsWith('.mdx') || !path.startsWith(options.contentDir)) return;
    try {
      explicitHeadingIds(tree);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
  };
}
