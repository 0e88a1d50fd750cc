import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { resolveFactTags, unwrapParagraph } from './fields';

describe('resolveFactTags', () => {
  // `Up to <Fact id="x" /> a day; `<Fact id="y" />` in code.` as remark parses it.
  const tree = (): Root => ({
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Up to ' },
          { type: 'html', value: '<Fact id="x" />' },
          { type: 'text', value: ' a day; ' },
          { type: 'inlineCode', value: '<Fact id="y" />' },
          { type: 'text', value: ' in code.' },
        ],
      },
    ],
  });

  test('prints each tag with the markup given for its id and leaves code alone', () => {
    const root = tree();
    resolveFactTags(root, (id) => `<a class="fact">${id.toUpperCase()}</a>`);
    expect(root.children[0]).toMatchObject({
      children: [
        { value: 'Up to ' },
        { type: 'html', value: '<a class="fact">X</a>' },
        { value: ' a day; ' },
        { type: 'inlineCode', value: '<Fact id="y" />' },
        { value: ' in code.' },
      ],
    });
  });

  test('passes an unknown id to the renderer, whose error stops the build', () => {
    expect(() =>
      resolveFactTags(tree(), (id) => {
        throw new Error(`Unknown fact "${id}"`);
      }),
    ).toThrow('Unknown fact "x"');
  });
});

describe('unwrapParagraph', () => {
  const text = (value: string) => ({ type: 'text' as const, value });

  test('lifts the content of a single paragraph out of its <p>', () => {
    const root: HastRoot = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            text('Use '),
            { type: 'element', tagName: 'code', properties: {}, children: [text('async')] },
          ],
        },
      ],
    };
    unwrapParagraph(root);
    expect(root.children).toMatchObject([
      { type: 'text', value: 'Use ' },
      { type: 'element', tagName: 'code' },
    ]);
  });

  test('keeps a field that is one fact tag', () => {
    const root: HastRoot = { type: 'root', children: [{ type: 'raw', value: '<a>1</a>' }] };
    unwrapParagraph(root);
    expect(root.children).toEqual([{ type: 'raw', value: '<a>1</a>' }]);
  });

  test('rejects two paragraphs or a list, which cannot sit inline', () => {
    const p = { type: 'element' as const, tagName: 'p', properties: {}, children: [text('a')] };
    const ul = { type: 'element' as const, tagName: 'ul', properties: {}, children: [] };
    expect(() => unwrapParagraph({ type: 'root', children: [p, text('\n'), p] })).toThrow(
      'inline Markdown must be one paragraph, not <p>, <p>',
    );
    expect(() => unwrapParagraph({ type: 'root', children: [ul] })).toThrow('not <ul>');
  });
});
