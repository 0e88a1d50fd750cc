import { describe, expect, test } from 'vitest';
import { words } from '../text';
import { honestLevel, runSearch, type IndexHit } from './pipeline';
import type { Entry, PageHit } from './results';
import type { SearchVocabulary } from './vocabulary';

/** A tiny index that, like Pagefind, finds the pages holding every word of a query. */
const PAGES: PageHit[] = [
  {
    url: '/faq/loop/',
    title: 'Does asyncio match the event loop?',
    text: 'asyncio event loop node',
  },
  { url: '/compare/memory/', title: 'Memory footprint', text: 'memory ram node python usage' },
  { url: '/compare/lambda/', title: 'Serverless cold starts', text: 'lambda cold start init' },
  { url: '/guides/threads/', title: 'Threads', text: 'threads event python' },
].map(({ text, ...p }) => ({ ...p, score: 1, excerpt: text, type: 'faq', subResults: [] }));

const index = (query: string): Promise<IndexHit[]> =>
  Promise.resolve(
    PAGES.filter((p) => words(query).every((w) => words(p.excerpt).includes(w))).map((p) => {
      const text = words(p.excerpt);
      const locations = text.flatMap((w, i) => (words(query).includes(w) ? [i] : []));
      return {
        id: p.url,
        score: 1,
        page: () => Promise.resolve({ ...p, content: text.join(' '), locations }),
      };
    }),
  );

const vocabulary: SearchVocabulary = {
  words: new Map(PAGES.flatMap((p) => words(p.excerpt)).map((w) => [w, 1] as const)),
  terms: {
    stopWords: ['is', 'the', 'still', 'like'],
    questionWords: [
      'are',
      'can',
      'could',
      'do',
      'does',
      'how',
      'is',
      'should',
      'what',
      'when',
      'where',
      'which',
      'who',
      'why',
      'will',
      'would',
    ],
    compounds: [['node', 'nodejs', 'node.js']],
    synonyms: [['lambda', 'serverless']],
  },
};
const search = (q: string) => runSearch(q, vocabulary, index, { enough: 1 });
const urls = async (q: string) => (await search(q)).entries.map((e) => e.url);

describe('runSearch', () => {
  test('finds the page with all the words, without loosening', async () => {
    const outcome = await search('is the event loop still like asyncio');
    expect(outcome.level).toBe('all');
    expect(outcome.entries[0]?.url).toBe('/faq/loop/');
    expect(outcome.terms).toEqual(['event', 'loop', 'asyncio']);
  });

  test('loosens to most words, then any word, before finding nothing', async () => {
    const most = await search('event loop asyncio python');
    expect(most.level).toBe('most');
    expect(most.entries[0]?.url).toBe('/faq/loop/');
    const any = await search('memory lambda');
    expect(any.level).toBe('any');
    expect(any.entries.map((e) => e.url).sort()).toEqual(['/compare/lambda/', '/compare/memory/']);
  });

  test('searches synonyms and compound spellings', async () => {
    expect(await urls('serverless')).toEqual(['/compare/lambda/']);
    expect(await urls('nodejs ram')).toEqual(['/compare/memory/']);
  });

  test('corrects misspellings', async () => {
    const outcome = await search('memroy usage');
    expect(outcome.analysis.correctedTo).toBe('memory usage');
    expect(outcome.entries[0]?.url).toBe('/compare/memory/');
  });

  test('stops early once a newer query has made this one stale', async () => {
    const outcome = await runSearch('memory', vocabulary, index, { stale: () => true });
    expect(outcome.entries).toEqual([]);
  });

  test('finds nothing for words the site does not know', async () => {
    expect(await search('xyzzyqqq')).toMatchObject({ entries: [], terms: [] });
  });
});

describe('honestLevel', () => {
  const listed = (...coverage: number[]) => coverage.map((c) => ({ coverage: c }) as Entry);
  test('says "all" only when a listed result holds every word', () => {
    expect(honestLevel(listed(1, 0.5), 3)).toBe('all');
    expect(honestLevel(listed(0.75, 0.5), 4)).toBe('most');
    expect(honestLevel(listed(0.5), 2)).toBe('any');
    expect(honestLevel([], 2)).toBe('any');
  });
});
