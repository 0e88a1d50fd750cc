/**
 * Checks every internal link and #fragment in the built site, offline, and lists the external
 * links (never fetched: the build machines have no network) in a report beside the output folder.
 *   node src/tools/check-links.ts            (reads PVN_OUT_DIR or dist/)
 * Exits non-zero when an internal link or fragment does not resolve.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkLinks, type BuiltPage } from './links.ts';
import { outDir, readBuilt, reportsDir, siteFiles, siteOrigin } from './dist.ts';

// Absolute links to the site's own origin are internal.
const site = siteOrigin();
const dir = outDir();
const reportFile = join(reportsDir(dir), 'external-links.txt');

const files = siteFiles(dir);
const pages: BuiltPage[] = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: readBuilt(file, dir) }));
const { checked, broken, external } = checkLinks(pages, new Set(files), site);

mkdirSync(dirname(reportFile), { recursive: true });
const lines = [...external]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([url, on]) => `${url}\t${[...new Set(on)].sort().join(' ')}`);
writeFileSync(reportFile, `${lines.join('\n')}\n`);

for (const b of broken) console.error(`broken (${b.reason}): ${b.href} on ${b.page}`);
console.log(
  `Links: ${pages.length} pages, ${checked} internal links checked, ${broken.length} broken; ` +
    `${external.size} external URLs (not fetched) listed in ${reportFile}`,
);
process.exit(broken.length ? 1 : 0);
