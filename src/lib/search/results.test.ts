import { describe, expect, test } from 'vitest';
import { faqAnchorUrl, findsPage, mergeRuns, toEntries, type PageHit } from './results';

const page = (over: Partial<PageHit>): PageHit => ({
  score: 1,
  url: '/x/',
  title: 'X',
  excerpt: '',
  type: 'guide',
  subResults: [],
  ...over,
});
const section = (url: string, score: number) => ({
  url,
  title: url,
  excerpt: '',
  weighted_locations: [{ balanced_score: score }],
});

describe('mergeRuns', () => {
  test('keeps the best weighted score of a hit found by several variants', () => {
    const merged = mergeRuns([
      { weight: 1, hits: [{ id: 'a', score: 2 }] },
      {
        weight: 0.5,
        hits: [
          { id: 'a', score: 10 },
          { id: 'b', score: 3 },
        ],
      },
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 1.5 },
    ]);
  });
});

describe('toEntries', () => {
  test('gives one entry per ordinary page, best first', () => {
    const entries = toEntries([page({ url: '/a/', score: 1 }), page({ url: '/b/', score: 3 })]);
    expect(entries.map((e) => e.url)).toEqual(['/b/', '/a/']);
  });

  test('splits a list page into its anchored items, scored relative to the best item', () => {
    const claims = page({
      url: '/claims/',
      type: 'use-case',
      score: 4,
      subResults: [section('/claims/', 9), section('/claims/#a', 1), section('/claims/#b', 2)],
    });
    const entries = toEntries([claims, page({ url: '/g/', score: 3 })]);
    expect(entries.map((e) => [e.url, e.score])).toEqual([
      ['/claims/#b', 4],
      ['/g/', 3],
      ['/claims/#a', 2],
    ]);
    expect(entries[0]?.within).toBe('X');
  });

  test('keeps only the best few items of one list page', () => {
    const many = Array.from({ length: 6 }, (_, i) => section(`/use-cases/#u${i}`, i + 1));
    const entries = toEntries([page({ type: 'use-case', subResults: many })]);
    expect(entries.map((e) => e.url)).toEqual([
      '/use-cases/#u5',
      '/use-cases/#u4',
      '/use-cases/#u3',
    ]);
  });

  test('ranks overview pages below a content page of the same score', () => {
    const entries = toEntries([
      page({ url: '/', type: 'page' }),
      page({ url: '/c/', type: 'comparison' }),
    ]);
    expect(entries.map((e) => e.url)).toEqual(['/c/', '/']);
  });

  test('does not repeat a URL', () => {
    expect(toEntries([page({}), page({})])).toHaveLength(1);
  });
});

describe('faqAnchorUrl', () => {
  test('points a question page at its anchor on the FAQ page', () => {
    expect(faqAnchorUrl('/faq/what-is-the-gil/')).toBe('/faq/#what-is-the-gil');
  });

  test('leaves other URLs alone', () => {
    expect(faqAnchorUrl('/compare/memory/')).toBe('/compare/memory/');
  });
});

describe('findsPage', () => {
  test('matches a page by path, and an anchor exactly', () => {
    expect(findsPage('/guides/a/#intro', '/guides/a/')).toBe(true);
    expect(findsPage('/claims/#x', '/claims/#x')).toBe(true);
    expect(findsPage('/claims/#y', '/claims/#x')).toBe(false);
  });
});
