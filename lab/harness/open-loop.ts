/**
 * Latency at a fixed arrival rate: the npm package loadtest in its requests-per-second mode,
 * which sends on a timer whatever the replies (open loop), so a slow server's queueing shows in
 * the percentiles instead of slowing the generator down (coordinated omission). It runs as its
 * own process pinned to the load CPUs; see open-loop-client.ts.
 */
import { createRequire } from 'node:module';
import { parseOpenLoop, type OpenLoopResult } from './parse.ts';
import { LabError, pinned, runAsync } from './system.ts';

const version = (createRequire(import.meta.url)('loadtest/package.json') as { version: string })
  .version;

/** The generator's name and exact version, recorded in every result file. */
export const OPEN_LOOP: { name: string; version: string } | null = { name: 'loadtest', version };

/** One open-loop run of `seconds` at `rate` requests per second against one path. */
export async function openLoop(options: {
  cpus: string;
  port: number;
  path: string;
  rate: number;
  seconds: number;
}): Promise<OpenLoopResult> {
  const url = `http://127.0.0.1:${options.port}${options.path}`;
  const script = new URL('./open-loop-client.ts', import.meta.url).pathname;
  const [cmd, args] = pinned(options.cpus, process.execPath, [
    script,
    url,
    String(options.rate),
    String(options.seconds),
  ]);
  const { code, stdout, stderr } = await runAsync(cmd, args, {
    timeoutMs: (options.seconds + 30) * 1000,
  });
  if (code !== 0) {
    throw new LabError(`loadtest on ${url} exited with ${code}: ${stderr.trim().slice(-300)}`);
  }
  return parseOpenLoop(stdout);
}
