import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { parseSearchTerms } from '../lib/search/terms.ts';
import { buildVocabulary, indexedText, serveVocabulary } from '../lib/search/vocabulary.ts';
import { contentDir } from '../tools/content-dir.ts';
import { htmlFiles } from '../tools/dist.ts';

/**
 * Indexes the built site with Pagefind after every production build, writing into dist/pagefind,
 * and writes the vocabulary of the indexed text, with the search terms of content/search/, to
 * dist/pagefind/vocabulary.json for typo correction and synonyms (Pagefind itself has neither).
 * A malformed terms file fails the build, naming the file and the group.
 * Nothing is written into public/: the index is build output and is rebuilt with the site.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pvn:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The search's own terms (compound spellings, synonyms), kept as content.
        const termsFile = join(contentDir(), 'search/terms.yaml');
        const terms = parseSearchTerms(
          parse(await readFile(termsFile, 'utf8')),
          relative(process.cwd(), termsFile),
        );
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length)
          throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length)
          throw new Error(`Pagefind write failed: ${written.errors.join('; ')}`);
        await pagefind.close();

        const pages = await Promise.all(
          htmlFiles(site).map(async (file) =>
            indexedText(await readFile(join(site, file), 'utf8')),
          ),
        );
        const vocabulary = buildVocabulary(pages);
        await writeFile(`${site}pagefind/vocabulary.json`, serveVocabulary(vocabulary, terms));
        logger.info(
          `Pagefind indexed ${added.page_count} pages; vocabulary of ${Object.keys(vocabulary).length} words`,
        );
      },
    },
  };
}
