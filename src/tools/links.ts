/**
 * Link checking over a built site, without a server or network: every internal link and
 * `#fragment` must land on a built file and, for a fragment, on an element with that id.
 * External links are collected for a report, never fetched.
 */
import { publicPath } from './dist.ts';
import { attribute, elements, type Element } from './html.ts';

/** One built HTML file: its path inside the output folder ("/faq/index.html") and its markup. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** A link that does not resolve, with the page it is on. */
export interface BrokenLink {
  /** Public path of the page holding the link ("/faq/"). */
  page: string;
  /** The link as written in the markup. */
  href: string;
  /** Why it does not resolve. */
  reason: 'missing page' | 'missing fragment' | 'no trailing slash';
}

/** What a check found: broken internal links, and each external URL with the pages linking it. */
export interface LinkReport {
  checked: number;
  broken: BrokenLink[];
  external: Map<string, string[]>;
}

// Attributes that hold a URL a reader or the browser follows; data-url carries share links.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'data-url']);
// Social-card metadata whose content is a URL.
const SOCIAL_URLS = new Set(['og:url', 'og:image', 'twitter:image']);
const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'javascript:', 'blob:']);
// Any origin works as a base: only its path and fragment are read back.
const BASE = 'http://site.invalid';

/** Every URL the elements of a page link to or load, entities decoded, in document order. */
export function linksIn(page: readonly Element[]): string[] {
  const links = page.flatMap((e) =>
    e.attrs.filter((a) => URL_ATTRIBUTES.has(a.name) && !a.prefix).map((a) => a.value),
  );
  const social = page
    .filter((e) => e.tagName === 'meta')
    .filter((e) => SOCIAL_URLS.has(attribute(e, 'property') ?? attribute(e, 'name') ?? ''))
    .map((e) => attribute(e, 'content') ?? '');
  return [...links, ...social].filter(Boolean);
}

/** Every id (and legacy `<a name>`) among the elements of a page: where a fragment may point. */
export function idsIn(page: readonly Element[]): Set<string> {
  const ids = page.flatMap((e) => [
    attribute(e, 'id') ?? '',
    e.tagName === 'a' ? (attribute(e, 'name') ?? '') : '',
  ]);
  return new Set(ids.filter(Boolean));
}

/**
 * Checks every link in `pages` against the built files. `files` lists every file in the output
 * folder ("/favicon.svg", "/faq/index.html"); `siteOrigin` is the deployed origin, whose
 * absolute URLs (canonical, og:url) count as internal.
 */
export function checkLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  siteOrigin: string,
): LinkReport {
  // Each page is parsed once; only what the check needs is kept.
  const parsed = pages.map(({ file, html }) => {
    const page = elements(html);
    return { file, links: linksIn(page), ids: idsIn(page) };
  });
  const ids = new Map(parsed.map((p) => [p.file, p.ids]));
  const origin = new URL(siteOrigin).origin;
  const broken: BrokenLink[] = [];
  const external = new Map<string, string[]>();
  let checked = 0;

  for (const { file, links } of parsed) {
    const page = publicPath(file);
    for (const href of new Set(links)) {
      let url: URL;
      try {
        url = new URL(href, BASE + page);
      } catch {
        broken.push({ page, href, reason: 'missing page' });
        continue;
      }
      if (SKIPPED_SCHEMES.has(url.protocol)) continue;
      if (url.origin !== BASE && url.origin !== origin) {
        const key = url.href;
        external.set(key, [...(external.get(key) ?? []), page]);
        continue;
      }
      checked += 1;
      const path = decodeURIComponent(url.pathname);
      const target = path.endsWith('/') ? `${path}index.html` : path;
      if (!files.has(target)) {
        const reason = files.has(`${path}/index.html`) ? 'no trailing slash' : 'missing page';
        broken.push({ page, href, reason });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // "#" alone and "#top" scroll to the top of any page (HTML's indicated-part rules).
      if (!fragment || fragment === 'top') continue;
      if (!ids.get(target)?.has(fragment)) broken.push({ page, href, reason: 'missing fragment' });
    }
  }
  return { checked, broken, external };
}
