import { describe, expect, test } from 'vitest';
import { interleave, ratio, summarise } from './stats.ts';

describe('summarise', () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 10], 10],
  ])('gives %j a median of %d', (runs, median) => {
    expect(summarise(runs).median).toBe(median);
  });

  test('keeps min, max and every run in the order they ran', () => {
    expect(summarise([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: [30, 10, 20] });
  });

  test('does not reorder the list it was given', () => {
    const runs = [3, 1, 2];
    summarise(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  test('throws on an empty list', () => {
    expect(() => summarise([])).toThrow('summarise needs at least one run');
  });
});

describe('ratio', () => {
  test('divides the first figure by the second', () => {
    expect(ratio(30_000, 12_000)).toBe(2.5);
  });

  test.each([
    [1, 0],
    [1, -2],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ])('throws on %d / %d', (a, b) => {
    expect(() => ratio(a, b)).toThrow('ratio needs finite numbers and a positive divisor');
  });
});

describe('interleave', () => {
  const cells = interleave(['a', 'b', 'c'], ['json', 'db'], 3);
  const line = (r: number) =>
    cells
      .filter((c) => c.repetition === r)
      .map((c) => `${c.scenario}:${c.app}`)
      .join(' ');

  test('visits every scenario in each repetition and every app within a scenario', () => {
    expect(cells).toHaveLength(3 * 2 * 3);
    expect(line(1)).toBe('json:a json:b json:c db:a db:b db:c');
  });

  test('rotates the app order each repetition so no app always goes first', () => {
    expect(line(2)).toBe('json:b json:c json:a db:b db:c db:a');
    expect(line(3)).toBe('json:c json:a json:b db:c db:a db:b');
  });

  test('numbers repetitions from 1 and runs them in order', () => {
    expect(cells.map((c) => c.repetition)).toEqual([
      ...Array<number>(6).fill(1),
      ...Array<number>(6).fill(2),
      ...Array<number>(6).fill(3),
    ]);
  });

  test('gives no cells without apps or scenarios', () => {
    expect(interleave([], ['json'], 2)).toEqual([]);
    expect(interleave(['a'], [], 2)).toEqual([]);
  });

  test.each([0, 1.5, -1])('throws on %d repetitions', (repetitions) => {
    expect(() => interleave(['a'], ['json'], repetitions)).toThrow(
      'repetitions must be a whole number',
    );
  });
});
