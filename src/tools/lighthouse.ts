/**
 * Lighthouse (mobile preset) on one page of each type, against `astro preview` of a fresh
 * production build. Every category must score at least MIN_SCORE; prints a table.
 * Simulated throttling makes one run noisy on a busy two-core machine, so a page that misses the
 * minimum is run twice more and judged on the median of its three runs (as Lighthouse CI does).
 *   node src/tools/lighthouse.ts          (PVN_PORT sets the preview port, default 4323)
 * The site is built into a scratch folder with SITE_URL set to the preview origin, so canonical
 * links point at the server Lighthouse audits. Finds Chromium as the e2e suite does.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite } from '../testing/build.ts';
import { textTable } from './text-table.ts';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium.mjs';
import { firstUnder, root, sitemapPaths } from './dist.ts';

const MIN_SCORE = 0.98;
const RUNS_WHEN_BELOW = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const port = Number(process.env['PVN_PORT'] ?? 4323);
const origin = `http://127.0.0.1:${port}`;

function chromePath(): string {
  const path = findChromium();
  if (!path) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium.");
  return path;
}

/** One page of each type the audit covers, from the build's sitemap. */
function pagesToAudit(outDir: string): { type: string; path: string }[] {
  const paths = sitemapPaths(outDir);
  const first = (section: string) => firstUnder(section, paths);
  return [
    { type: 'home', path: '/' },
    { type: 'compare index', path: '/compare/' },
    { type: 'compare detail', path: first('/compare/') },
    { type: 'guide', path: first('/guides/') },
    { type: 'FAQ index', path: '/faq/' },
    { type: 'FAQ question', path: first('/faq/') },
    { type: 'claims', path: '/claims/' },
    { type: 'recommend', path: '/recommend/' },
    { type: 'search', path: '/search/' },
  ];
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const score = (lhr: Result, category: string) => lhr.categories[category]?.score ?? 0;

/** The run whose score in `category` is the median of `runs` (the lower middle for two). */
function medianRun(runs: Result[], category: string): Result {
  const sorted = [...runs].sort((a, b) => score(a, category) - score(b, category));
  return sorted[Math.floor((sorted.length - 1) / 2)] as Result;
}

/** Each category's median score over `runs`. */
function medianScores(runs: Result[]): number[] {
  return CATEGORIES.map((c) => score(medianRun(runs, c), c));
}

/** Resolves once `url` answers, or rejects after `seconds`. */
async function waitFor(url: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

console.log(`Building with SITE_URL=${origin} …`);
const build = buildSite(join(root, 'content'), { SITE_URL: origin });
if (!build.ok) {
  console.error(build.output);
  process.exit(2);
}
// A server already on the port would be audited instead of this build (a stale preview).
if (
  await fetch(`${origin}/`).then(
    () => true,
    () => false,
  )
) {
  console.error(`Something already answers on ${origin}; stop it or set PVN_PORT.`);
  process.exit(2);
}
const preview = spawn(
  join(root, 'node_modules/.bin/astro'),
  ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
  {
    cwd: root,
    env: { ...process.env, PVN_OUT_DIR: build.outDir },
    detached: true,
    stdio: 'ignore',
  },
);
// The preview runs in its own process group so that stopping it also stops its children.
const stopPreview = () => {
  try {
    if (preview.pid) process.kill(-preview.pid);
  } catch {
    // Already gone.
  }
};
process.on('exit', stopPreview);

const rows: (string | number)[][] = [];
const failures: string[] = [];
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  await waitFor(`${origin}/`, 60);
  chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless', ...CHROMIUM_ARGS],
  });
  for (const { type, path } of pagesToAudit(build.outDir)) {
    const started = performance.now();
    const runs: Result[] = [];
    do {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
      });
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr);
    } while (runs.length < RUNS_WHEN_BELOW && medianScores(runs).some((s) => s < MIN_SCORE));
    const scores = medianScores(runs);
    rows.push([
      type,
      path,
      ...scores.map((s) => s.toFixed(2)),
      runs.length,
      `${((performance.now() - started) / 1000).toFixed(0)} s`,
    ]);
    CATEGORIES.forEach((category, i) => {
      if ((scores[i] ?? 0) >= MIN_SCORE) return;
      // Name the audits that cost points in the median run, so a failure says what to fix.
      const lhr = medianRun(runs, category);
      const lost = (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map(
          (ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`,
        );
      failures.push(`${path} ${category} ${scores[i]?.toFixed(2)}: ${lost.join(', ')}`);
    });
  }
} finally {
  chrome?.kill();
  stopPreview();
  rmSync(join(build.outDir, '..'), { recursive: true, force: true });
}

const { version } = JSON.parse(
  readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
) as { version: string };
console.log(
  `\nLighthouse ${version} mobile preset, minimum ${MIN_SCORE} in every category (median of ${RUNS_WHEN_BELOW} runs for a page whose first run misses it)\n`,
);
console.log(
  textTable(['page type', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'runs', 'time'], rows),
);
for (const f of failures) console.error(`below ${MIN_SCORE}: ${f}`);
process.exit(failures.length ? 1 : 0);
