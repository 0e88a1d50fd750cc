import { describe, expect, test } from 'vitest';
import { parseOpenLoop, parseWrk } from './parse.ts';

const HEALTHY = `Running 5s test @ http://127.0.0.1:8101/json
  1 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.41ms  612.30us  19.87ms   88.12%
    Req/Sec    26.71k     1.02k   28.33k    72.00%
  Latency Distribution
     50%    2.30ms
     75%    2.64ms
     90%    3.02ms
     99%    4.51ms
  132874 requests in 5.00s, 19.26MB read
Requests/sec:  26561.44
Transfer/sec:      3.85MB
`;

const FAILING = `Running 5s test @ http://127.0.0.1:8102/updates?queries=20
  1 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    41.07ms   12.55ms 160.02ms   71.40%
    Req/Sec     1.55k   210.44     1.90k    64.00%
  Latency Distribution
     50%  402.00us
     75%   47.19ms
     90%   56.80ms
     99%   88.31ms
  7731 requests in 5.01s, 1.43MB read
  Socket errors: connect 2, read 5, write 0, timeout 11
  Non-2xx or 3xx responses: 120
Requests/sec:   1543.11
Transfer/sec:    292.06KB
`;

const SLOW = `Running 1m test @ http://127.0.0.1:8103/slow
  1 threads and 256 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.53s   201.44ms   2.10s    68.00%
    Req/Sec   170.20     30.11   220.00     70.00%
  Latency Distribution
     50%    1.50s 
     75%    1.62s 
     90%    1.81s 
     99%    2.04s 
  10044 requests in 1.00m, 1.42MB read
Requests/sec:    167.36
Transfer/sec:     24.27KB
`;

describe('parseWrk', () => {
  test('reads throughput, run length and the latency distribution in milliseconds', () => {
    expect(parseWrk(HEALTHY)).toEqual({
      requests: 132_874,
      seconds: 5,
      rps: 26_561.44,
      errors: 0,
      latencyMs: { p50: 2.3, p75: 2.64, p90: 3.02, p99: 4.51 },
    });
  });

  test('sums socket errors and non-2xx replies, and converts microseconds', () => {
    const result = parseWrk(FAILING);
    expect(result.errors).toBe(2 + 5 + 0 + 11 + 120);
    expect(result.latencyMs.p50).toBeCloseTo(0.402, 6);
    expect(result.seconds).toBe(5.01);
  });

  test('converts seconds and a run length printed in minutes', () => {
    const result = parseWrk(SLOW);
    expect(result.latencyMs).toEqual({ p50: 1500, p75: 1620, p90: 1810, p99: 2040 });
    expect(result.seconds).toBe(60);
    expect(result.rps).toBe(167.36);
  });

  test.each([
    ['empty output', '', 'wrk printed no Requests/sec line'],
    [
      'a refused connection',
      'unable to connect to 127.0.0.1:8104 Connection refused\n',
      'wrk printed no Requests/sec line (it printed "unable to connect to 127.0.0.1:8104 Connection refused")',
    ],
    [
      'a run without --latency',
      HEALTHY.replace(/ {2}Latency Distribution[\s\S]*?(?= {2}\d+ requests)/, ''),
      'wrk printed no Latency Distribution (run it with --latency)',
    ],
  ])('throws on %s, saying what is missing', (_, stdout, message) => {
    expect(() => parseWrk(stdout)).toThrow(message);
  });
});

/** The shape of loadtest 8.2.1's result, as `JSON.stringify(await loadTest(options))` prints it. */
function loadtestResult(
  histogramMs: Record<string, number>,
  extra: Record<string, unknown> = {},
): string {
  const totalRequests = Object.values(histogramMs).reduce((a, b) => a + b, 0);
  return JSON.stringify({
    url: 'http://127.0.0.1:8101/db',
    maxRequests: null,
    maxSeconds: 10,
    concurrency: 10,
    agent: 'keepalive',
    requestsPerSecond: 500,
    clients: 9,
    startTimeMs: 494_287,
    stopTimeMs: 504_290,
    elapsedSeconds: 10.003,
    totalRequests,
    totalErrors: 0,
    totalTimeSeconds: 10.003,
    accumulatedMs: 5210,
    maxLatencyMs: 48,
    minLatencyMs: 0,
    errorCodes: {},
    histogramMs,
    meanLatencyMs: 1.04,
    effectiveRps: 500,
    rps: 500,
    percentiles: { 50: 1, 90: 2, 95: 3, 99: 12 },
    instanceIndex: 0,
    ...extra,
  });
}

describe('parseOpenLoop', () => {
  test('reads the offered rate, replies, errors and nearest-rank percentiles of the histogram', () => {
    const json = loadtestResult(
      { '0': 2600, '1': 1800, '2': 500, '3': 40, '12': 50, '48': 10 },
      { totalErrors: 7, errorCodes: { '-1': 7 } },
    );
    expect(parseOpenLoop(json)).toEqual({
      rate: 500,
      requests: 5000,
      errors: 7,
      latencyMs: { p50: 0, p90: 2, p99: 12 },
    });
  });

  test("does not take loadtest's own percentiles, which skip a 0 ms bucket", () => {
    const json = loadtestResult(
      { '0': 318, '1': 166, '2': 28 },
      { percentiles: { 50: 1, 90: 2, 99: 2 } },
    );
    expect(parseOpenLoop(json).latencyMs.p50).toBe(0);
  });

  test('puts a percentile at the bucket that holds its rank', () => {
    const json = loadtestResult({ '200': 48, '201': 75, '202': 36, '208': 18, '315': 1 });
    expect(parseOpenLoop(json).latencyMs).toEqual({ p50: 201, p90: 208, p99: 208 });
  });

  test.each([
    ['empty output', '', 'loadtest printed no JSON result'],
    ['a result with no replies', loadtestResult({}), 'loadtest measured no replies'],
    ['JSON that is not a result', '[1, 2]', 'loadtest printed JSON that is not a result object'],
    [
      'a result without the offered rate',
      loadtestResult({ '1': 10 }, { requestsPerSecond: null }),
      "loadtest's result has no requestsPerSecond (found null)",
    ],
  ])('throws on %s', (_, json, message) => {
    expect(() => parseOpenLoop(json)).toThrow(message);
  });
});
