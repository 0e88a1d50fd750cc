/**
 * Link checking over a built site, without a server or network: every internal link and
 * `#fragment` must land on a built file and, for a fragment, on an element with that id.
 * External links are collected for a report, never fetched.
 */

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
const URL_ATTRIBUTE = /\s(?:href|src|action|data-url)="([^"]*)"/g;
const SOCIAL_URL = /<meta\s[^>]*?(?:property|name)="(?:og:url|og:image|twitter:image)"[^>]*>/g;
const ID = /\s(?:id|name)="([^"]+)"/g;
const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'javascript:', 'blob:']);
// Any origin works as a base: only its path and fragment are read back.
const BASE = 'http://site.invalid';

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The public path of a built file: "/faq/index.html" → "/faq/", "/404.html" stays. */
export function publicPath(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Every URL a page links to or loads, as written (entities decoded), in document order. */
export function linksIn(html: string): string[] {
  const social = [...html.matchAll(SOCIAL_URL)].map(
    (m) => /\scontent="([^"]*)"/.exec(m[0])?.[1] ?? '',
  );
  return [...[...html.matchAll(URL_ATTRIBUTE)].map((m) => m[1] ?? ''), ...social]
    .map(decodeEntities)
    .filter(Boolean);
}

/** Every id (and legacy `<a name>`) in a page: the fragments a link may point at. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
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
  const ids = new Map(pages.map((p) => [p.file, idsIn(p.html)]));
  const origin = new URL(siteOrigin).origin;
  const broken: BrokenLink[] = [];
  const external = new Map<string, string[]>();
  let checked = 0;

  for (const { file, html } of pages) {
    const page = publicPath(file);
    for (const href of new Set(linksIn(html))) {
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
