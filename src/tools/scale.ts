/**
 * Build-scale benchmark: builds the site over its real content, then over copies of the content
 * with 10× and 100× the comparison rows and FAQ entries, and reports the build time per page.
 * Up to 10×, each build is also tested as CI tests dist/: the built-site checks (npm run
 * test:built) and the browser suite (npm run test:e2e), timed, with their counts and failures.
 * Fails when the per-page cost at the largest size exceeds SCALE_MAX_PER_PAGE_RATIO × the 1×
 * cost, i.e. when some page or query costs more as the site grows, or when a test of the real
 * content (1×) failed.
 *   node src/tools/bench.ts --scale            (factors 1, 10 and 100)
 *   PVN_SCALE_FACTORS=1,10 node src/tools/bench.ts --scale
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  copyDimensions,
  copyFaqs,
  marginalCosts,
  perPageCosts,
  type ScaleRun,
} from './scale-model.ts';
import { contentDir } from './content-dir.ts';
import { textTable } from './text-table.ts';
import { buildSite } from '../testing/build.ts';
import { writeContent } from '../testing/fixture.ts';
import { SCALE_MAX_PER_PAGE_RATIO } from './budgets.ts';
import { htmlFiles, reportsDir, root } from './dist.ts';
import {
  failedTests,
  playwrightCounts,
  summaryLine,
  type Counts,
  type PlaywrightReport,
} from './test-summary.ts';

const content = contentDir(root);

/** The files of one content collection folder, name → text. */
function collection(folder: string): Record<string, string> {
  const dir = join(content, folder);
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Sizes up to this factor are also tested; larger ones only build (the suite would take hours). */
const TESTED_UP_TO = 10;

/** The tests of one build: how long each part took, and what failed. */
interface TestRun {
  staticSeconds: number;
  staticOk: boolean;
  browserSeconds: number;
  browser: Counts;
  failures: string[];
}

/** Runs an npm script against the build in `outDir`; never throws on a failed script. */
function runScript(script: string, outDir: string) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', script], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, PVN_OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The built-site checks and the browser suite over the build in `outDir`, as CI runs them. */
function testBuild(outDir: string): TestRun {
  const checks = runScript('test:built', outDir);
  console.log(
    `  built-site checks ${checks.ok ? 'passed' : 'FAILED'} in ${checks.seconds.toFixed(1)} s`,
  );
  if (!checks.ok) console.error(checks.output.split('\n').slice(-30).join('\n'));
  const browser = runScript('test:e2e', outDir);
  const report = join(reportsDir(outDir), 'playwright.json');
  const parsed = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as PlaywrightReport)
    : undefined;
  // No report means the suite never ran (a missing browser, a server that did not start).
  const counts = parsed ? playwrightCounts(parsed) : { passed: 0, failed: 1, skipped: 0 };
  const failedBrowserTests = parsed
    ? failedTests(parsed.suites ?? [])
    : ['npm run test:e2e wrote no report'];
  console.log(`  browser tests: ${summaryLine(counts)} in ${browser.seconds.toFixed(1)} s`);
  // A failure outside any test (the server did not start) is only in the output.
  if (!browser.ok && !failedBrowserTests.length)
    console.error(browser.output.split('\n').slice(-30).join('\n'));
  const failures = [
    ...(checks.ok ? [] : ['npm run test:built (its output is above)']),
    ...(browser.ok || failedBrowserTests.length ? failedBrowserTests : ['npm run test:e2e']),
  ];
  return {
    staticSeconds: checks.seconds,
    staticOk: checks.ok,
    browserSeconds: browser.seconds,
    browser: counts,
    failures,
  };
}

/** Runs the scale benchmark, prints its table, and returns whether it passed. */
export function benchScale(): boolean {
  const factors = (process.env['PVN_SCALE_FACTORS'] ?? '1,10,100').split(',').map(Number);
  const dimensions = collection('dimensions');
  const faqs = collection('faqs');
  const runs: (ScaleRun & { rows: number; questions: number; tests: TestRun | undefined })[] = [];

  for (const factor of factors) {
    const dir = mkdtempSync(join(tmpdir(), `pvn-scale-${factor}x-`));
    try {
      cpSync(content, dir, { recursive: true });
      const copies = factor - 1;
      writeContent(join(dir, 'dimensions'), copyDimensions(dimensions, copies));
      writeContent(join(dir, 'faqs'), copyFaqs(faqs, copies));
      const rows = Object.keys(dimensions).length * factor;
      const questions = Object.keys(faqs).length * factor;
      console.log(`\nBuilding ${factor}× (${rows} rows, ${questions} questions) …`);
      const build = buildSite(dir);
      if (!build.ok) {
        // Warnings fill the output at this size; show the error lines.
        const lines = build.output.split('\n').filter((l) => /error|failed|killed|heap/i.test(l));
        console.error(lines.slice(0, 30).join('\n'));
        if (!lines.length) console.error(build.output.split('\n').slice(-20).join('\n'));
        throw new Error(`The ${factor}× build failed`);
      }
      const pages = htmlFiles(build.outDir).length;
      console.log(`  ${pages} pages in ${build.seconds.toFixed(1)} s`);
      const tests = factor <= TESTED_UP_TO ? testBuild(build.outDir) : undefined;
      runs.push({ factor, pages, seconds: build.seconds, rows, questions, tests });
      rmSync(join(build.outDir, '..'), { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const costs = perPageCosts(runs);
  const marginal = marginalCosts(runs);
  const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1));
  console.log(
    `\nBuild time per page by site size (ratio: per-page cost relative to ${factors[0]}×), and ` +
      `the time of the built-site checks and the browser suite on that build\n`,
  );
  console.log(
    textTable(
      [
        'size',
        'rows',
        'questions',
        'pages',
        'build s',
        'ms/page',
        'ratio',
        'ms/extra page',
        'static checks s',
        'static checks',
        'browser tests s',
        'browser tests',
      ],
      costs.map((c, i) => {
        const tests = runs[i]?.tests;
        return [
          `${c.factor}×`,
          runs[i]?.rows ?? 0,
          runs[i]?.questions ?? 0,
          c.pages,
          c.seconds.toFixed(1),
          c.msPerPage.toFixed(1),
          c.ratio.toFixed(2),
          ms(marginal[i]),
          tests ? tests.staticSeconds.toFixed(1) : '-',
          tests ? (tests.staticOk ? 'passed' : 'FAILED') : '-',
          tests ? tests.browserSeconds.toFixed(1) : '-',
          tests ? summaryLine(tests.browser) : '-',
        ];
      }),
    ),
  );
  const tested = runs.filter((r) => r.tests);
  const [first, last] = [tested[0], tested.at(-1)];
  if (first?.tests && last?.tests && last !== first) {
    console.log(
      `\nBrowser tests at ${last.factor}× took ${(last.tests.browserSeconds / first.tests.browserSeconds).toFixed(2)}× ` +
        `the ${first.factor}× time, for ${(last.pages / first.pages).toFixed(2)}× the pages`,
    );
  }
  // On the real content (1×) every test must pass, as in npm test. Copies break tests that read
  // exact content (search quality, row counts) and page budgets of lists of every row, so their
  // failures are listed but do not fail the benchmark.
  const failures = (real: boolean) =>
    tested
      .filter((r) => (r.factor === 1) === real)
      .flatMap((r) => (r.tests?.failures ?? []).map((f) => `${r.factor}×: ${f}`));
  for (const failure of failures(true)) console.error(`FAILED at ${failure}`);
  for (const failure of failures(false))
    console.log(`failed on copied content (not counted) at ${failure}`);
  // Two checks: the average cost per page (what the issue asks), and the marginal cost of the
  // last step against the first, which fixed start-up costs cannot hide.
  const largest = costs.at(-1);
  const firstStep = marginal[1];
  const lastStep = marginal.at(-1);
  const marginalRatio =
    firstStep !== undefined && lastStep !== undefined ? lastStep / firstStep : undefined;
  const scales =
    (!largest || largest.ratio <= SCALE_MAX_PER_PAGE_RATIO) &&
    (marginalRatio === undefined || marginalRatio <= SCALE_MAX_PER_PAGE_RATIO);
  console.log(
    `\nPer-page cost at ${largest?.factor}× is ${largest?.ratio.toFixed(2)}× the ${factors[0]}× cost; ` +
      `marginal cost of the last step is ${marginalRatio?.toFixed(2) ?? '-'}× the first ` +
      `(limit ${SCALE_MAX_PER_PAGE_RATIO}× for both): ${scales ? 'ok' : 'FAILED'}`,
  );
  return scales && !failures(true).length;
}
