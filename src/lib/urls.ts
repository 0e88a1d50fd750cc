/**
 * Every public URL on the site comes from here, so a route can only be renamed in one place.
 * Paths are lowercase, absolute and end in a slash (the site's `trailingSlash: 'always'`).
 */
import { SLUG } from './slug.ts';

/** Throws unless `slug` is lowercase-hyphenated, so no path is ever built from display text. */
export function assertSlug(slug: string): string {
  if (!SLUG.test(slug))
    throw new Error(`Not a valid slug: "${slug}" (use lowercase-hyphenated ids)`);
  return slug;
}

/** A fragment id for an anchor, derived from a slug and never from display text. */
export function anchorId(slug: string): string {
  return assertSlug(slug);
}

/** The fragment id of a fact's line in its row's table of facts (`fact-<id>`). */
export function factAnchorId(id: string): string {
  return anchorId(`fact-${id}`);
}

export const paths = {
  home: () => '/',
  compare: () => '/compare/',
  dimension: (slug: string) => `/compare/${assertSlug(slug)}/`,
  guides: () => '/guides/',
  guide: (slug: string) => `/guides/${assertSlug(slug)}/`,
  faqs: () => '/faq/',
  faq: (slug: string) => `/faq/${assertSlug(slug)}/`,
  faqAnchor: (slug: string) => `/faq/#${anchorId(slug)}`,
  claims: () => '/claims/',
  claim: (slug: string) => `/claims/#${anchorId(slug)}`,
  claimPage: (slug: string) => `/claims/${assertSlug(slug)}/`,
  useCases: () => '/use-cases/',
  useCase: (slug: string) => `/use-cases/#${anchorId(slug)}`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/#${anchorId(id)}`,
  about: () => '/about/',
  changelog: () => '/changelog/',
  changelogFeed: () => '/changelog/rss.xml',
  recommend: () => '/recommend/',
  search: () => '/search/',
  data: () => '/data/',
  dataFile: (name: 'dimensions' | 'faqs' | 'claims' | 'sources' | 'lab') => `/data/${name}.json`,
  lab: () => '/lab/',
  labScenario: (slug: string) => `/lab/${assertSlug(slug)}/`,
  /** A run's entry in the lab's list of runs; the anchor a run's bibliography entry links to. */
  labRun: (date: string) => `/lab/#${anchorId(`run-${date}`)}`,
} as const;

/**
 * A fact's line in its comparison row's table of facts, where a printed figure links to. Not in
 * `paths`: browser scripts ship that object whole, and only the build links to facts.
 */
export function factPath(row: string, id: string): string {
  return `${paths.dimension(row)}#${factAnchorId(id)}`;
}

/**
 * The deployed origin, `site` in astro.config.mjs (Astro passes it as `Astro.site` or a route's
 * `site`). Absolute URLs are built on it, so the build stops here when it is not set.
 */
export function siteUrl(site: URL | undefined): URL {
  if (!site) throw new Error('No site URL: set `site` in astro.config.mjs');
  return site;
}

/** Joins a site-relative path onto the deployed origin, for canonical and Open Graph URLs. */
export function absoluteUrl(path: string, site: URL | string): string {
  if (!path.startsWith('/')) throw new Error(`Expected a site-relative path, got "${path}"`);
  return new URL(path, site).href;
}

/**
 * Where a content file can be read (and a change proposed) in the public repository: its
 * path from the project root under the default branch, as GitHub, Gitea and Forgejo address it.
 */
export function repositoryFileUrl(repository: string, filePath: string): string {
  const path = filePath.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  if (path.startsWith('/') || path.split('/').includes('..')) {
    throw new Error(`Expected a path inside the project, got "${filePath}"`);
  }
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${repository.replace(/\/+$/, '')}/blob/main/${encoded}`;
}

/**
 * Breadcrumb trail for a path: each step's label comes from `labels` (keyed by path) so that
 * JSON-LD and the visible trail agree. The home page has no trail.
 */
export function breadcrumbTrail(
  path: string,
  labels: Readonly<Record<string, string>>,
): { href: string; label: string }[] {
  if (path === '/') return [];
  const parts = path.split('/').filter(Boolean);
  const trail = [{ href: '/', label: labels['/'] ?? 'Home' }];
  let href = '/';
  for (const part of parts) {
    href += `${part}/`;
    trail.push({ href, label: labels[href] ?? part });
  }
  return trail;
}

/** Path of the Open Graph image generated for a page path ('/compare/memory/' → '/og/compare-memory.png'). */
export function ogImagePath(path: string): string {
  const key = path.split('/').filter(Boolean).join('-') || 'home';
  return `/og/${key}.png`;
}
