/**
 * A small lab run for tests, shaped like the JSON files in content/lab/runs/: the apps given,
 * measured (or failed) in the JSON scenario, with start-up, memory and WebSocket figures where
 * given. The unit tests parse it; the build fixture writes it as a run file.
 */

/** A measured statistic of three repetitions around `median`, 10 % either side unless given. */
export const stat = (median: number, min = median * 0.9, max = median * 1.1) => ({
  median,
  min,
  max,
  runs: [min, median, max],
});

/** One app of the run and its figures; an app without a throughput failed verification. */
export interface SampleApp {
  id: string;
  name: string;
  language: 'python' | 'node';
  /** Requests per second in the JSON scenario (median); none when the app failed there. */
  throughput?: number;
  /** Why the app failed verification in the JSON scenario. */
  failed?: string;
  startupMs?: number;
  memoryMiB?: { idle: number; peak: number };
  websocket?: { miBPer10k: number; broadcastP50: number; broadcastP99: number };
}

const failure = (app: SampleApp) => app.failed ?? 'bad body';

/** A lab run of `apps` on `date`, as the unparsed data of a run file. */
export function sampleLabRun(
  apps: readonly SampleApp[],
  { date = '2026-11-01', mode = 'full' }: { date?: string; mode?: 'full' | 'quick' } = {},
) {
  const latency = { mode: 'closed-loop', rate: 64, p50: stat(2), p90: stat(4), p99: stat(9) };
  return {
    date,
    mode,
    startedAt: `${date}T10:00:00Z`,
    finishedAt: `${date}T12:00:00Z`,
    command: 'npm run lab',
    commit: 'abc',
    machine: { cpu: 'Example CPU', cores: 2, memoryGiB: 8, kernel: '6.1', os: 'Example OS' },
    placement: { serverCpus: '0', loadCpus: '1' },
    tools: { postgres: '15.0', wrk: '4.2.0', openLoop: null },
    python: { version: '3.11.7', implementation: 'CPython', freeThreaded: false },
    settings: {
      warmupSeconds: 1,
      durationSeconds: 5,
      repetitions: 3,
      connections: 64,
      slowConnections: 1000,
      latencyRateFraction: 0.5,
      latencySeconds: 5,
      websocketConnections: 10000,
    },
    apps: apps.map((a) => ({
      id: a.id,
      dir: a.id,
      name: a.name,
      language: a.language,
      runtime: a.language === 'python' ? 'python' : 'node24',
      runtimeVersion: a.language === 'python' ? '3.11.7' : '24.21.0',
      framework: { name: a.name, version: '1.0.0' },
      server: { name: 'Server', version: '2.0.0' },
      workers: 1,
      status: 'measured',
      problems: a.throughput === undefined ? [`json failed verification: ${failure(a)}`] : [],
    })),
    results: apps.map((a) =>
      a.throughput === undefined
        ? { scenario: 'json', app: a.id, verified: false, problems: [failure(a)] }
        : {
            scenario: 'json',
            app: a.id,
            verified: true,
            throughput: stat(a.throughput),
            latency,
            errors: 0,
          },
    ),
    startup: apps.flatMap((a) =>
      a.startupMs === undefined ? [] : [{ app: a.id, ms: stat(a.startupMs) }],
    ),
    memory: apps.flatMap((a) =>
      a.memoryMiB
        ? [
            {
              app: a.id,
              processes: 1,
              idleMiB: stat(a.memoryMiB.idle),
              peakMiB: stat(a.memoryMiB.peak),
            },
          ]
        : [],
    ),
    websocket: apps.flatMap((a) =>
      a.websocket
        ? [
            {
              app: a.id,
              connections: 10000,
              miBPer10k: stat(a.websocket.miBPer10k),
              broadcastMs: {
                p50: stat(a.websocket.broadcastP50),
                p99: stat(a.websocket.broadcastP99),
              },
            },
          ]
        : [],
    ),
  };
}
