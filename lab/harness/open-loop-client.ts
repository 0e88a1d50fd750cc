/**
 * `node open-loop-client.ts <url> <rate> <seconds>`: one loadtest run in requests-per-second
 * mode with keep-alive connections, printing loadtest's result as one JSON line.
 */
import { loadTest } from 'loadtest';

const [url = '', rate = '100', seconds = '5'] = process.argv.slice(2);
// loadtest 8 returns a promise when no callback is given; its bundled types predate that.
const run = loadTest as unknown as (options: Record<string, unknown>) => Promise<unknown>;
const result = await run({
  url,
  requestsPerSecond: Number(rate),
  maxSeconds: Number(seconds),
  agentKeepAlive: true,
  quiet: true,
});
process.stdout.write(`${JSON.stringify(result)}\n`);
