import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { focusableCode } from './focusable-code';

const pre = (properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName: 'pre',
  properties,
  children: [{ type: 'element', tagName: 'code', properties: {}, children: [] }],
});

describe('focusableCode', () => {
  test('puts every code block in the tab order, however deeply nested', () => {
    const tree: Root = {
      type: 'root',
      children: [
        pre(),
        {
          type: 'element',
          tagName: 'section',
          properties: {},
          children: [pre({ className: ['language-ts'] })],
        },
      ],
    };
    focusableCode(tree);
    const [first, section] = tree.children;
    expect(first).toMatchObject({ properties: { tabIndex: 0 } });
    expect(section).toMatchObject({
      children: [{ properties: { tabIndex: 0, className: ['language-ts'] } }],
    });
  });

  test('keeps a tabindex an author already set', () => {
    const tree: Root = { type: 'root', children: [pre({ tabIndex: -1 })] };
    focusableCode(tree);
    expect(tree.children[0]).toMatchObject({ properties: { tabIndex: -1 } });
  });

  test('leaves other elements alone', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'code', properties: {}, children: [] }],
    };
    focusableCode(tree);
    expect(tree.children[0]).toEqual({
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [],
    });
  });
});
