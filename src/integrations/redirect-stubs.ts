import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../tools/dist.ts';

// Astro's redirect template (astro/dist/core/routing/3xx.js) writes content="0;url=…". Browsers
// follow it, but HTML's authoring rules want a space after the semicolon, and the W3C validator
// rejects the page: https://github.com/validator/validator/issues/1216.
const REFRESH_WITHOUT_SPACE = /(<meta http-equiv="refresh" content="\d+);url=/g;

/** A page's markup with every refresh value spaced as HTML's authoring rules want. */
export function spaceRefresh(html: string): string {
  return html.replace(REFRESH_WITHOUT_SPACE, '$1; url=');
}

/**
 * Makes the redirect stubs Astro writes for `redirects` valid HTML, after every production build.
 * Every built page is scanned, so stubs of dynamic or future redirect routes are fixed too.
 */
export default function redirectStubs(): AstroIntegration {
  return {
    name: 'pvn:redirect-stubs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let fixed = 0;
        for (const file of htmlFiles(site)) {
          const path = join(site, file);
          const html = await readFile(path, 'utf8');
          const spaced = spaceRefresh(html);
          if (spaced === html) continue;
          await writeFile(path, spaced);
          fixed += 1;
        }
        logger.info(`Spaced the refresh value of ${fixed} redirect stub(s)`);
      },
    },
  };
}
