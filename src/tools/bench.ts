/**
 * Page weight benchmark over a production build: per page type, the gzip bytes of HTML, CSS
 * and JavaScript (script files and inline scripts: everything that runs before interaction) and
 * the requests before first render, checked against src/tools/budgets.ts.
 *   node src/tools/bench.ts            (reads PVN_OUT_DIR or dist/)
 *   node src/tools/bench.ts --scale    (also the build-scale benchmark; see scale.ts)
 * Exits non-zero when a figure is over budget.
 */
import { createHash } from 'node:crypto';
import { isEmbedPath } from '../lib/embed.ts';
import {
  cardProblems,
  gzipSize,
  overBudget,
  referencedAssets,
  scriptClosure,
  siteWideScripts,
  type PageWeight,
} from './page-weight.ts';
import { textTable } from './text-table.ts';
import { BUDGETS } from './budgets.ts';
import { htmlFiles, outDir as buildDir, pageTemplate, readBuilt, redirects } from './dist.ts';

// Inline scripts are keyed by their text, so the same script on every page counts as site-wide.
const INLINE = 'inline:';

/** Measures every page of the build in `outDir` and returns the problems over budget. */
export function benchPageWeight(outDir: string): string[] {
  const text = new Map<string, string>();
  const read = (path: string) => {
    if (!text.has(path)) text.set(path, readBuilt(path, outDir));
    return text.get(path) ?? '';
  };
  const size = new Map<string, number>();
  const gz = (path: string) => {
    if (!size.has(path)) size.set(path, gzipSize(read(path)));
    return size.get(path) ?? 0;
  };
  const inlineKey = (script: string) => {
    const key = `${INLINE}${createHash('sha256').update(script).digest('hex').slice(0, 8)}`;
    text.set(key, script);
    return key;
  };
  // An inline script's imports are listed with the page's script files, so it is a leaf here.
  const closure = (script: string) =>
    script.startsWith(INLINE) ? [script] : scriptClosure(script, read);

  const all = htmlFiles(outDir)
    .map((file) => ({ file, path: file.replace(/index\.html$/, '') }))
    .filter((p) => !(p.path in redirects()))
    .map((p) => {
      const { css, scripts, inline } = referencedAssets(read(p.file), p.path);
      return { ...p, css, scripts: [...scripts, ...inline.map(inlineKey)] };
    });
  // Embeddable cards are budgeted on their own: everything they transfer, and no script.
  const pages = all.filter((p) => !isEmbedPath(p.path));
  const cards = all
    .filter((p) => isEmbedPath(p.path))
    .map((p) => ({
      path: p.path,
      bytes: [p.file, ...p.css, ...p.scripts].reduce((sum, f) => sum + gz(f), 0),
      scripts: p.scripts.length,
    }));
  const siteWide = siteWideScripts(pages);
  const siteWideClosure = new Set([...siteWide].flatMap(closure));
  const widgets = new Map<string, number>();
  for (const p of pages) {
    for (const entry of p.scripts.filter((s) => !siteWide.has(s))) {
      const own = closure(entry).filter((s) => !siteWideClosure.has(s));
      widgets.set(
        entry,
        own.reduce((sum, s) => sum + gz(s), 0),
      );
    }
  }
  const allCss = new Set(pages.flatMap((p) => p.css));

  const weights: PageWeight[] = pages.map((p) => {
    const js = [...new Set(p.scripts.flatMap(closure))];
    return {
      path: p.path,
      type: pageTemplate(p.path),
      html: gz(p.file),
      css: p.css.reduce((sum, c) => sum + gz(c), 0),
      js: js.reduce((sum, s) => sum + gz(s), 0),
      widgetJs: js.filter((s) => !siteWideClosure.has(s)).reduce((sum, s) => sum + gz(s), 0),
      widgets: p.scripts.filter((s) => !siteWide.has(s)),
      requests: 1 + p.css.length + js.filter((s) => !s.startsWith(INLINE)).length,
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
  console.log(
    'Page weight by page type (KB gzip; the largest page of each type; JS includes inline ' +
      'scripts, each gzipped alone)\n',
  );
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
  const siteWideInline = [...siteWideClosure]
    .filter((s) => s.startsWith(INLINE))
    .reduce((sum, s) => sum + gz(s), 0);
  console.log(
    `\nSite-wide JS: ${kb(site.siteWideJs)} KB, ${kb(siteWideInline)} KB of it inline ` +
      `(budget ${kb(BUDGETS.siteWideJs)})`,
  );
  console.log(`All CSS: ${kb(site.css)} KB in ${allCss.size} file(s) (budget ${kb(BUDGETS.css)})`);
  console.log(`Largest HTML: ${kb(max(weights, 'html'))} KB (budget ${kb(BUDGETS.html)})`);
  // A widget's name: its file without Astro's suffixes, or the element an inline script defines.
  const widgetName = (entry: string) =>
    entry.startsWith(INLINE)
      ? `inline <${/customElements\.define\(\s*[`'"]([\w-]+)/.exec(read(entry))?.[1] ?? entry}>`
      : entry
          .replace(/^\/_astro\//, '')
          .replace(/(\.astro_astro_type_script_index_\d+_lang)?\.[\w-]+\.js$/, '');
  for (const [entry, bytes] of widgets)
    console.log(`Widget ${widgetName(entry)}: ${kb(bytes)} KB (budget ${kb(BUDGETS.widgetJs)})`);
  if (cards.length) {
    const sizes = cards.map((c) => c.bytes);
    console.log(
      `Embeddable cards: ${cards.length}, ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} KB ` +
        `transferred each, ${cards.reduce((n, c) => n + c.scripts, 0)} scripts ` +
        `(budget ${kb(BUDGETS.card)}, no script)`,
    );
  }
  return [...overBudget(weights, site, BUDGETS), ...cardProblems(cards, BUDGETS.card)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = benchPageWeight(buildDir());
  for (const p of problems) console.error(`over budget: ${p}`);
  let failed = problems.length > 0;
  if (process.argv.includes('--scale')) {
    const { benchScale } = await import('./scale.ts');
    failed = !benchScale() || failed;
  }
  console.log(failed ? '\nBench: FAILED' : '\nBench: every figure within budget');
  process.exit(failed ? 1 : 0);
}
