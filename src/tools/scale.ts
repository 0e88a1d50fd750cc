/**
 * Build-scale benchmark: builds the site over its real content, then over copies of the content
 * with 10× and 100× the comparison rows and FAQ entries, and reports the build time per page.
 * Fails when the per-page cost at the largest size exceeds SCALE_MAX_PER_PAGE_RATIO × the 1×
 * cost, i.e. when some page or query costs more as the site grows.
 *   node src/tools/bench.ts --scale            (factors 1, 10 and 100)
 *   PVN_SCALE_FACTORS=1,10 node src/tools/bench.ts --scale
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  copyDimensions,
  copyFaqs,
  marginalCosts,
  perPageCosts,
  type ScaleRun,
} from './scale-model.ts';
import { textTable } from './text-table.ts';
import { buildSite } from '../testing/build.ts';
import { writeContent } from '../testing/fixture.ts';
import { SCALE_MAX_PER_PAGE_RATIO } from './budgets.ts';
import { htmlFiles, root } from './dist.ts';

const content = join(root, 'content');

/** The files of one content collection folder, name → text. */
function collection(folder: string): Record<string, string> {
  const dir = join(content, folder);
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Runs the scale benchmark, prints its table, and returns whether it passed. */
export async function benchScale(): Promise<boolean> {
  const factors = (process.env['PVN_SCALE_FACTORS'] ?? '1,10,100').split(',').map(Number);
  const dimensions = collection('dimensions');
  const faqs = collection('faqs');
  const runs: (ScaleRun & { rows: number; questions: number })[] = [];

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
      runs.push({ factor, pages, seconds: build.seconds, rows, questions });
      console.log(`  ${pages} pages in ${build.seconds.toFixed(1)} s`);
      rmSync(join(build.outDir, '..'), { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const costs = perPageCosts(runs);
  const marginal = marginalCosts(runs);
  const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1));
  console.log(
    `\nBuild time per page by site size (ratio: per-page cost relative to ${factors[0]}×)\n`,
  );
  console.log(
    textTable(
      ['size', 'rows', 'questions', 'pages', 'build s', 'ms/page', 'ratio', 'ms/extra page'],
      costs.map((c, i) => [
        `${c.factor}×`,
        runs[i]?.rows ?? 0,
        runs[i]?.questions ?? 0,
        c.pages,
        c.seconds.toFixed(1),
        c.msPerPage.toFixed(1),
        c.ratio.toFixed(2),
        ms(marginal[i]),
      ]),
    ),
  );
  // Two checks: the average cost per page (what the issue asks), and the marginal cost of the
  // last step against the first, which fixed start-up costs cannot hide.
  const largest = costs.at(-1);
  const firstStep = marginal[1];
  const lastStep = marginal.at(-1);
  const marginalRatio =
    firstStep !== undefined && lastStep !== undefined ? lastStep / firstStep : undefined;
  const ok =
    (!largest || largest.ratio <= SCALE_MAX_PER_PAGE_RATIO) &&
    (marginalRatio === undefined || marginalRatio <= SCALE_MAX_PER_PAGE_RATIO);
  console.log(
    `\nPer-page cost at ${largest?.factor}× is ${largest?.ratio.toFixed(2)}× the ${factors[0]}× cost; ` +
      `marginal cost of the last step is ${marginalRatio?.toFixed(2) ?? '-'}× the first ` +
      `(limit ${SCALE_MAX_PER_PAGE_RATIO}× for both): ${ok ? 'ok' : 'FAILED'}`,
  );
  return ok;
}
