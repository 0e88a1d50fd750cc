/**
 * Checks the built site against the committed URL contract (e2e/url-contract.txt), or with
 * --write records the current pages and anchors as the new contract.
 *   node src/tools/url-contract.ts [--write]
 */
import { writeFileSync } from 'node:fs';
import { contractLines } from './contract.ts';
import { brokenContractLines, builtPages, contractFile, redirects } from './dist.ts';

if (process.argv.includes('--write')) {
  const lines = contractLines(builtPages().filter((p) => !(p.path in redirects())));
  writeFileSync(contractFile, `${lines.join('\n')}\n`);
  console.log(`Wrote ${lines.length} URLs and anchors to e2e/url-contract.txt`);
} else {
  const broken = brokenContractLines();
  for (const line of broken) console.error(`broken: ${line}`);
  process.exit(broken.length ? 1 : 0);
}
