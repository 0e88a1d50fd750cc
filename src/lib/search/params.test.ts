import { describe, expect, test } from 'vitest';
import { parseState, toQueryString } from './params';

describe('parseState', () => {
  test('reads the query and repeated filters, dropping unknown values', () => {
    expect(parseState('?q=+gil+&type=faq&type=nope&category=performance')).toEqual({
      q: 'gil',
      types: ['faq'],
      categories: ['performance'],
    });
  });

  test('accepts comma lists and any case, as the comparison table does', () => {
    expect(parseState('?type=FAQ,guide&category=Performance,operations')).toEqual({
      q: '',
      types: ['guide', 'faq'],
      categories: ['performance', 'operations'],
    });
  });

  test('caps the text at the same length as the table', () => {
    expect(parseState(`?q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  test('gives an empty state for an empty query string', () => {
    expect(parseState('')).toEqual({ q: '', types: [], categories: [] });
  });
});

describe('toQueryString', () => {
  test('round-trips through parseState', () => {
    const state = { q: 'cold start', types: ['faq', 'guide'], categories: ['operations'] };
    const query = toQueryString(state);
    expect(query).toBe('?q=cold+start&type=guide&type=faq&category=operations');
    expect(parseState(query)).toEqual({ ...state, types: ['guide', 'faq'] });
  });

  test('is empty for an empty state', () => {
    expect(toQueryString({ q: ' ', types: [], categories: [] })).toBe('');
  });
});
