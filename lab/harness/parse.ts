/**
 * Parsers for the load generators' output: wrk 4.1's text report (closed loop, throughput) and
 * the JSON result of loadtest's `requestsPerSecond` mode (open loop, latency at a fixed rate).
 */

/** What one wrk run measured. */
export interface WrkResult {
  /** Replies counted by wrk, whatever their status. */
  requests: number;
  /** Length of the run as wrk timed it. */
  seconds: number;
  /** wrk's "Requests/sec". */
  rps: number;
  /** Non-2xx/3xx replies plus socket errors (connect, read, write, timeout). */
  errors: number;
  latencyMs: { p50: number; p75: number; p90: number; p99: number };
}

// wrk prints times with the unit it picked: us, ms and s below a second, then s, m and h.
const MS_PER_UNIT: Record<string, number> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};
const TIME = String.raw`(\d+(?:\.\d+)?)(us|ms|s|m|h)`;

function toMs(amount: string, unit: string): number {
  return Number(amount) * (MS_PER_UNIT[unit] ?? Number.NaN);
}

/**
 * Reads the report of `wrk --latency`. Throws, saying what was missing, when wrk printed no
 * usable report (it could not connect, or ran without `--latency`).
 */
export function parseWrk(stdout: string): WrkResult {
  const rps = /^Requests\/sec:\s+(\d+(?:\.\d+)?)\s*$/m.exec(stdout);
  if (!rps) {
    const first = stdout.trim().split('\n')[0];
    throw new Error(`wrk printed no Requests/sec line${first ? ` (it printed "${first}")` : ''}`);
  }
  const total = new RegExp(String.raw`^\s*(\d+) requests in ${TIME},`, 'm').exec(stdout);
  if (!total) throw new Error('wrk printed no "N requests in T" line');
  const distribution = stdout.split(/^\s*Latency Distribution\s*$/m)[1];
  if (distribution === undefined) {
    throw new Error('wrk printed no Latency Distribution (run it with --latency)');
  }
  const percentile = (p: number): number => {
    const line = new RegExp(String.raw`^\s*${p}%\s+${TIME}\s*$`, 'm').exec(distribution);
    if (!line) throw new Error(`wrk printed no ${p}% latency`);
    return toMs(line[1] ?? '', line[2] ?? '');
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    stdout,
  );
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(stdout);
  const errors = [...(socket?.slice(1) ?? []), non2xx?.[1] ?? '0'].reduce(
    (sum, n) => sum + Number(n),
    0,
  );
  return {
    requests: Number(total[1]),
    seconds: toMs(total[2] ?? '', total[3] ?? '') / 1000,
    rps: Number(rps[1]),
    errors,
    latencyMs: {
      p50: percentile(50),
      p75: percentile(75),
      p90: percentile(90),
      p99: percentile(99),
    },
  };
}

/** What one open-loop run measured. */
export interface OpenLoopResult {
  /** Requests per second offered, whatever the replies. */
  rate: number;
  /** Replies received before the run stopped. */
  requests: number;
  /** Replies with status 400 or above plus connection errors and time-outs. */
  errors: number;
  /**
   * Percentiles of loadtest's latency histogram. loadtest keeps whole milliseconds, truncated
   * (lib/latency.js), so each figure is the lower edge of a 1 ms bucket: 0 means "under 1 ms".
   */
  latencyMs: { p50: number; p90: number; p99: number };
}

/** Nearest-rank percentile over a histogram of whole-millisecond buckets. */
function histogramPercentile(
  buckets: [ms: number, count: number][],
  total: number,
  p: number,
): number {
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [ms, count] of buckets) {
    seen += count;
    if (seen >= rank) return ms;
  }
  return buckets.at(-1)?.[0] ?? 0;
}

function field(result: Record<string, unknown>, name: string): number {
  const value = result[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`loadtest's result has no ${name} (found ${JSON.stringify(value)})`);
  }
  return value;
}

/**
 * Reads the JSON of the result that loadtest 8's `loadTest({ requestsPerSecond, … })` resolves
 * to. The percentiles are computed here from `histogramMs`, not taken from the result's own
 * `percentiles`: loadtest treats a 0 ms percentile as unset and overwrites it with the next
 * bucket (lib/result.js, computePercentiles).
 */
export function parseOpenLoop(json: string): OpenLoopResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`loadtest printed no JSON result (it printed "${json.trim().slice(0, 80)}")`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('loadtest printed JSON that is not a result object');
  }
  const result = parsed as Record<string, unknown>;
  const histogram = result['histogramMs'];
  if (typeof histogram !== 'object' || histogram === null)
    throw new Error("loadtest's result has no histogramMs");
  const buckets = Object.entries(histogram)
    .map(([ms, count]): [number, number] => [Number(ms), Number(count)])
    .filter(([ms, count]) => Number.isFinite(ms) && count > 0)
    .sort(([a], [b]) => a - b);
  const measured = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (measured === 0) throw new Error('loadtest measured no replies');
  return {
    rate: field(result, 'requestsPerSecond'),
    requests: field(result, 'totalRequests'),
    errors: field(result, 'totalErrors'),
    latencyMs: {
      p50: histogramPercentile(buckets, measured, 50),
      p90: histogramPercentile(buckets, measured, 90),
      p99: histogramPercentile(buckets, measured, 99),
    },
  };
}
