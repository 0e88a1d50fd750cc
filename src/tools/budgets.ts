/**
 * Every performance budget of the site, in one place. Bytes are gzip (level 6). Checked by
 * `node src/tools/bench.ts` (npm run bench) against a production build.
 */
import type { Budgets } from './page-weight.ts';

export const BUDGETS: Budgets = {
  // Every page runs the header's search button, menu and theme control and the theme's pre-paint
  // script (inline scripts included); nothing else is site-wide.
  siteWideJs: 2 * 1024,
  // Each widget's own JavaScript (its entry plus the chunks only it imports).
  widgetJs: 6 * 1024,
  // All CSS the site ships, together.
  css: 8 * 1024,
  // The largest page of any kind.
  html: 60 * 1024,
  // An index whose entries have pages of their own (/faq/, /claims/, /compare/ …) lists them in
  // a line each and links on; it never carries every entry in full.
  indexHtml: 25 * 1024,
  // Page types with a widget: the home and compare tables, the FAQ filter, the recommender,
  // the search page and the guides' table of contents, plus the copy-link button (an inline script) on every page that lists
  // linkable items. Every other page must run the site-wide scripts only.
  widgetPageTypes: [
    'home',
    'compare',
    'faq',
    'recommend',
    'search',
    'claims',
    'claims/*',
    'compare/*',
    'faq/*',
    'guides/*',
    'sources',
    'use-cases',
  ],
  // An embeddable card (/embed/…), everything it transfers: it sits inside other people's pages,
  // so it must cost their readers next to nothing, and it runs no script at all.
  card: 10 * 1024,
};

/**
 * Build scale: the build time per page at 100× the content may be at most this multiple of the
 * time per page at 1×. Fixed costs (Vite bundling, Pagefind start-up) shrink per page as the
 * site grows, so anything above 1× means a cost that grows with site size — a page that renders
 * every entry of a collection, or a query that walks all entries for each page. Measured
 * ratios and the reason for this figure are in the report of `npm run bench -- --scale`.
 */
export const SCALE_MAX_PER_PAGE_RATIO = 1.5;
