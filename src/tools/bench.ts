/**
 * Page weight benchmark over a production build: per page type, the gzip bytes of HTML, CSS
 * and JavaScript and the requests before first render, checked against src/tools/budgets.ts.
 *   node src/tools/bench.ts            (reads PVN_OUT_DIR or dist/)
 *   node src/tools/bench.ts --scale    (also the build-scale benchmark; see scale.ts)
 * Exits non-zero when a figure is over budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import {
  gzipSize,
  overBudget,
  pageType,
  referencedAssets,
  scriptClosure,
  siteWideScripts,
  type PageWeight,
} from '../lib/page-weight.ts';
import { textTable } from '../lib/text-table.ts';
import { BUDGETS } from './budgets.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Measures every page of the build in `outDir` and returns the problems over budget. */
export function benchPageWeight(outDir: string): string[] {
  const redirects = new Set(
    Object.keys(parse(readFileSync(join(root, 'content/redirects.yaml'), 'utf8')) ?? {}),
  );
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(outDir, join(e.parentPath, e.name)).split(sep).join('/')}`);
  const text = new Map<string, string>();
  const read = (path: string) => {
    if (!text.has(path)) text.set(path, readFileSync(join(outDir, path), 'utf8'));
    return text.get(path) ?? '';
  };
  const size = new Map<string, number>();
  const gz = (path: string) => {
    if (!size.has(path)) size.set(path, gzipSize(read(path)));
    return size.get(path) ?? 0;
  };

  const pages = files
    .map((file) => ({ file, path: file.replace(/index\.html$/, '') }))
    .filter((p) => !redirects.has(p.path))
    .map((p) => ({ ...p, ...referencedAssets(read(p.file)) }));
  const siteWide = siteWideScripts(pages);
  const siteWideClosure = new Set([...siteWide].flatMap((s) => scriptClosure(s, read)));
  const widgets = new Map<string, number>();
  for (const p of pages) {
    for (const entry of p.scripts.filter((s) => !siteWide.has(s))) {
      const own = scriptClosure(entry, read).filter((s) => !siteWideClosure.has(s));
      widgets.set(
        entry,
        own.reduce((sum, s) => sum + gz(s), 0),
      );
    }
  }
  const allCss = new Set(pages.flatMap((p) => p.css));

  const weights: PageWeight[] = pages.map((p) => {
    const js = [...new Set(p.scripts.flatMap((s) => scriptClosure(s, read)))];
    return {
      path: p.path,
      type: pageType(p.path),
      html: gz(p.file),
      css: p.css.reduce((sum, c) => sum + gz(c), 0),
      js: js.reduce((sum, s) => sum + gz(s), 0),
      widgetJs: js.filter((s) => !siteWideClosure.has(s)).reduce((sum, s) => sum + gz(s), 0),
      widgets: p.scripts.filter((s) => !siteWide.has(s)),
      requests: 1 + p.css.length + js.length,
    };
  });

  const types = [...new Set(weights.map((w) => w.type))].sort();
  const max = (list: PageWeight[], key: 'html' | 'css' | 'js' | 'widgetJs' | 'requests') =>
    Math.max(...list.map((w) => w[key]));
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = types.map((type) => {
    const list = weights.filter((w) => w.type === type);
    const largest = list.reduce((a, b) => (b.html > a.html ? b : a));
    return [
      type,
      list.length,
      kb(max(list, 'html')),
      kb(max(list, 'css')),
      kb(max(list, 'js')),
      kb(max(list, 'widgetJs')),
      max(list, 'requests'),
      largest.path,
    ];
  });
  console.log('Page weight by page type (KB gzip; the largest page of each type)\n');
  console.log(
    textTable(
      ['type', 'pages', 'HTML', 'CSS', 'JS', 'widget JS', 'requests', 'largest page'],
      rows,
    ),
  );

  const site = {
    siteWideJs: [...siteWideClosure].reduce((sum, s) => sum + gz(s), 0),
    css: [...allCss].reduce((sum, c) => sum + gz(c), 0),
    widgets,
  };
  console.log(`\nSite-wide JS: ${kb(site.siteWideJs)} KB (budget ${kb(BUDGETS.siteWideJs)})`);
  console.log(`All CSS: ${kb(site.css)} KB in ${allCss.size} file(s) (budget ${kb(BUDGETS.css)})`);
  console.log(`Largest HTML: ${kb(max(weights, 'html'))} KB (budget ${kb(BUDGETS.html)})`);
  for (const [entry, bytes] of widgets)
    console.log(
      `Widget ${entry.replace(/^\/_astro\//, '').replace(/(\.astro_astro_type_script_index_\d+_lang)?\.[\w-]+\.js$/, '')}: ${kb(bytes)} KB (budget ${kb(BUDGETS.widgetJs)})`,
    );
  return overBudget(weights, site, BUDGETS);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve(process.env['PVN_OUT_DIR'] ?? join(root, 'dist'));
  const problems = benchPageWeight(outDir);
  for (const p of problems) console.error(`over budget: ${p}`);
  let failed = problems.length > 0;
  if (process.argv.includes('--scale')) {
    const { benchScale } = await import('./scale.ts');
    failed = !(await benchScale()) || failed;
  }
  console.log(failed ? '\nBench: FAILED' : '\nBench: every figure within budget');
  process.exit(failed ? 1 : 0);
}
