/**
 * Prints the freshness report (src/lib/freshness.ts) straight from the content files, without
 * building: old figures about things that change, scheduled dates that have passed, sources not
 * read for a year, rows past their review. The build prints the same report as warnings.
 *   npm run freshness                    (today)
 *   npm run freshness -- --now 2027-06-01 (as it will read on that day)
 * Exits 0: staleness is work to schedule, not a broken build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  formatFinding,
  freshnessInput,
  freshnessReport,
  RULES,
  type RowEntry,
  type SourceEntry,
} from '../lib/freshness.ts';
import { contentDir } from './content-dir.ts';
import { root } from './dist.ts';

const { values } = parseArgs({ options: { now: { type: 'string' } } });
const now = values.now ? new Date(`${values.now}T00:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be a date written YYYY-MM-DD, not "${values.now}"`);
  process.exit(2);
}

const content = contentDir(root);

/** Every YAML file of a content folder, parsed, with its path as editors see it. */
function entries<T>(folder: string) {
  const dir = join(content, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.yaml'.length),
      filePath: `content/${folder}/${name}`,
      data: parse(readFileSync(join(dir, name), 'utf8')) as T,
    }));
}

const findings = freshnessReport(
  freshnessInput(entries<RowEntry['data']>('dimensions'), entries<SourceEntry['data']>('sources')),
  now,
);

console.log(`Freshness on ${now.toISOString().slice(0, 10)}: ${findings.length} finding(s)`);
for (const rule of RULES) {
  const found = findings.filter((f) => f.rule === rule);
  if (found.length)
    console.log(`\n${rule} (${found.length})\n${found.map(formatFinding).join('\n')}`);
}
