import { describe, expect, test } from 'vitest';
import { groupBy, itemsOf } from './group';

const items = [
  { id: 'a', rows: ['memory', 'latency'] },
  { id: 'b', rows: ['latency'] },
  { id: 'c', rows: ['memory', 'memory'] },
  { id: 'd', rows: [] },
];

describe('groupBy', () => {
  const index = groupBy(items, (i) => i.rows);
  const ids = (key: string) => itemsOf(index, key).map((i) => i.id);

  test('lists under each key the items naming it, in the items’ order', () => {
    expect(ids('memory')).toEqual(['a', 'c']);
    expect(ids('latency')).toEqual(['a', 'b']);
  });

  test('lists an item once under a key it names twice', () => {
    expect(ids('memory').filter((id) => id === 'c')).toHaveLength(1);
  });

  test('gives an empty list for a key nothing names', () => {
    expect(ids('cold-start')).toEqual([]);
    expect([...index.keys()].sort()).toEqual(['latency', 'memory']);
  });
});
