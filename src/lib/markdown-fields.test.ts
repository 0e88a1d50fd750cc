import { describe, expect, test } from 'vitest';
import { factIds, factTagCount, isInlineMarkdown } from './markdown-fields';

describe('factIds', () => {
  test('lists the ids of the fact tags in order, with either quote', () => {
    expect(factIds(`A <Fact id="a-1" /> and <Fact id='b'/>, then <Fact  id="a-1"/>.`)).toEqual([
      'a-1',
      'b',
      'a-1',
    ]);
  });

  test('ignores a tag that is not self-closing', () => {
    expect(factIds('<Fact id="a">')).toEqual([]);
  });
});

describe('factTagCount', () => {
  test('counts every fact tag, however it is written', () => {
    expect(factTagCount('<Fact id="a" />, <Fact id="b">, <Fact ids="c" /> and <Facts />')).toBe(3);
  });

  test('counts no tag in prose without one', () => {
    expect(factTagCount('A fact, <fact id="a" /> lowercased, is no tag.')).toBe(0);
  });
});

describe('isInlineMarkdown', () => {
  test.each([
    ['one sentence with `code` and a [link](/x/)', true],
    ['two lines\nof one paragraph', true],
    ['a <Fact id="x" /> figure', true],
    ['two\n\nparagraphs', false],
    ['- a list', false],
    ['text\n- then a list', false],
    ['## a heading', false],
    ['> a quote', false],
    ['1. a numbered list', false],
  ])('%j is inline: %s', (text, inline) => {
    expect(isInlineMarkdown(text)).toBe(inline);
  });
});
