import { describe, expect, test } from 'vitest';
import { byId, byOrder, byOrderThenId } from './order';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('content orders', () => {
  test('byId sorts alphabetically', () => {
    expect([entry('b', 0), entry('a', 0), entry('c', 0)].sort(byId).map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  test('byOrder sorts lowest first and keeps the given order for ties', () => {
    const list = [entry('z', 2), entry('y', 1), entry('x', 2), entry('w', 0)];
    expect(list.sort(byOrder).map((e) => e.id)).toEqual(['w', 'y', 'z', 'x']);
  });

  test('byOrderThenId breaks ties by id', () => {
    const list = [entry('z', 2), entry('y', 1), entry('x', 2)];
    expect(list.sort(byOrderThenId).map((e) => e.id)).toEqual(['y', 'x', 'z']);
  });
});
