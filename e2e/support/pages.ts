import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path listed in the built sitemap, so page-level checks cover the whole site. */
export function sitemapPaths(): string[] {
  const dist = process.env['PVN_OUT_DIR'] ?? new URL('../../dist', import.meta.url).pathname;
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}
