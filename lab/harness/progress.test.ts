import { describe, expect, test } from 'vitest';
import { formatDuration, renderProgress } from './progress.ts';

describe('formatDuration', () => {
  test.each([
    [0, '0s'],
    [499, '0s'],
    [42_000, '42s'],
    [59_600, '1m 00s'],
    [725_000, '12m 05s'],
    [3_725_000, '1h 02m 05s'],
    [-5_000, '0s'],
    [Number.NaN, '--'],
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('renderProgress', () => {
  test('shows the bar, count, share, ETA from the average cell time and the label', () => {
    // 42 cells in 6 minutes is 8.57 s a cell; 78 more take 11m 09s.
    const line = renderProgress({
      done: 42,
      total: 120,
      elapsedMs: 360_000,
      label: 'fastapi · json · run 2/3',
      width: 20,
    });
    expect(line).toBe(
      '[#######-------------]   42/120   35%  ETA 11m 09s  fastapi · json · run 2/3',
    );
  });

  test('reads "ETA --" before the first cell has finished', () => {
    expect(
      renderProgress({
        done: 0,
        total: 8,
        elapsedMs: 5_000,
        label: 'flask · db · run 1/3',
        width: 8,
      }),
    ).toBe('[--------]  0/8    0%  ETA --  flask · db · run 1/3');
  });

  test('fills the bar and reads ETA 0s when every cell is done', () => {
    expect(renderProgress({ done: 8, total: 8, elapsedMs: 80_000, label: '', width: 8 })).toBe(
      '[########]  8/8  100%  ETA 0s',
    );
  });

  test('keeps the ETA in the same column as the count grows', () => {
    const at = (done: number) =>
      renderProgress({ done, total: 120, elapsedMs: 1_000 * done, label: 'x', width: 10 }).indexOf(
        'ETA',
      );
    expect(new Set([1, 42, 119].map(at)).size).toBe(1);
  });

  test('never overfills the bar when more cells report done than planned', () => {
    expect(renderProgress({ done: 9, total: 8, elapsedMs: 1_000, label: '', width: 4 })).toBe(
      '[####]  8/8  100%  ETA 0s',
    );
  });
});
