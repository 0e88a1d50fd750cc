import { describe, expect, test } from 'vitest';
import { facet, MAX_QUERY, queryText } from './query-params';

const VOCAB = ['alpha', 'beta', 'gamma'] as const;
const read = (query: string) => new URLSearchParams(query);

describe('facet', () => {
  test('merges repeats and comma lists, ignores case and unknown values, keeps vocabulary order', () => {
    expect(facet(read('f=Gamma,nope&f=ALPHA&f=gamma'), 'f', VOCAB)).toEqual(['alpha', 'gamma']);
  });

  test('is empty when the parameter is absent or blank', () => {
    expect(facet(read(''), 'f', VOCAB)).toEqual([]);
    expect(facet(read('f=,,'), 'f', VOCAB)).toEqual([]);
  });
});

describe('queryText', () => {
  test('trims the text', () => {
    expect(queryText(read('q=++cold+start++'))).toBe('cold start');
  });

  test('caps the text by characters and never leaves half an emoji', () => {
    const text = queryText(read(`q=${'a'.repeat(MAX_QUERY - 1)}${encodeURIComponent('🐍🐍')}`));
    expect([...text]).toHaveLength(MAX_QUERY);
    expect(text.endsWith('🐍')).toBe(true);
  });
});
