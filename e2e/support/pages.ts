import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap, so page-level checks cover the whole site. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}
