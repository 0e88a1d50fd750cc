/**
 * Page weight of a built site: what a reader downloads before a page is usable, by page type,
 * and which figures are over the budgets. No file or network access: callers pass file text.
 */
import { gzipSync } from 'node:zlib';

/** Gzip size in bytes (level 6, what most static hosts and CDNs serve). */
export function gzipSize(text: string | Uint8Array): number {
  return gzipSync(text, { level: 6 }).byteLength;
}

/** The stylesheets that block rendering and the scripts a page's markup loads, as written. */
export function referencedAssets(html: string): { css: string[]; scripts: string[] } {
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
    const media = /\smedia="([^"]*)"/.exec(tag)?.[1];
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    // A print or disabled stylesheet does not hold up the first paint.
    if (!rel.includes('stylesheet') || !href || /\sdisabled\b/.test(tag)) continue;
    if (media && !/^(all|screen)\b/.test(media)) continue;
    css.push(href);
  }
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"[^>]*>/g)].map((m) => m[1] ?? '');
  return { css, scripts };
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
    for (const spec of staticImports(read(path))) {
      visit(new URL(spec, `http://site.invalid${path}`).pathname);
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * The type of a page, from its public path: "home", a section index ("compare"), a page inside
 * a section ("compare/*"), or "404".
 */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (/^\/404(\.html|\/)$/.test(path)) return '404';
  const parts = path.split('/').filter(Boolean);
  return parts.length === 1 ? (parts[0] ?? '') : `${parts[0] ?? ''}/*`;
}

/** What one page costs a reader (bytes are gzip). */
export interface PageWeight {
  path: string;
  type: string;
  html: number;
  css: number;
  /** All JavaScript the page loads before its scripts run. */
  js: number;
  /** JavaScript beyond the site-wide scripts: the page's widgets. */
  widgetJs: number;
  /** Entry scripts beyond the site-wide ones. */
  widgets: string[];
  /** HTML + render-blocking CSS + every script loaded before the scripts run. */
  requests: number;
}

/** The budgets, in gzip bytes; see src/tools/budgets.ts for the figures and the reasons. */
export interface Budgets {
  siteWideJs: number;
  widgetJs: number;
  css: number;
  html: number;
  /** Page types that may load a widget script beyond the site-wide one. */
  widgetPageTypes: readonly string[];
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
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (site.siteWideJs > budgets.siteWideJs)
    problems.push(`site-wide JS is ${kb(site.siteWideJs)}, budget ${kb(budgets.siteWideJs)}`);
  if (site.css > budgets.css)
    problems.push(`site-wide CSS is ${kb(site.css)}, budget ${kb(budgets.css)}`);
  for (const [widget, bytes] of site.widgets) {
    if (bytes > budgets.widgetJs)
      problems.push(`widget ${widget} is ${kb(bytes)} of JS, budget ${kb(budgets.widgetJs)}`);
  }
  for (const page of pages) {
    if (page.html > budgets.html)
      problems.push(`${page.path} is ${kb(page.html)} of HTML, budget ${kb(budgets.html)}`);
    if (page.widgets.length && !budgets.widgetPageTypes.includes(page.type))
      problems.push(
        `${page.path} (${page.type}) loads JS beyond the site-wide script: ${page.widgets.join(', ')}`,
      );
  }
  return problems;
}
