/**
 * Checks the built site against the committed URL contract (e2e/url-contract.txt), or with
 * --write records the current pages and anchors as the new contract.
 *   node src/tools/url-contract.ts [--write]
 */
import { writeFileSync } from 'node:fs';
import { anchorsIn, brokenLines, contractLines } from '../lib/contract.ts';
import { builtPages, contract, contractFile, redirects } from './dist.ts';

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
