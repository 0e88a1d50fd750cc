/**
 * Lighthouse CI on one page of each type of a fresh production build: `lhci autorun` with
 * lighthouserc.json (runs per page, categories, the minimum median score of each), served by
 * Lighthouse CI's static server, in the default mobile preset. Prints the median scores as a
 * table and exits non-zero when an assertion fails; the reports of every run are written to
 * reports/lighthouse/ (one HTML report per page).
 *   node src/tools/lighthouse.ts
 * Finds Chromium as the browser tests do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { buildSite } from '../testing/build.ts';
import { textTable } from './text-table.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { contentDir } from './content-dir.ts';
import { firstUnder, reportsDir, root, sitemapPaths } from './dist.ts';
import { scoreTable, type ManifestRun } from './lighthouse-scores.ts';

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

const chrome = findChromium();
if (!chrome) {
  console.error("No Chromium found: set CHROME_PATH or install Debian's chromium.");
  process.exit(2);
}

console.log('Building …');
const build = buildSite(contentDir(root));
if (!build.ok) {
  console.error(build.output);
  process.exit(2);
}
const scratch = dirname(build.outDir);
const reports = join(reportsDir(), 'lighthouse');
rmSync(reports, { recursive: true, force: true });
const pages = pagesToAudit(build.outDir);

// Lighthouse CI keeps its runs in .lighthouseci/ under the working folder: the scratch one here.
// Lighthouse runs in a `node` found on the PATH, so this Node comes first.
const lhci = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/@lhci/cli/src/cli.js'),
    'autorun',
    `--config=${join(root, 'lighthouserc.json')}`,
    `--collect.staticDistDir=${build.outDir}`,
    ...pages.map((p) => `--collect.url=${p.path}`),
    `--collect.settings.chromeFlags=${CHROMIUM_ARGS.join(' ')}`,
    `--upload.outputDir=${reports}`,
  ],
  {
    cwd: scratch,
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROME_PATH: chrome,
      PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
    },
  },
);
rmSync(scratch, { recursive: true, force: true });

// No manifest means no run finished; Lighthouse CI has said why.
const manifestFile = join(reports, 'manifest.json');
if (!existsSync(manifestFile)) process.exit(lhci.status || 1);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestRun[];
const { version } = JSON.parse(
  readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
) as { version: string };
const { head, rows } = scoreTable(pages, manifest);
console.log(
  `\nLighthouse ${version} mobile preset: median score of each category (minimums in lighthouserc.json)\n`,
);
console.log(textTable(head, rows));
process.exit(lhci.status ?? 1);
