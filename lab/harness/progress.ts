/**
 * The harness's one-line progress report, kept pure so the terminal code only prints it.
 */

/** Whole seconds as `42s`, `12m 05s` or `1h 02m 05s`; `--` for a time that is not finite. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '--';
  const total = Math.round(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${two(minutes)}m ${two(seconds)}s`;
  if (minutes > 0) return `${minutes}m ${two(seconds)}s`;
  return `${seconds}s`;
}

export interface ProgressState {
  /** Cells finished so far. */
  done: number;
  /** Cells in the whole run. */
  total: number;
  /** Time since the first cell started. */
  elapsedMs: number;
  /** What runs now, e.g. `fastapi · json · run 2/3`. */
  label: string;
  /** Characters inside the bar's brackets. */
  width: number;
}

/**
 * One line such as `[#####---------]  42/120  35%  ETA 12m 05s  fastapi · json · run 2/3`. The
 * ETA assumes the remaining cells take the average time of the finished ones; before the first
 * has finished there is nothing to average, so it reads `ETA --`. Counts pad to the total's width
 * so the line does not shift as they grow.
 */
export function renderProgress({ done, total, elapsedMs, label, width }: ProgressState): string {
  const finished = Math.min(Math.max(0, done), total);
  const share = total > 0 ? finished / total : 1;
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(Math.max(0, width - filled))}]`;
  const count = `${String(finished).padStart(String(total).length)}/${total}`;
  const percent = `${String(Math.floor(share * 100)).padStart(3)}%`;
  const eta = finished > 0 ? formatDuration((elapsedMs / finished) * (total - finished)) : '--';
  return [bar, count, percent, `ETA ${eta}`, label].filter(Boolean).join('  ');
}
