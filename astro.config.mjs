// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import noModulePreload from './src/integrations/no-module-preload.ts';
import pagefind from './src/integrations/pagefind.ts';
import redirectStubs from './src/integrations/redirect-stubs.ts';
import { siteWideChunk } from './src/integrations/site-wide-chunk.ts';
import { isEmbedPath } from './src/lib/embed.ts';
import { rehypeFocusableCode } from './src/markdown/focusable-code.ts';
import { remarkExplicitHeadingIds } from './src/markdown/heading-ids.ts';
import { contentDir } from './src/tools/content-dir.ts';
import { outDir, redirects, siteOrigin } from './src/tools/dist.ts';

const site = siteOrigin();

export default defineConfig({
  site,
  // Build tests and the scale benchmark build into scratch folders so they never touch dist/.
  outDir: outDir(),
  cacheDir: process.env.PVN_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Renamed or removed slugs keep their old links working; editors maintain content/redirects.yaml.
  redirects: { ...redirects() },
  // Two entries or routes with one URL fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  // Astro 7's default ('jsx') drops line-break whitespace next to elements, gluing words to links
  // in prose; 'true' compresses without changing the rendered text.
  compressHTML: true,
  build: {
    format: 'directory',
    // Scoped styles of components used inside MDX would otherwise be inlined without a CSP hash.
    inlineStylesheets: 'never',
  },
  vite: {
    // The header's script carries the element base class, so no page fetches it separately.
    plugins: [siteWideChunk()],
  },
  markdown: {
    // Built-in GFM is switched off so that remark-gfm is the one implementation in use.
    processor: unified({
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        // Headings in content take their ids from an explicit anchor, never from their wording.
        [remarkExplicitHeadingIds, { contentDir: contentDir() }],
      ],
      // Code blocks scroll sideways, so they must take keyboard focus (axe: scrollable-region-focusable).
      rehypePlugins: [rehypeFocusableCode],
    }),
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
  integrations: [
    mdx(),
    // Cards are for other sites' frames; their full pages are what search engines should list.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !isEmbedPath(page) }),
    // The one lazy import (search) needs no preload helper on every page.
    noModulePreload(),
    redirectStubs(),
    pagefind(),
  ],
});
