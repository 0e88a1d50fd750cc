/**
 * Adds up the JSON reports the test runners wrote into reports/ (every `vitest*.json` and every
 * `playwright*.json`) and prints one line: "N passed, N failed" (", N skipped" when any were).
 *   node src/tools/test-summary.ts           (reads reports/ beside PVN_OUT_DIR or dist/)
 * Exits non-zero when a test failed. A test file that could not even load counts as one failure,
 * so a broken file cannot drop out of the count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from './dist.ts';

/** Test counts of one or more runs. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The parts of Vitest's JSON report (its Jest-compatible format) that hold the counts. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: unknown[] }[];
}

/** The parts of Playwright's JSON report that hold the counts and the failed tests. */
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: unknown[];
  suites?: PlaywrightSuite[];
}

/** Counts of a Vitest JSON report; a test file that failed before any test ran is one failure. */
export function vitestCounts(report: VitestReport): Counts {
  const unloaded = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + unloaded,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/**
 * Counts of a Playwright JSON report. A test that passed on retry (flaky) passed; an error
 * outside any test (a spec that does not load, a web server that does not start) is a failure.
 */
export function playwrightCounts(report: PlaywrightReport): Counts {
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected + report.errors.length, skipped };
}

/** A test of Playwright's JSON report, with the errors of its runs (retries included). */
interface PlaywrightSpec {
  title: string;
  ok: boolean;
  tests?: { results?: { error?: { message?: string } }[] }[];
}

/** A suite of Playwright's JSON report: a file or a describe block, with its tests and suites. */
export interface PlaywrightSuite {
  title: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}

/** The first line of the last error a test reported, without terminal colours. */
function lastError(spec: PlaywrightSpec): string | undefined {
  const message = spec.tests
    ?.flatMap((t) => t.results ?? [])
    .map((r) => r.error?.message)
    .findLast(Boolean);
  return message
    ?.replace(/\u001b\[[\d;]*m/g, '')
    .split('\n')[0]
    ?.trim();
}

/** The tests that failed in a Playwright JSON report's suites, as "file › block › test: error". */
export function failedTests(suites: readonly PlaywrightSuite[], within: string[] = []): string[] {
  return suites.flatMap((suite) => {
    const path = [...within, suite.title];
    const failed = (suite.specs ?? []).filter((spec) => !spec.ok);
    return [
      ...failed.map((spec) => {
        const error = lastError(spec);
        return `${[...path, spec.title].join(' › ')}${error ? `: ${error}` : ''}`;
      }),
      ...failedTests(suite.suites ?? [], path),
    ];
  });
}

/** The sum of several runs' counts. */
export function total(counts: readonly Counts[]): Counts {
  return counts.reduce(
    (sum, c) => ({
      passed: sum.passed + c.passed,
      failed: sum.failed + c.failed,
      skipped: sum.skipped + c.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

/** "12 passed, 0 failed", with ", 3 skipped" only when some were. */
export function summaryLine({ passed, failed, skipped }: Counts): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

const REPORT = /^(vitest|playwright).*\.json$/;

/** Counts of one report file's text, read by the runner its name starts with. */
export function reportCounts(name: string, text: string): Counts {
  const runner = REPORT.exec(name)?.[1];
  try {
    const report = JSON.parse(text) as unknown;
    const counts =
      runner === 'vitest'
        ? vitestCounts(report as VitestReport)
        : playwrightCounts(report as PlaywrightReport);
    if (Object.values(counts).every(Number.isInteger)) return counts;
  } catch {
    // Falls through: a runner killed while writing leaves a report that cannot be read.
  }
  return { passed: 0, failed: 1, skipped: 0 };
}

/** The counts of every runner report in `dir`; an unreadable report counts as one failure. */
export function readReports(dir: string): Counts[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return []; // No runner got as far as writing a report.
  }
  return names
    .filter((name) => REPORT.test(name))
    .map((name) => reportCounts(name, readFileSync(join(dir, name), 'utf8')));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = total(readReports(reportsDir()));
  console.log(summaryLine(counts));
  process.exit(counts.failed ? 1 : 0);
}
