/**
 * The table `npm run audit` prints from Lighthouse CI's results: one row per audited page with
 * each category's median score over the page's runs, as the assertions in lighthouserc.json
 * judge it.
 */

/** One run as `lhci upload --target=filesystem` lists it in its manifest.json. */
export interface ManifestRun {
  url: string;
  /** Score per category, 0–1; null when Lighthouse could not score it. */
  summary: Record<string, number | null>;
}

/** The median of `values`: the middle one, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] ?? 0) + (sorted[Math.ceil(middle)] ?? 0)) / 2;
}

/**
 * A header and one row per page: its type, its path, its median score in each category the runs
 * scored (an unscored run counts as 0) and its number of runs.
 */
export function scoreTable(
  pages: readonly { type: string; path: string }[],
  runs: readonly ManifestRun[],
): { head: string[]; rows: (string | number)[][] } {
  const categories = Object.keys(runs[0]?.summary ?? {});
  const rows = pages.map(({ type, path }) => {
    const own = runs.filter((run) => new URL(run.url).pathname === path);
    const scores = categories.map((c) => median(own.map((run) => run.summary[c] ?? 0)));
    return [type, path, ...scores.map((s) => s.toFixed(2)), own.length];
  });
  return { head: ['page type', 'path', ...categories, 'runs'], rows };
}
