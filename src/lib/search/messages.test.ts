import { describe, expect, test } from 'vitest';
import { entryMeta, summary } from './messages';
import type { Entry } from './results';

const m = {
  count: '{n} results',
  countOne: '1 result',
  none: 'No results',
  correctedTo: 'Showing results for “{q}”',
  showing: 'the best {shown} are listed',
  verdict: 'Verdict',
  'type.faq': 'Question',
};

describe('summary', () => {
  test('counts results in words a reader expects', () => {
    expect(summary(m, 0)).toBe('No results');
    expect(summary(m, 1)).toBe('1 result');
    expect(summary(m, 12)).toBe('12 results');
  });

  test('says when only the best of the results are listed', () => {
    expect(summary(m, 45, undefined, 30)).toBe('45 results; the best 30 are listed');
    expect(summary(m, 30, undefined, 30)).toBe('30 results');
  });

  test('puts the correction first', () => {
    expect(summary(m, 3, 'python')).toBe('Showing results for “python”. 3 results');
  });
});

describe('entryMeta', () => {
  test('joins the type, the page it sits in and the verdict, skipping what is missing', () => {
    const entry = { type: 'faq', within: 'FAQ', verdict: 'Python' } as Entry;
    expect(entryMeta(m, entry)).toBe('Question · FAQ · Verdict: Python');
    expect(entryMeta(m, { type: 'faq' } as Entry)).toBe('Question');
  });
});
