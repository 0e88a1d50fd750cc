/**
 * The one way tools and tests find their way around a production build: the output folder, its
 * files and pages, the sitemap, the redirects that left stub pages in it, the committed URL
 * contract, and which pages a page-level browser check visits. Node only; e2e specs may import
 * this module (and no other tool).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { isEmbedPath } from '../lib/embed.ts';
import { contentDir } from './content-dir.ts';
import { anchorsIn, brokenLines } from './contract.ts';

/** The project root (the folder holding package.json). */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The deployed origin: SITE_URL when deploying elsewhere (see README), else the default. */
export function siteOrigin(): string {
  return process.env['SITE_URL'] ?? 'https://python-vs-node.example';
}

/** The build's output folder: PVN_OUT_DIR when set (scratch builds), else dist/. */
export function outDir(): string {
  return resolve(process.env['PVN_OUT_DIR'] ?? join(root, 'dist'));
}

/** Where runners and checks write their reports: `reports/` beside the output folder. */
export function reportsDir(dir = outDir()): string {
  return join(dirname(dir), 'reports');
}

/** Every file in the build as a site path ("/faq/index.html", "/favicon.svg"), sorted. */
export function siteFiles(dir = outDir()): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();
}

/** The public path of a built file: "/faq/index.html" → "/faq/", "/404.html" stays. */
export function publicPath(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Every HTML file in the build as a site path ("/faq/index.html", "/404.html"), sorted. */
export function htmlFiles(dir = outDir()): string[] {
  return siteFiles(dir).filter((f) => f.endsWith('.html'));
}

/** The text of one built file, by its site path. */
export function readBuilt(file: string, dir = outDir()): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Every folder page of the build ("/faq/", redirect stubs included) with its markup. */
export function builtPages(dir = outDir()): { path: string; html: string }[] {
  return htmlFiles(dir)
    .filter((f) => f.endsWith('/index.html'))
    .map((file) => ({ path: publicPath(file), html: readBuilt(file, dir) }));
}

let redirectsCache: Record<string, string> | undefined;

/** The redirects editors keep in content/redirects.yaml (old path → new path), read once. */
export function redirects(): Readonly<Record<string, string>> {
  redirectsCache ??= (parse(readFileSync(join(contentDir(root), 'redirects.yaml'), 'utf8')) ??
    {}) as Record<string, string>;
  return redirectsCache;
}

/** Every page path the build's sitemap lists, in sitemap order. */
export function sitemapPaths(dir = outDir()): string[] {
  // @astrojs/sitemap splits a large site into sitemap-0.xml, sitemap-1.xml, …
  const files = readdirSync(dir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  if (!files.length) throw new Error(`No sitemap in ${dir}: build the site first`);
  return files.flatMap((name) =>
    [...readBuilt(`/${name}`, dir).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    ),
  );
}

/** Every embeddable card of the build ("/embed/compare/memory/"); the sitemap leaves them out. */
export function cardPaths(dir = outDir()): string[] {
  return builtPages(dir)
    .map((p) => p.path)
    .filter(isEmbedPath);
}

/** The first sitemap page under `section` ("/faq/") that is not the section index itself. */
export function firstUnder(section: string, paths: readonly string[] = sitemapPaths()): string {
  const found = paths.find((p) => p.startsWith(section) && p !== section);
  if (!found) throw new Error(`No page under ${section} in the sitemap`);
  return found;
}

/** The committed URL contract (e2e/url-contract.txt): every page and anchor a build must keep. */
export const contractFile = join(root, 'e2e/url-contract.txt');

/** The lines of the committed URL contract. */
export function contract(): string[] {
  return readFileSync(contractFile, 'utf8').split('\n').filter(Boolean);
}

/**
 * The lines of the committed URL contract that the build breaks: pages gone without a redirect,
 * anchors gone from pages that are still there.
 */
export function brokenContractLines(dir = outDir()): string[] {
  const built = new Map(
    builtPages(dir)
      .filter((p) => !(p.path in redirects()))
      .map((p) => [p.path, new Set(anchorsIn(p.html))]),
  );
  return brokenLines(contract(), built, redirects());
}

/**
 * The template (route) a page is rendered by, from its path alone: "home", "404", a section
 * index ("compare"), or a page inside a section, its section followed by one "/*" per further
 * segment ("/compare/memory/" is "compare/*"). A static page inside a section with a dynamic
 * route shares that route's template.
 */
export function pageTemplate(path: string): string {
  if (path === '/') return 'home';
  if (/^\/404(\.html|\/)$/.test(path)) return '404';
  const [section = '', ...rest] = path.split('/').filter(Boolean);
  return [section, ...rest.map(() => '*')].join('/');
}

/** `count` entries of `list`, spread evenly from its first to its last (all when it is shorter). */
function spread<T>(list: readonly T[], count: number): T[] {
  if (count <= 1) return list.slice(0, count);
  const picked = new Set(
    Array.from({ length: count }, (_, i) => Math.round((i * (list.length - 1)) / (count - 1))),
  );
  return list.filter((_, i) => picked.has(i));
}

/**
 * The pages a slow per-page check visits, in the order given: every hand-written page (its last
 * path segment is in `handWritten`, the slugs of the `.mdx` files in content/), and of each
 * template's pages, sorted, `perTemplate` spread evenly from the first to the last. So each
 * template is visited at least once, and however many pages data generates, the sample stays
 * the same size.
 */
export function samplePages(
  paths: readonly string[],
  handWritten: ReadonlySet<string>,
  perTemplate: number,
): string[] {
  const byTemplate = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const template = pageTemplate(path);
    const list = byTemplate.get(template) ?? [];
    list.push(path);
    byTemplate.set(template, list);
  }
  const chosen = new Set([...byTemplate.values()].flatMap((list) => spread(list, perTemplate)));
  const slug = (path: string) => path.split('/').filter(Boolean).slice(1).at(-1);
  return paths.filter((p) => chosen.has(p) || handWritten.has(slug(p) ?? ''));
}

/** One page of every template: the first of each, by sorted path. */
export function onePerTemplate(paths: readonly string[]): string[] {
  return samplePages(paths, new Set(), 1);
}

/** The slugs of the hand-written pages: the names of the `.mdx` files anywhere in content/. */
export function handWrittenSlugs(folder = contentDir(root)): Set<string> {
  return new Set(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
      .map((e) => e.name.slice(0, -'.mdx'.length)),
  );
}
