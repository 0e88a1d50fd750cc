import { describe, expect, test } from 'vitest';
import {
  coverage,
  findsPage,
  mergeRuns,
  sumRuns,
  titleShare,
  toEntries,
  type PageHit,
} from './results';

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

describe('sumRuns', () => {
  test('adds up the weighted scores of a hit found by several word sets', () => {
    const summed = sumRuns([
      { weight: 0.5, hits: [{ id: 'a', score: 2 }] },
      {
        weight: 0.5,
        hits: [
          { id: 'a', score: 4 },
          { id: 'b', score: 5 },
        ],
      },
    ]);
    expect(summed).toEqual([
      { id: 'a', score: 3 },
      { id: 'b', score: 2.5 },
    ]);
  });
});

describe('coverage', () => {
  const text = 'The GIL limits threads. Node.js uses libuv and an event loop.'.split(' ');
  test('is the share of searched words among the matched positions', () => {
    expect(coverage(text, [1, 3, 10], [['gil'], ['threads'], ['loop']])).toBe(1);
    expect(coverage(text, [1], [['gil'], ['kubernetes']])).toBe(0.5);
    expect(coverage(text, [6], [['lock', 'libuv']])).toBe(1);
  });

  test('counts everything when nothing tells where the words are', () => {
    expect(coverage(text, undefined, [['gil']])).toBe(1);
  });
});

describe('titleShare', () => {
  test('counts the searched words in a title, synonyms at half', () => {
    expect(titleShare('Is Node.js single-threaded?', [['node'], ['threads']])).toBe(1);
    expect(titleShare('Which uses less memory?', [['ram', 'memory'], ['node']])).toBe(0.25);
    expect(titleShare('Anything', [])).toBe(0);
  });
});

describe('toEntries', () => {
  test('ranks answers above references for a question', () => {
    const hits = [
      page({
        url: '/sources/',
        type: 'source',
        score: 10,
        subResults: [section('/sources/#s', 1)],
      }),
      page({ url: '/faq/x/', type: 'faq', score: 4 }),
      page({ url: '/compare/x/', type: 'comparison', score: 4.2 }),
    ];
    const asked = toEntries(hits, { words: [], question: true }).map((e) => e.url);
    expect(asked).toEqual(['/compare/x/', '/faq/x/', '/sources/#s']);
    const named = toEntries(hits, { words: [], question: false }).map((e) => e.url);
    expect(named[0]).toBe('/sources/#s');
  });

  test('ranks a page whose title or row question holds the words higher', () => {
    const entries = toEntries(
      [
        page({ url: '/a/', title: 'Hosting cost', score: 5 }),
        page({ url: '/b/', title: 'Memory footprint', question: 'Which uses less RAM?', score: 4 }),
      ],
      { words: [['ram']], question: false },
    );
    expect(entries.map((e) => e.url)).toEqual(['/b/', '/a/']);
  });

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

describe('findsPage', () => {
  test('matches a page by path, and an anchor exactly', () => {
    expect(findsPage('/guides/a/#intro', '/guides/a/')).toBe(true);
    expect(findsPage('/claims/#x', '/claims/#x')).toBe(true);
    expect(findsPage('/claims/#y', '/claims/#x')).toBe(false);
  });
});
