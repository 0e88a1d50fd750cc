import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-mdx-expression';
import { describe, expect, test } from 'vitest';
import { explicitHeadingIds, remarkExplicitHeadingIds, takeHeadingId } from './heading-ids';

/** `## text {/* mark *\/}` as MDX parses it. */
const heading = (text: string, mark?: string, depth: Heading['depth'] = 2): Heading => ({
  type: 'heading',
  depth,
  children: [
    { type: 'text', value: mark === undefined ? text : `${text} ` },
    ...(mark === undefined ? [] : [{ type: 'mdxTextExpression' as const, value: mark }]),
  ],
});

describe('takeHeadingId', () => {
  test('returns the anchor and removes the comment and the space before it', () => {
    const h = heading('Event loop versus threads', '/* #event-loop */');
    expect(takeHeadingId(h)).toBe('event-loop');
    expect(h.children).toEqual([{ type: 'text', value: 'Event loop versus threads' }]);
  });

  test('accepts underscores, as in API names', () => {
    expect(takeHeadingId(heading('worker_threads', '/*#worker_threads*/'))).toBe('worker_threads');
  });

  test('rejects a heading without an anchor, quoting it', () => {
    expect(() => takeHeadingId(heading('Side by side'))).toThrow(
      'heading "Side by side" has no anchor',
    );
  });

  test('rejects an expression that is not an anchor comment', () => {
    expect(() => takeHeadingId(heading('Totals', '1 + 1'))).toThrow('has no anchor');
  });

  test('rejects an anchor that is not a lowercase slug', () => {
    expect(() => takeHeadingId(heading('Totals', '/* #Side By Side */'))).toThrow(
      'must be lowercase',
    );
  });
});

describe('explicitHeadingIds', () => {
  test('sets the id on every heading below the title and leaves the title alone', () => {
    const tree: Root = {
      type: 'root',
      children: [heading('Title', undefined, 1), heading('Part', '/* #part */', 3)],
    };
    explicitHeadingIds(tree);
    expect(tree.children[1]?.data).toEqual({ hProperties: { id: 'part' } });
    expect(tree.children[0]?.data).toBeUndefined();
  });

  test('rejects two headings with one anchor', () => {
    const tree: Root = {
      type: 'root',
      children: [heading('One', '/* #same */'), heading('Two', '/* #same */')],
    };
    expect(() => explicitHeadingIds(tree)).toThrow('anchor "#same" is used by two headings');
  });
});

describe('remarkExplicitHeadingIds', () => {
  const plugin = remarkExplicitHeadingIds({ contentDir: '/site/content' });
  const tree = (): Root => ({ type: 'root', children: [heading('Loose')] });

  test('names the file when a content MDX heading has no anchor', () => {
    expect(() => plugin(tree(), { path: '/site/content/guides/a.mdx' })).toThrow(
      '/site/content/guides/a.mdx: heading "Loose" has no anchor',
    );
  });

  test('leaves files outside the content folder and plain Markdown alone', () => {
    expect(() => plugin(tree(), { path: '/site/src/pages/x.mdx' })).not.toThrow();
    expect(() => plugin(tree(), { path: '/site/content/guides/a.md' })).not.toThrow();
  });
});
