/**
 * Summaries over repetitions and the order in which the harness measures cells.
 */
import type { Stat } from '../../src/lib/lab-run.ts';

/**
 * The median (the mean of the two middle values for an even count), min and max of the runs,
 * keeping every run in the order it ran. Throws on an empty list: a Stat always has a run.
 */
export function summarise(runs: number[]): Stat {
  if (runs.length === 0) throw new Error('summarise needs at least one run');
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: [...runs] };
}

/** How many times `a` is `b` (`a / b`); throws when `b` is not a positive number. */
export function ratio(a: number, b: number): number {
  if (!(b > 0) || !Number.isFinite(b) || !Number.isFinite(a)) {
    throw new Error(`ratio needs finite numbers and a positive divisor, got ${a} / ${b}`);
  }
  return a / b;
}

/** One measurement to take: an app in a scenario, in repetition 1, 2, …. */
export interface Cell<A, S> {
  app: A;
  scenario: S;
  repetition: number;
}

/**
 * Orders the measurements so that each repetition visits every scenario and, within a scenario,
 * every app. The app order rotates by one each repetition, so no app always runs first on a
 * machine that the previous scenario left warm, and slow drift (heat, background work) spreads
 * over all apps instead of landing on one.
 */
export function interleave<A, S>(apps: A[], scenarios: S[], repetitions: number): Cell<A, S>[] {
  if (!Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error(`repetitions must be a whole number of at least 1, got ${repetitions}`);
  }
  const cells: Cell<A, S>[] = [];
  for (let r = 0; r < repetitions; r++) {
    const order = apps.map((_, i) => apps[(i + r) % apps.length] as A);
    for (const scenario of scenarios) {
      for (const app of order) cells.push({ app, scenario, repetition: r + 1 });
    }
  }
  return cells;
}
