/**
 * Validates every built HTML page with the Nu Html Checker (vnu, the W3C validator) and fails on
 * any error in our markup, redirect stubs included. Needs Java 11+ and the jar from the vnu-jar
 * package.
 *   node src/tools/validate-html.ts          (reads PVN_OUT_DIR or dist/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, realErrors, type VnuMessage } from './html-validation.ts';
import { htmlFiles, outDir as buildDir, redirects, root } from './dist.ts';

const outDir = buildDir();
const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');

if (!existsSync(jar)) {
  console.error(
    `${jar} is missing: reinstall it with \`npm rebuild vnu-jar\` (its postinstall fetches the jar).`,
  );
  process.exit(2);
}

const run = spawnSync(
  'java',
  ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', outDir],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (run.error || !run.stderr.trim().startsWith('{')) {
  console.error(`vnu did not run (is Java 11+ on PATH?): ${run.error?.message ?? run.stderr}`);
  process.exit(2);
}
const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };

const errors = realErrors(messages);

const files = htmlFiles(outDir);
const stubs = files.filter((f) => f.replace(/index\.html$/, '') in redirects()).length;
for (const m of errors) console.error(formatMessage(m, outDir));
console.log(
  `HTML: vnu found ${errors.length} error(s) in ${files.length} files under ${outDir}, ` +
    `${stubs} of them redirect stubs`,
);
process.exit(errors.length ? 1 : 0);
