/**
 * The load generators, each run pinned to the load CPUs: wrk for saturation throughput (closed
 * loop), the open-loop generator for latency at a fixed arrival rate, and the WebSocket client.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseWrk } from './parse.ts';
import { LabError, pinned, runAsync } from './system.ts';

export interface WrkResult {
  rps: number;
  errors: number;
  latencyMs: { p50: number; p90: number; p99: number };
}

/** One wrk run; throws a LabError naming the target when wrk fails or prints nothing useful. */
export async function wrk(options: {
  cpus: string;
  port: number;
  path: string;
  connections: number;
  seconds: number;
}): Promise<WrkResult> {
  const url = `http://127.0.0.1:${options.port}${options.path}`;
  const [cmd, args] = pinned(options.cpus, 'wrk', [
    '-t1',
    `-c${options.connections}`,
    `-d${Math.max(1, Math.round(options.seconds))}s`,
    '--timeout',
    '10s',
    '--latency',
    url,
  ]);
  const { code, stdout, stderr } = await runAsync(cmd, args, {
    timeoutMs: (options.seconds + 30) * 1000,
  });
  if (code !== 0)
    throw new LabError(`wrk on ${url} exited with ${code}: ${stderr.trim() || stdout.trim()}`);
  const parsed = parseWrk(stdout);
  return { rps: parsed.rps, errors: parsed.errors, latencyMs: parsed.latencyMs };
}

export interface WsResult {
  connected: number;
  /** Percentiles of every client's delivery time over every broadcast, in ms. */
  p50: number;
  p99: number;
}

/**
 * Opens `connections` idle WebSockets from a pinned client process, calls `measure` once they
 * are all open (the harness reads the server's memory then), and returns the broadcast timings.
 */
export async function websocket(options: {
  cpus: string;
  port: number;
  connections: number;
  broadcasts: number;
  node: string;
  measure: () => Promise<void>;
}): Promise<WsResult> {
  const script = new URL('./ws-client.ts', import.meta.url).pathname;
  const [cmd, args] = pinned(options.cpus, options.node, [
    script,
    `ws://127.0.0.1:${options.port}/ws`,
    String(options.connections),
    String(options.broadcasts),
  ]);
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  let last = '';
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    if (line.startsWith('connected ')) {
      await options.measure();
      child.stdin.write('go\n');
    } else if (line.trim()) {
      last = line;
    }
  }
  const code = await closed;
  if (code !== 0 || !last.startsWith('{')) {
    throw new LabError(
      `the WebSocket client exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ') || 'no output'}`,
    );
  }
  return JSON.parse(last) as WsResult;
}
