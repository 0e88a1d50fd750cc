import { describe, expect, test } from 'vitest';
import {
  appLabel,
  barInputs,
  bestByLanguage,
  formatStat,
  latencyInputs,
  publishedRun,
  resolveMeasure,
  runSourceData,
  scenarioRows,
  type LabMeasure,
} from './lab';
import { labRunSchema, type LabRun, type Stat } from './lab-run';

const stat = (median: number, min = median * 0.9, max = median * 1.1): Stat => ({
  median,
  min,
  max,
  runs: [min, median, max],
});

const app = (id: string, language: 'python' | 'node', name: string) => ({
  id,
  dir: id,
  name,
  language,
  runtime: language === 'python' ? ('python' as const) : ('node24' as const),
  runtimeVersion: language === 'python' ? '3.11.7' : '24.21.0',
  framework: { name, version: '1.0.0' },
  server: { name: 'Server', version: '2.0.0' },
  workers: 1,
  status: 'measured' as const,
});

/** A small valid run: FastAPI and Fastify measured, Flask failed verification in json. */
function makeRun(mode: 'full' | 'quick' = 'full', date = '2026-12-01'): LabRun {
  const latency = {
    mode: 'closed-loop' as const,
    rate: 64,
    p50: stat(2),
    p90: stat(4),
    p99: stat(9),
  };
  return labRunSchema.parse({
    date,
    mode,
    startedAt: `${date}T10:00:00Z`,
    finishedAt: `${date}T12:00:00Z`,
    command: 'npm run lab',
    commit: 'abc',
    machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, kernel: '6.1', os: 'Debian 12' },
    placement: { serverCpus: '0', loadCpus: '1' },
    tools: { postgres: '15.14', wrk: '4.2.0', openLoop: null },
    python: { version: '3.11.7', implementation: 'CPython', freeThreaded: false },
    settings: {
      warmupSeconds: 2,
      durationSeconds: 5,
      repetitions: 3,
      connections: 64,
      slowConnections: 1000,
      latencyRateFraction: 0.5,
      latencySeconds: 5,
      websocketConnections: 10000,
    },
    apps: [
      app('fastapi', 'python', 'FastAPI'),
      app('fastify', 'node', 'Fastify'),
      { ...app('flask', 'python', 'Flask'), problems: ['json failed verification: bad body'] },
    ],
    results: [
      { scenario: 'json', app: 'fastapi', verified: true, throughput: stat(8000), latency },
      { scenario: 'json', app: 'fastify', verified: true, throughput: stat(22000), latency },
      { scenario: 'json', app: 'flask', verified: false, problems: ['bad body'] },
    ],
    startup: [
      { app: 'fastapi', ms: stat(900) },
      { app: 'fastify', ms: stat(230) },
    ],
    memory: [{ app: 'fastapi', processes: 1, idleMiB: stat(60), peakMiB: stat(80) }],
    websocket: [
      {
        app: 'fastify',
        connections: 10000,
        miBPer10k: stat(150),
        broadcastMs: { p50: stat(3), p99: stat(7) },
      },
    ],
  });
}

const measure = (ref: Partial<LabMeasure>): LabMeasure => ({
  run: '2026-12-01',
  scenario: 'json',
  app: 'fastify',
  metric: 'throughput',
  ...ref,
});

describe('publishedRun', () => {
  const runs = [
    { date: '2026-12-03', mode: 'quick' as const },
    { date: '2026-11-01', mode: 'full' as const },
    { date: '2026-10-01', mode: 'full' as const },
  ];

  test('shows the newest full run even when a quick run is newer', () => {
    expect(publishedRun(runs)).toEqual({ run: runs[1], quick: false });
  });

  test('falls back to the newest quick run, flagged, when no full run exists', () => {
    const quick = [
      { date: '2026-12-03', mode: 'quick' as const },
      { date: '2026-12-04', mode: 'quick' as const },
    ];
    expect(publishedRun(quick)).toEqual({ run: quick[1], quick: true });
  });

  test('shows nothing when there is no run', () => {
    expect(publishedRun([])).toBeUndefined();
  });
});

describe('resolveMeasure', () => {
  const run = makeRun();

  test('takes the median, the unit and the run date, with spread and placement in the note', () => {
    const resolved = resolveMeasure(run, measure({}), { json: 'JSON serialisation' });
    expect(resolved).toMatchObject({ value: 22000, unit: 'req/s', asOf: '2026-12-01' });
    expect('note' in resolved && resolved.note).toBe(
      'Fastify: median of 3 repetitions in the lab run of 2026-12-01 (JSON serialisation); ' +
        'min–max 19,800–24,200 req/s; server and load generator pinned to separate cores ' +
        '(server CPUs 0, load CPUs 1).',
    );
  });

  test('gives the ratio of two medians in × with vs, noting both spreads', () => {
    const resolved = resolveMeasure(run, measure({ vs: 'fastapi' }));
    expect(resolved).toMatchObject({ value: 2.75, unit: '×' });
    expect('note' in resolved && resolved.note).toMatch(
      /Fastify ÷ FastAPI.*FastAPI min–max 7,200–8,800 req\/s/,
    );
  });

  test.each([
    [{ metric: 'p99' as const }, { value: 9, unit: 'ms' }],
    [
      { scenario: 'startup' as const, metric: 'startup' as const },
      { value: 230, unit: 'ms' },
    ],
    [
      { scenario: 'memory' as const, app: 'fastapi', metric: 'idle-memory' as const },
      { value: 60, unit: 'MiB' },
    ],
    [
      { scenario: 'websocket' as const, metric: 'ws-broadcast-p99' as const },
      { value: 7, unit: 'ms' },
    ],
    [
      { scenario: 'websocket' as const, metric: 'ws-memory' as const },
      { value: 150, unit: 'MiB per 10,000 connections' },
    ],
  ])('reads %o from the right part of the run', (ref, expected) => {
    expect(resolveMeasure(run, measure(ref))).toMatchObject(expected);
  });

  test('names the app field and the apps the run has when the app is missing', () => {
    expect(resolveMeasure(run, measure({ app: 'nope' }))).toEqual({
      field: 'app',
      message: 'run 2026-12-01 has no app "nope" (it has fastapi, fastify, flask)',
    });
  });

  test('names the vs field when the app compared against is missing', () => {
    expect(resolveMeasure(run, measure({ vs: 'nope' }))).toMatchObject({ field: 'vs' });
  });

  test('refuses a cell the run did not measure or verify', () => {
    expect(resolveMeasure(run, measure({ app: 'flask' }))).toMatchObject({
      field: 'app',
      message: 'run 2026-12-01 has no measured throughput for app "flask" in scenario "json"',
    });
    expect(resolveMeasure(run, measure({ scenario: 'db' }))).toMatchObject({ field: 'app' });
    expect(
      resolveMeasure(run, measure({ scenario: 'memory', metric: 'idle-memory' })),
    ).toMatchObject({
      field: 'app',
    });
  });

  test('refuses a metric that does not belong to the scenario', () => {
    expect(
      resolveMeasure(run, measure({ scenario: 'startup', metric: 'throughput' })),
    ).toMatchObject({
      field: 'metric',
    });
  });

  test('refuses quick runs, whose figures are not publishable', () => {
    expect(resolveMeasure(makeRun('quick'), measure({}))).toMatchObject({ field: 'run' });
  });
});

describe('page data', () => {
  const run = makeRun();

  test('lists Python apps before Node.js apps, keeping apps that failed', () => {
    expect(scenarioRows(run, 'json').map((r) => r.app.id)).toEqual(['fastapi', 'flask', 'fastify']);
  });

  test('draws only measured, verified cells', () => {
    expect(barInputs(run, 'json', 'throughput').map((b) => b.key)).toEqual(['fastapi', 'fastify']);
    expect(latencyInputs(run, 'json')[0]?.points.map((p) => p.value)).toEqual([2, 4, 9]);
  });

  test('finds the best app of each runtime, by the direction that is better', () => {
    expect(bestByLanguage(run, 'json').node?.app.id).toBe('fastify');
    expect(bestByLanguage(run, 'startup').python?.median).toBe(900);
  });

  test('prints a median with its spread', () => {
    expect(formatStat(stat(1000, 950, 1100), 0)).toBe('1,000 [950–1,100]');
    expect(formatStat(undefined, 0)).toBe('—');
  });

  test('adds the runtime to an app name that does not say it', () => {
    expect(appLabel({ name: 'Hono', language: 'node' })).toBe('Hono (Node.js)');
    expect(appLabel({ name: 'Fastify on Node.js 22', language: 'node' })).toBe(
      'Fastify on Node.js 22',
    );
  });
});

describe('runSourceData', () => {
  test('describes a run as a measurement published on its date, placement included', () => {
    const data = runSourceData(makeRun('quick'), 'Python vs Node.js', '/lab/#run-2026-12-01');
    expect(data).toMatchObject({
      title: 'Benchmark lab run of 2026-12-01 (quick run, not publishable)',
      kind: 'measurement',
      url: '/lab/#run-2026-12-01',
    });
    expect(data.published.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(data.summary).toMatch(/server pinned to CPUs 0 and load generator to CPUs 1/);
  });
});
