/**
 * Checks the built site against the committed URL contract (e2e/url-contract.txt), or with
 * --write records the current pages and anchors as the new contract.
 *   node src/tools/url-contract.ts [--write]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { anchorsIn, brokenLines, contractLines } from '../lib/contract.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = process.env['PVN_OUT_DIR'] ?? join(root, 'dist');
const contractFile = join(root, 'e2e/url-contract.txt');

/** Every built HTML page as its public path and markup. */
export function builtPages(dir = dist): { path: string; html: string }[] {
  const pages: { path: string; html: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const path = `/${relative(dir, folder)}/`.replace(/\/+/g, '/');
        pages.push({ path, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return pages;
}

/** The redirects editors keep in content/redirects.yaml. */
export function redirects(): Record<string, string> {
  return parse(readFileSync(join(root, 'content/redirects.yaml'), 'utf8')) ?? {};
}

/** The committed contract lines. */
export function contract(): string[] {
  return readFileSync(contractFile, 'utf8').split('\n').filter(Boolean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = builtPages().filter((p) => !(p.path in redirects()));
  if (process.argv.includes('--write')) {
    const lines = contractLines(pages);
    writeFileSync(contractFile, `${lines.join('\n')}\n`);
    console.log(`Wrote ${lines.length} URLs and anchors to e2e/url-contract.txt`);
  } else {
    const built = new Map(pages.map((p) => [p.path, new Set(anchorsIn(p.html))]));
    const broken = brokenLines(contract(), built, redirects());
    for (const line of broken) console.error(`broken: ${line}`);
    process.exit(broken.length ? 1 : 0);
  }
}
