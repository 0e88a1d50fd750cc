/**
 * The benchmark lab: `npm run lab [-- options]`. Installs what it needs, starts PostgreSQL and
 * every app pinned to the server CPUs, verifies each app per scenario, measures with the load
 * generators pinned to the other CPUs, and writes one validated result file atomically.
 *
 *   --quick                 seconds per cell, apps side by side (proves the harness works)
 *   --apps a,b              only these apps (ids as in lab/apps; fastify-node22 for the second line)
 *   --scenarios x,y         only these scenarios
 *   --server-cpus 0         CPU list for PostgreSQL and the apps (taskset syntax)
 *   --load-cpus 1           CPU list for the load generators
 *   --repetitions 3         interleaved repetitions
 *   --out FILE              where to write the result (default below)
 *
 * A full run of every app and scenario writes content/lab/runs/<date>.json; anything else writes
 * lab/.out/<date>-<mode>.json, so a partial or quick run never lands among published results.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  LAB_HTTP_SCENARIOS,
  labRunSchema,
  type LabRun,
  type LabScenario,
  type Stat,
} from '../../src/lib/lab-run.ts';
import { loadApps, startApp, workerCount, type AppSpec, type Running } from './apps.ts';
import { websocket, wrk } from './load.ts';
import { openLoop, OPEN_LOOP } from './open-loop.ts';
import { startPostgres, type Postgres } from './postgres.ts';
import { renderProgress } from './progress.ts';
import {
  APPS,
  LAB,
  ensureNodeApps,
  ensureTools,
  ensureVenv,
  findPython,
  labCommit,
  machine,
  nodeBinary,
  packageVersion,
  wrkVersion,
} from './setup.ts';
import { interleave, summarise } from './stats.ts';
import { freePort, get, LabError, sleep, stop, treeRss } from './system.ts';
import { verify, type Fortune } from './verify.ts';

type HttpScenario = (typeof LAB_HTTP_SCENARIOS)[number];

/** Request path of each HTTP scenario; queries and updates ask for 20 rows, as TechEmpower's charts do. */
const PATHS: Record<HttpScenario, string> = {
  plaintext: '/plaintext',
  json: '/json',
  db: '/db',
  queries: '/queries?queries=20',
  fortunes: '/fortunes',
  updates: '/updates?queries=20',
  slow: '/slow',
  'cpu-loop': '/cpu/loop',
  'cpu-native': '/cpu/native',
};
/** Scenarios whose latency is measured at a fixed rate (the rest report throughput only). */
const LATENCY_SCENARIOS: HttpScenario[] = ['json', 'db', 'slow'];

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    apps: { type: 'string' },
    scenarios: { type: 'string' },
    'server-cpus': { type: 'string' },
    'load-cpus': { type: 'string' },
    repetitions: { type: 'string' },
    out: { type: 'string' },
  },
  allowPositionals: false,
});

const quick = flags.quick ?? false;
const cores = cpus().length;
const settings = {
  warmupSeconds: 1,
  durationSeconds: quick ? 3 : 4,
  repetitions: Number(flags.repetitions ?? (quick ? 1 : 3)),
  // A quick run measures every app at once, so it opens fewer connections per app.
  connections: quick ? 8 : 64,
  slowConnections: quick ? 64 : 1000,
  latencyRateFraction: 0.5,
  latencySeconds: quick ? 2 : 4,
  websocketConnections: quick ? 200 : 10_000,
};
const placement = {
  serverCpus: flags['server-cpus'] ?? '0',
  loadCpus: flags['load-cpus'] ?? (cores > 1 ? '1' : '0'),
};
const serverCores = cpuCount(placement.serverCpus);

function cpuCount(list: string): number {
  return list.split(',').reduce((n, part) => {
    const [a = '0', b] = part.split('-');
    return n + (b === undefined ? 1 : Number(b) - Number(a) + 1);
  }, 0);
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = new Date();
  if (placement.serverCpus === placement.loadCpus) {
    log('Warning: server and load generator share CPUs; figures from this run are not comparable.');
  }
  ensureTools(log);
  const python = findPython();
  const venvPython = ensureVenv(python, log);
  ensureNodeApps(log);

  const allApps = loadApps();
  const apps = pick(allApps, flags.apps, (a) => a.id, 'app');
  const scenarios = pick(
    [...LAB_HTTP_SCENARIOS, 'websocket'] as LabScenario[],
    flags.scenarios,
    (s) => s,
    'scenario',
  );
  const httpScenarios = scenarios.filter((s): s is HttpScenario => s !== 'websocket');

  const pg = startPostgres(await freePort(), placement.serverCpus, join(LAB, 'db', 'schema.sql'));
  const running = new Map<string, Running>();
  const interrupted = async () => {
    log('\nInterrupted: stopping the apps and PostgreSQL; no result written.');
    await Promise.all([...running.values()].map((r) => stop(r.child)));
    pg.stop();
    process.exit(130);
  };
  process.once('SIGINT', () => void interrupted());
  process.once('SIGTERM', () => void interrupted());

  try {
    const run = await measure({
      apps,
      httpScenarios,
      withWebsocket: scenarios.includes('websocket'),
      pg,
      venvPython,
      running,
    });
    const finished = new Date();
    const result: LabRun = labRunSchema.parse({
      date: started.toISOString().slice(0, 10),
      mode: quick ? 'quick' : 'full',
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      command: [
        'npm run lab',
        ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
      ].join(' '),
      commit: labCommit(),
      machine: machine(),
      placement,
      tools: { postgres: pg.version, wrk: wrkVersion(), openLoop: OPEN_LOOP },
      python: {
        version: python.version,
        implementation: python.implementation,
        freeThreaded: python.freeThreaded,
      },
      settings,
      ...run,
    });
    const complete = !quick && !flags.apps && !flags.scenarios;
    const file =
      flags.out ??
      (complete
        ? join(LAB, '..', 'content', 'lab', 'runs', `${result.date}.json`)
        : join(LAB, '.out', `${result.date}-${result.mode}.json`));
    writeAtomically(file, `${JSON.stringify(result, null, 2)}\n`);
    const minutes = ((finished.getTime() - started.getTime()) / 60_000).toFixed(1);
    log(`\nWrote ${file} (${minutes} min).`);
    const failed = result.apps.filter((a) => a.status !== 'measured' || a.problems.length);
    for (const a of failed) log(`  ${a.name}: ${a.status}; ${a.problems.join('; ')}`);
    if (result.apps.every((a) => a.status !== 'measured')) process.exitCode = 1;
  } finally {
    await Promise.all([...running.values()].map((r) => stop(r.child)));
    pg.stop();
  }
}

/** Keeps the items a comma list names (all when absent); an unknown name is an error listing the known. */
function pick<T>(items: T[], list: string | undefined, key: (t: T) => string, what: string): T[] {
  if (!list) return items;
  const wanted = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set(items.map(key));
  const unknown = wanted.filter((w) => !known.has(w));
  if (unknown.length) {
    throw new LabError(`Unknown ${what} ${unknown.join(', ')}; known: ${[...known].join(', ')}.`);
  }
  return items.filter((t) => wanted.includes(key(t)));
}

/** Writes next to the target and renames, so an interrupted run never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

interface AppState {
  spec: AppSpec;
  executable: string;
  failed?: string;
  problems: string[];
  startup: number[];
  idle: number[];
  peak: number[];
  processes: number;
  wsMemory: number[];
  wsP50: number[];
  wsP99: number[];
}

interface Cell {
  verified: boolean;
  problems: string[];
  rps: number[];
  p50: number[];
  p90: number[];
  p99: number[];
  rate: number;
  mode: 'open-loop' | 'closed-loop';
  errors: number;
}

async function measure(context: {
  apps: AppSpec[];
  httpScenarios: HttpScenario[];
  withWebsocket: boolean;
  pg: Postgres;
  venvPython: string;
  running: Map<string, Running>;
}): Promise<Pick<LabRun, 'apps' | 'results' | 'startup' | 'memory' | 'websocket'>> {
  const { apps, httpScenarios, pg, running } = context;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: '127.0.0.1',
    PGPORT: String(pg.port),
    PGUSER: pg.user,
    PGDATABASE: pg.database,
    DB_POOL: '10',
    NODE_ENV: 'production',
    PYTHONUNBUFFERED: '1',
    PYTHONPATH: join(APPS, 'common'),
  };
  const states = new Map<string, AppState>(
    apps.map((spec) => [
      spec.id,
      {
        spec,
        executable: spec.runtime === 'python' ? context.venvPython : nodeBinary(spec.runtime),
        problems: [],
        startup: [],
        idle: [],
        peak: [],
        processes: 1,
        wsMemory: [],
        wsP50: [],
        wsP99: [],
      },
    ]),
  );
  const cells = new Map<string, Cell>();
  const cell = (scenario: LabScenario, app: string): Cell => {
    const key = `${scenario}|${app}`;
    if (!cells.has(key)) {
      cells.set(key, {
        verified: false,
        problems: [],
        rps: [],
        p50: [],
        p90: [],
        p99: [],
        rate: 0,
        mode: 'closed-loop',
        errors: 0,
      });
    }
    return cells.get(key) as Cell;
  };
  const supports = (spec: AppSpec, scenario: LabScenario) =>
    spec.manifest.scenarios.includes(scenario);
  const fortunes: Fortune[] = pg
    .query('SELECT id, message FROM fortune')
    .map(([id, message]) => ({ id: Number(id), message: message ?? '' }));
  const ctxFor = (port: number) => ({
    get: (path: string) => get(port, path),
    readWorld: (ids: number[]) =>
      Promise.resolve(
        new Map(
          pg
            .query(
              `SELECT id, randomnumber FROM world WHERE id IN (${ids.map(Number).join(',') || 0})`,
            )
            .map(([id, n]) => [Number(id), Number(n)] as [number, number]),
        ),
      ),
    fortunes,
  });

  const schedule = interleave(apps, httpScenarios, settings.repetitions).filter(
    ({ app, scenario }) => supports(app, scenario),
  );
  const latencySchedule = interleave(
    apps,
    httpScenarios.filter((s) => LATENCY_SCENARIOS.includes(s)),
    settings.repetitions,
  ).filter(({ app, scenario }) => supports(app, scenario));
  const wsApps = context.withWebsocket ? apps.filter((a) => supports(a, 'websocket')) : [];
  const total =
    apps.length * settings.repetitions +
    schedule.length +
    latencySchedule.length +
    wsApps.length * settings.repetitions;
  let done = 0;
  const t0 = performance.now();
  const tty = process.stdout.isTTY;
  const progress = (label: string) => {
    const line = renderProgress({
      done,
      total,
      elapsedMs: performance.now() - t0,
      label,
      width: 24,
    });
    if (tty) process.stdout.write(`\r${line.padEnd(110)}`);
    else log(line);
  };
  const fail = (state: AppState, why: string) => {
    if (!state.failed) state.failed = why;
    state.problems.push(why);
  };
  const alive = (state: AppState, during: string): Running | undefined => {
    const r = running.get(state.spec.id);
    if (!r || state.failed) return undefined;
    const exit = r.exited();
    if (exit) {
      fail(
        state,
        `crashed during ${during} (${exit}): ${r.output().trim().split('\n').slice(-3).join(' | ')}`,
      );
      running.delete(state.spec.id);
      return undefined;
    }
    return r;
  };
  /** Samples the app's memory while `work` runs, keeping the highest total seen. */
  const watched = async <T>(
    state: AppState,
    rep: number,
    r: Running,
    work: () => Promise<T>,
  ): Promise<T> => {
    const pid = r.child.pid as number;
    const sample = () => {
      const rss = treeRss(pid);
      const sum = rss.reduce((a, b) => a + b, 0);
      state.peak[rep] = Math.max(state.peak[rep] ?? 0, sum);
    };
    const timer = setInterval(sample, 200);
    try {
      return await work();
    } finally {
      clearInterval(timer);
      sample();
    }
  };

  /**
   * Runs `work` on every item: one at a time in a full run. A quick run takes the items that share
   * a key (one scenario, different apps) all at once, so that every app and scenario fit in about
   * two minutes; its figures then only show that the harness and every app work, which is all a
   * quick run is for (it is never published).
   */
  const each = async <T>(
    items: T[],
    key: (item: T) => string,
    work: (item: T) => Promise<void>,
  ): Promise<void> => {
    if (!quick) {
      for (const item of items) await work(item);
      return;
    }
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    for (const group of groups.values()) {
      // Every app's work finishes before a failure stops the run, so none is left measuring.
      const settled = await Promise.allSettled(group.map(work));
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
    }
  };

  const rates = new Map<HttpScenario, number>();
  for (let rep = 0; rep < settings.repetitions; rep += 1) {
    // Start every app (one at a time, so start-up times do not compete), then measure idle memory.
    for (const state of states.values()) {
      if (state.failed) continue;
      progress(`${state.spec.id} · start · run ${rep + 1}/${settings.repetitions}`);
      try {
        const r = await startApp(state.spec, {
          port: await freePort(),
          cpus: placement.serverCpus,
          workers: workerCount(state.spec.manifest, serverCores),
          executable: state.executable,
          env,
        });
        running.set(state.spec.id, r);
        state.startup.push(r.startupMs);
        for (const scenario of httpScenarios.filter((s) => supports(state.spec, s))) {
          await get(r.port, PATHS[scenario]).catch(() => undefined);
        }
        await sleep(500);
        const rss = treeRss(r.child.pid as number);
        state.processes = Math.max(1, rss.length);
        state.idle.push(rss.reduce((a, b) => a + b, 0));
      } catch (error) {
        fail(state, (error as Error).message.split('\n')[0] ?? 'did not start');
      }
      done += 1;
    }

    if (rep === 0) {
      for (const state of states.values()) {
        const r = alive(state, 'verification');
        if (!r) continue;
        for (const scenario of httpScenarios.filter((s) => supports(state.spec, s))) {
          const c = cell(scenario, state.spec.id);
          try {
            c.problems = await verify(scenario, ctxFor(r.port));
          } catch (error) {
            c.problems = [`${PATHS[scenario]}: ${(error as Error).message}`];
          }
          c.verified = c.problems.length === 0;
          if (!c.verified) state.problems.push(`${scenario} failed verification: ${c.problems[0]}`);
        }
      }
    }

    await each(
      schedule.filter((s) => s.repetition === rep + 1),
      (s) => s.scenario,
      async ({ app, scenario }) => {
        const state = states.get(app.id) as AppState;
        const c = cell(scenario, app.id);
        progress(`${app.id} · ${scenario} · run ${rep + 1}/${settings.repetitions}`);
        const r = alive(state, scenario);
        if (r && c.verified) {
          const connections = scenario === 'slow' ? settings.slowConnections : settings.connections;
          try {
            await watched(state, rep, r, async () => {
              await wrk({
                cpus: placement.loadCpus,
                port: r.port,
                path: PATHS[scenario],
                connections,
                seconds: settings.warmupSeconds,
              });
              // A synchronous server is still working through the warm-up's queued requests; one
              // fresh request returns only once that queue has drained, so the window starts clean.
              await get(r.port, PATHS[scenario], 60_000).catch(() => undefined);
              const m = await wrk({
                cpus: placement.loadCpus,
                port: r.port,
                path: PATHS[scenario],
                connections,
                seconds: settings.durationSeconds,
              });
              c.errors += m.errors;
              if (m.rps === 0)
                throw new LabError(`no request completed in ${settings.durationSeconds} s`);
              c.rps.push(m.rps);
              if (!LATENCY_SCENARIOS.includes(scenario) || !OPEN_LOOP) {
                c.p50.push(m.latencyMs.p50);
                c.p90.push(m.latencyMs.p90);
                c.p99.push(m.latencyMs.p99);
                c.rate = connections;
              }
            });
          } catch (error) {
            c.problems.push(`run ${rep + 1}: ${(error as Error).message}`);
          }
          alive(state, scenario);
        }
        done += 1;
      },
    );

    if (OPEN_LOOP) {
      if (rep === 0) {
        // One arrival rate per scenario for every app: a fraction of the slowest app's throughput.
        for (const scenario of httpScenarios.filter((s) => LATENCY_SCENARIOS.includes(s))) {
          const slowest = Math.min(
            ...apps
              .map((a) => cells.get(`${scenario}|${a.id}`)?.rps[0] ?? Infinity)
              .filter((n) => n > 0),
          );
          if (Number.isFinite(slowest))
            rates.set(scenario, Math.max(1, Math.round(slowest * settings.latencyRateFraction)));
        }
      }
      await each(
        latencySchedule.filter((s) => s.repetition === rep + 1),
        (s) => s.scenario,
        async ({ app, scenario }) => {
          const state = states.get(app.id) as AppState;
          const c = cell(scenario, app.id);
          const rate = rates.get(scenario);
          progress(`${app.id} · ${scenario} latency · run ${rep + 1}/${settings.repetitions}`);
          const r = alive(state, `${scenario} latency`);
          if (r && c.verified && rate) {
            try {
              const m = await watched(state, rep, r, () =>
                openLoop({
                  cpus: placement.loadCpus,
                  port: r.port,
                  path: PATHS[scenario],
                  rate,
                  seconds: settings.latencySeconds,
                }),
              );
              c.p50.push(m.latencyMs.p50);
              c.p90.push(m.latencyMs.p90);
              c.p99.push(m.latencyMs.p99);
              c.errors += m.errors;
              c.rate = rate;
              c.mode = 'open-loop';
            } catch (error) {
              c.problems.push(`latency run ${rep + 1}: ${(error as Error).message}`);
            }
            alive(state, `${scenario} latency`);
          }
          done += 1;
        },
      );
    }

    await each(
      wsApps,
      () => 'websocket',
      async (app) => {
        const state = states.get(app.id) as AppState;
        progress(`${app.id} · websocket · run ${rep + 1}/${settings.repetitions}`);
        const r = alive(state, 'websocket');
        const c = cell('websocket', app.id);
        c.verified = true;
        if (r) {
          try {
            const pid = r.child.pid as number;
            const before = treeRss(pid).reduce((a, b) => a + b, 0);
            const ws = await watched(state, rep, r, () =>
              websocket({
                cpus: placement.loadCpus,
                port: r.port,
                connections: settings.websocketConnections,
                broadcasts: quick ? 3 : 10,
                node: process.execPath,
                measure: async () => {
                  await sleep(1_000);
                  const after = treeRss(pid).reduce((a, b) => a + b, 0);
                  state.wsMemory.push(
                    Math.max(0, after - before) * (10_000 / settings.websocketConnections),
                  );
                },
              }),
            );
            state.wsP50.push(ws.p50);
            state.wsP99.push(ws.p99);
          } catch (error) {
            c.verified = false;
            c.problems.push(`run ${rep + 1}: ${(error as Error).message}`);
          }
          alive(state, 'websocket');
        }
        done += 1;
      },
    );

    await Promise.all([...running.values()].map((r) => stop(r.child)));
    running.clear();
  }
  progress('done');
  if (tty) process.stdout.write('\n');

  const stat = (runs: number[]): Stat | undefined =>
    runs.length ? summarise(runs.map((n) => Math.round(n * 100) / 100)) : undefined;
  const results: LabRun['results'] = [];
  for (const scenario of [
    ...httpScenarios,
    ...(context.withWebsocket ? (['websocket'] as const) : []),
  ]) {
    for (const spec of apps.filter((a) => supports(a, scenario))) {
      const c = cells.get(`${scenario}|${spec.id}`);
      if (!c) continue;
      const throughput = stat(c.rps);
      const p50 = stat(c.p50);
      const p90 = stat(c.p90);
      const p99 = stat(c.p99);
      results.push({
        scenario,
        app: spec.id,
        verified: c.verified,
        problems: c.problems,
        ...(throughput ? { throughput } : {}),
        ...(p50 && p90 && p99 ? { latency: { mode: c.mode, rate: c.rate, p50, p90, p99 } } : {}),
        errors: c.errors,
      });
    }
  }
  const list = [...states.values()];
  return {
    apps: list.map((s) => ({
      id: s.spec.id,
      dir: s.spec.dir,
      name: s.spec.name,
      language: s.spec.manifest.language,
      runtime: s.spec.runtime,
      runtimeVersion:
        s.spec.runtime === 'python'
          ? packageVersionOfPython(context.venvPython)
          : runVersion(s.executable),
      framework: {
        name: s.spec.manifest.framework.name,
        version: versionOf(
          s.spec,
          s.spec.manifest.framework.package,
          context.venvPython,
          s.executable,
        ),
      },
      server: {
        name: s.spec.manifest.server.name,
        version: versionOf(
          s.spec,
          s.spec.manifest.server.package,
          context.venvPython,
          s.executable,
        ),
      },
      workers: workerCount(s.spec.manifest, serverCores),
      status: s.failed ? ('failed' as const) : ('measured' as const),
      problems: s.problems,
    })),
    results,
    startup: list.flatMap((s) => {
      const ms = stat(s.startup);
      return ms ? [{ app: s.spec.id, ms }] : [];
    }),
    memory: list.flatMap((s) => {
      const idleMiB = stat(s.idle);
      const peakMiB = stat(s.peak.filter((n) => n > 0));
      return idleMiB && peakMiB
        ? [{ app: s.spec.id, processes: s.processes, idleMiB, peakMiB }]
        : [];
    }),
    websocket: list.flatMap((s) => {
      const miBPer10k = stat(s.wsMemory);
      const p50 = stat(s.wsP50);
      const p99 = stat(s.wsP99);
      return miBPer10k && p50 && p99
        ? [
            {
              app: s.spec.id,
              connections: settings.websocketConnections,
              miBPer10k,
              broadcastMs: { p50, p99 },
            },
          ]
        : [];
    }),
  };
}

function runVersion(executable: string): string {
  return run1(executable, ['--version']).replace(/^v/, '');
}
function packageVersionOfPython(python: string): string {
  return run1(python, ['-c', 'import platform; print(platform.python_version())']);
}
function run1(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
}
/** A framework's or server's version; `null` packages are the runtime itself (node:http). */
function versionOf(spec: AppSpec, pkg: string | null, python: string, executable: string): string {
  if (!pkg)
    return spec.runtime === 'python' ? packageVersionOfPython(python) : runVersion(executable);
  return packageVersion(spec.manifest.language, pkg, python);
}

main().catch((error: unknown) => {
  if (error instanceof LabError) {
    process.stderr.write(`\nlab: ${error.message}\n`);
  } else {
    process.stderr.write(`\nlab: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
