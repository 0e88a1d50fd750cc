import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', siteUrl(site)).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
