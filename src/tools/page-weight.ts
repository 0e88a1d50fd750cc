/**
 * Page weight of a built site: what a reader downloads before a page is usable, by page type,
 * and which figures are over the budgets. No file or network access: callers pass file text.
 */
import { gzipSync } from 'node:zlib';
import { attribute, elements, textOf, type Element } from './html.ts';

/** Gzip size in bytes (level 6, what most static hosts and CDNs serve). */
export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 6 }).byteLength;
}

// Script types a browser runs: none given, a module, or a JavaScript MIME type. Data blocks
// (JSON-LD, application/json) are not run.
const EXECUTABLE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/** The href of a stylesheet link that holds up the first paint; empty for any other link. */
function blockingStylesheet(link: Element): string {
  const rel = attribute(link, 'rel')?.split(/\s+/) ?? [];
  const media = attribute(link, 'media');
  // A print or disabled stylesheet does not hold up the first paint.
  if (!rel.includes('stylesheet') || attribute(link, 'disabled') !== undefined) return '';
  if (media && !/^(all|screen)\b/.test(media)) return '';
  return attribute(link, 'href') ?? '';
}

/**
 * What a page's markup makes the browser fetch or run before first interaction: the stylesheets
 * that block rendering, the script files (by `src`, plus the modules an inline module script
 * imports, resolved against `page`), and the text of each inline script that runs, as written.
 */
export function referencedAssets(
  html: string,
  page = '/',
): { css: string[]; scripts: string[]; inline: string[] } {
  const css: string[] = [];
  const scripts: string[] = [];
  const inline: string[] = [];
  for (const element of elements(html)) {
    const stylesheet = element.tagName === 'link' && blockingStylesheet(element);
    if (stylesheet) css.push(stylesheet);
    if (element.tagName !== 'script') continue;
    const type = (attribute(element, 'type') ?? '').trim();
    if (!EXECUTABLE.test(type)) continue;
    const src = attribute(element, 'src');
    if (src !== undefined) {
      scripts.push(src);
      continue;
    }
    const body = textOf(element);
    if (!body.trim()) continue;
    inline.push(body);
    if (type.toLowerCase() === 'module')
      scripts.push(...staticImports(body).map((spec) => resolveFrom(page, spec)));
  }
  return { css, scripts, inline };
}

/** A module specifier resolved to a site path, relative to the path of the file importing it. */
function resolveFrom(importer: string, spec: string): string {
  return new URL(spec, `http://site.invalid${importer}`).pathname;
}

/**
 * The modules a bundled script imports statically (`import … from "./x.js"`, `export … from`,
 * `import "./x.js"`): the browser fetches them before the script runs. Dynamic `import()` is
 * loaded on demand and left out.
 */
export function staticImports(js: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+)["']/g;
  return [...js.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** A script and every module it imports statically, resolved to site paths, in load order. */
export function scriptClosure(entry: string, read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of staticImports(read(path))) visit(resolveFrom(path, spec));
  };
  visit(entry);
  return [...seen];
}

/** What one page costs a reader (bytes are gzip). */
export interface PageWeight {
  path: string;
  type: string;
  html: number;
  css: number;
  /** All JavaScript the page runs before interaction: script files and inline scripts. */
  js: number;
  /** JavaScript beyond the site-wide scripts (files and inline): the page's widgets. */
  widgetJs: number;
  /** Entry scripts beyond the site-wide ones (files, and inline scripts by key). */
  widgets: string[];
  /** HTML + render-blocking CSS + every script file loaded before the scripts run. */
  requests: number;
}

/** The budgets, in gzip bytes; see src/tools/budgets.ts for the figures and the reasons. */
export interface Budgets {
  siteWideJs: number;
  widgetJs: number;
  css: number;
  html: number;
  /**
   * HTML of an index page: a section page whose entries have pages of their own (its type is
   * `faq` and some page's type is `faq/*`). It lists them and links on, so it stays light.
   */
  indexHtml: number;
  /** Page types that may load a widget script beyond the site-wide one. */
  widgetPageTypes: readonly string[];
  /** Everything one embeddable card transfers: its HTML and every file it loads. */
  card: number;
}

/** What an embeddable card costs the reader of the page that frames it (bytes are gzip). */
export interface CardWeight {
  path: string;
  /** HTML plus every stylesheet and script it loads. */
  bytes: number;
  /** Scripts it runs, inline or by file; a card must run none. */
  scripts: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One sentence per card that is over its budget or runs a script; empty when all are fine. */
export function cardProblems(cards: readonly CardWeight[], budget: number): string[] {
  return cards.flatMap((card) => [
    ...(card.bytes > budget
      ? [`card ${card.path} is ${kb(card.bytes)}, budget ${kb(budget)}`]
      : []),
    ...(card.scripts > 0
      ? [`card ${card.path} runs ${card.scripts} script(s); cards run none`]
      : []),
  ]);
}

/** The site-wide scripts: those every page loads. */
export function siteWideScripts(pages: readonly { scripts: readonly string[] }[]): Set<string> {
  const [first, ...rest] = pages;
  if (!first) return new Set();
  return new Set(first.scripts.filter((s) => rest.every((p) => p.scripts.includes(s))));
}

/** One sentence per figure over budget; empty when everything fits. */
export function overBudget(
  pages: readonly PageWeight[],
  site: { siteWideJs: number; css: number; widgets: ReadonlyMap<string, number> },
  budgets: Budgets,
): string[] {
  const problems: string[] = [];
  if (site.siteWideJs > budgets.siteWideJs)
    problems.push(`site-wide JS is ${kb(site.siteWideJs)}, budget ${kb(budgets.siteWideJs)}`);
  if (site.css > budgets.css)
    problems.push(`site-wide CSS is ${kb(site.css)}, budget ${kb(budgets.css)}`);
  for (const [widget, bytes] of site.widgets) {
    if (bytes > budgets.widgetJs)
      problems.push(`widget ${widget} is ${kb(bytes)} of JS, budget ${kb(budgets.widgetJs)}`);
  }
  const types = new Set(pages.map((p) => p.type));
  for (const page of pages) {
    if (page.html > budgets.html)
      problems.push(`${page.path} is ${kb(page.html)} of HTML, budget ${kb(budgets.html)}`);
    else if (types.has(`${page.type}/*`) && page.html > budgets.indexHtml)
      problems.push(
        `${page.path} is an index of ${kb(page.html)} of HTML, budget ${kb(budgets.indexHtml)}`,
      );
    if (page.widgets.length && !budgets.widgetPageTypes.includes(page.type))
      problems.push(
        `${page.path} (${page.type}) loads JS beyond the site-wide script: ${page.widgets.join(', ')}`,
      );
  }
  return problems;
}
