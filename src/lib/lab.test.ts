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
import { sampleLabRun, stat } from '../testing/sample-lab-run';
import { labRunSchema, type LabRun } from './lab-run';

/** A small valid run: FastAPI and Fastify measured, Flask failed verification in json. */
const makeRun = (mode: 'full' | 'quick' = 'full'): LabRun =>
  labRunSchema.parse(
    sampleLabRun(
      [
        {
          id: 'fastapi',
          name: 'FastAPI',
          language: 'python',
          throughput: 8000,
          startupMs: 900,
          memoryMiB: { idle: 60, peak: 80 },
        },
        {
          id: 'fastify',
          name: 'Fastify',
          language: 'node',
          throughput: 22000,
          startupMs: 230,
          websocket: { miBPer10k: 150, broadcastP50: 3, broadcastP99: 7 },
        },
        { id: 'flask', name: 'Flask', language: 'python', failed: 'bad body' },
      ],
      { date: '2026-12-01', mode },
    ),
  );

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
