// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';

// The deployed origin; set SITE_URL when deploying elsewhere (see README).
const site = process.env.SITE_URL ?? 'https://python-vs-node.example';

export default defineConfig({
  site,
  // Build tests and the scale benchmark build into scratch folders so they never touch dist/.
  outDir: process.env.PVN_OUT_DIR ?? './dist',
  cacheDir: process.env.PVN_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Two entries or routes with one URL fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // Scoped styles of components used inside MDX would otherwise be inlined without a CSP hash.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Built-in GFM is switched off so that remark-gfm is the one implementation in use.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
    // Prism emits classes, not inline styles, so highlighted code passes the CSP.
    syntaxHighlight: 'prism',
  },
  security: {
    // Hashes for every script and style Astro emits, plus a closed default for everything else.
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
});
