import { describe, expect, test } from 'vitest';
import { entryMeta, summary } from './messages';
import type { Entry } from './results';

const m = {
  count: '{n} results',
  countOne: '1 result',
  noneFor: 'No results for “{q}”',
  correctedTo: 'Showing results for “{q}”',
  relaxedMost: 'No page has all of your words; these have most of them',
  relaxedAny: 'No page has all of your words; these have some of them',
  verdict: 'Verdict',
  'kind.faq': 'Question',
  'kind.claim': 'Claim',
};

describe('summary', () => {
  test('counts exactly the results listed', () => {
    expect(summary(m, { query: 'gil', count: 1 })).toBe('1 result');
    expect(summary(m, { query: 'gil', count: 12 })).toBe('12 results');
  });

  test('says honestly that nothing was found, naming the query', () => {
    expect(summary(m, { query: ' xyzzyqqq ', count: 0 })).toBe('No results for “xyzzyqqq”');
  });

  test('puts the correction first', () => {
    expect(summary(m, { query: 'pyhton', count: 3, correctedTo: 'python' })).toBe(
      'Showing results for “python”. 3 results',
    );
  });

  test('says when the words had to be loosened', () => {
    expect(summary(m, { query: 'a b c', count: 4, level: 'most' })).toBe(
      'No page has all of your words; these have most of them. 4 results',
    );
    expect(summary(m, { query: 'a b', count: 2, level: 'any' })).toContain('some of them');
  });
});

describe('entryMeta', () => {
  test('names the type once, with a verdict if any', () => {
    const claim = { type: 'claim' } as Entry;
    expect(entryMeta(m, claim)).toBe('Claim');
    expect(entryMeta(m, { type: 'faq', verdict: 'Python' } as Entry)).toBe(
      'Question · Verdict: Python',
    );
  });
});
