import { describe, expect, test } from 'vitest';
import { itemsOf } from '../lib/group';
import { mainRow, must, reverseIndexes, rowTitle } from './relations';

const ref = (id: string) => ({ id });
const claim = (id: string, row: string) => ({ id, data: { dimension: ref(row) } });
const aboutRows = (id: string, ...rows: string[]) => ({ id, data: { dimensions: rows.map(ref) } });

describe('reverseIndexes', () => {
  const indexes = reverseIndexes({
    claims: [claim('gil', 'concurrency'), claim('rss', 'memory'), claim('async', 'concurrency')],
    faqs: [aboutRows('q1', 'memory', 'concurrency'), aboutRows('q2', 'concurrency')],
    guides: [aboutRows('g1', 'memory')],
    disputes: [
      { id: 'd1', data: { claims: [ref('gil'), ref('async')] } },
      { id: 'd2', data: { claims: [ref('gil')] } },
    ],
    charts: [
      { id: 'c1', rows: new Set(['memory', 'concurrency']) },
      { id: 'c2', rows: new Set(['memory']) },
    ],
  });
  const ids = (index: ReadonlyMap<string, readonly { id: string }[]>, key: string) =>
    itemsOf(index, key).map((e) => e.id);

  test('lists each row’s claims, answers, guides and charts in site order', () => {
    expect(ids(indexes.claimsByRow, 'concurrency')).toEqual(['gil', 'async']);
    expect(ids(indexes.faqsByRow, 'concurrency')).toEqual(['q1', 'q2']);
    expect(ids(indexes.faqsByRow, 'memory')).toEqual(['q1']);
    expect(ids(indexes.guidesByRow, 'memory')).toEqual(['g1']);
    expect(ids(indexes.chartsByRow, 'memory')).toEqual(['c1', 'c2']);
  });

  test('lists each claim’s disputes', () => {
    expect(ids(indexes.disputesByClaim, 'gil')).toEqual(['d1', 'd2']);
    expect(ids(indexes.disputesByClaim, 'async')).toEqual(['d1']);
  });

  test('gives none for a row or claim nothing names', () => {
    expect(ids(indexes.guidesByRow, 'concurrency')).toEqual([]);
    expect(ids(indexes.claimsByRow, 'startup')).toEqual([]);
    expect(ids(indexes.disputesByClaim, 'rss')).toEqual([]);
  });
});

describe('rows', () => {
  const rows = new Map([
    ['memory', { data: { title: 'Memory' } }],
    ['concurrency', { data: { title: 'Concurrency' } }],
  ]);

  test('an entry’s main row is the first it lists', () => {
    expect(mainRow([ref('concurrency'), ref('memory')], rows).data.title).toBe('Concurrency');
  });

  test('an entry without a known main row stops the build', () => {
    expect(() => mainRow([], rows)).toThrow('Unknown dimension ""');
    expect(() => mainRow([ref('startup')], rows)).toThrow('Unknown dimension "startup"');
  });

  test('must names what is missing', () => {
    expect(must(rows, 'memory', 'dimension').data.title).toBe('Memory');
    expect(() => must(rows, 'latency', 'row')).toThrow('Unknown row "latency"');
  });

  test('a row’s page title names both sides', () => {
    expect(rowTitle({ data: { title: 'Memory' } })).toBe('Memory: Python vs Node.js');
  });
});
