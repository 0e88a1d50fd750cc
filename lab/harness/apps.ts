/**
 * The lab's apps as the harness sees them: each `lab/apps/<dir>/app.json` expanded into one app
 * per runtime, started pinned to the server CPUs and stopped with its whole process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabRuntime, LabScenario } from '../../src/lib/lab-run.ts';
import { APPS } from './setup.ts';
import { get, LabError, pinned, sleep, stop } from './system.ts';

/** `app.json`, as CONTRACT.md describes it. */
export interface Manifest {
  name: string;
  language: 'python' | 'node';
  framework: { name: string; package: string | null };
  server: { name: string; package: string | null };
  runtimes: LabRuntime[];
  workers: 'async' | 'sync';
  command: string[];
  scenarios: LabScenario[];
  sources: string[];
  config: { setting: string; why: string }[];
}

/** One measured app: a folder on one runtime. */
export interface AppSpec {
  id: string;
  dir: string;
  name: string;
  runtime: LabRuntime;
  manifest: Manifest;
}

const RUNTIME_NAMES: Record<LabRuntime, string> = {
  python: 'Python',
  node24: 'Node.js 24',
  node22: 'Node.js 22',
};

/** Every app folder's manifest, expanded per runtime; the first runtime keeps the plain id. */
export function loadApps(): AppSpec[] {
  const dirs = readdirSync(APPS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(APPS, d.name, 'app.json')))
    .map((d) => d.name)
    .sort();
  return dirs.flatMap((dir) => {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(APPS, dir, 'app.json'), 'utf8')) as Manifest;
    } catch (error) {
      throw new LabError(`lab/apps/${dir}/app.json is not valid JSON: ${(error as Error).message}`);
    }
    return manifest.runtimes.map((runtime, i) => ({
      id: i === 0 ? dir : `${dir}-${runtime}`,
      dir,
      name: i === 0 ? manifest.name : `${manifest.name} on ${RUNTIME_NAMES[runtime]}`,
      runtime,
      manifest,
    }));
  });
}

/** Worker processes for an app: one per server core for event loops, Gunicorn's 2n+1 for sync. */
export function workerCount(manifest: Manifest, serverCores: number): number {
  return manifest.workers === 'sync' ? 2 * serverCores + 1 : serverCores;
}

export interface Running {
  app: AppSpec;
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first good /json reply. */
  startupMs: number;
  /** The last lines the app printed, for crash reports. */
  output: () => string;
  exited: () => string | undefined;
}

/** Starts an app and waits for a good /json reply (30 s at most). */
export async function startApp(
  app: AppSpec,
  options: {
    port: number;
    cpus: string;
    workers: number;
    executable: string;
    env: NodeJS.ProcessEnv;
  },
): Promise<Running> {
  const args = app.manifest.command.map((part) =>
    part
      .replaceAll('{python}', options.executable)
      .replaceAll('{node}', options.executable)
      .replaceAll('{port}', String(options.port)),
  );
  const [cmd, cmdArgs] = pinned(options.cpus, args[0] ?? '', args.slice(1));
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd: join(APPS, app.dir),
    env: {
      ...options.env,
      PORT: String(options.port),
      WEB_CONCURRENCY: String(options.workers),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = signal ? `killed by ${signal}` : `exited with code ${code}`;
  });
  child.on('error', (error) => {
    exit = `could not start: ${error.message}`;
  });

  const deadline = started + 30_000;
  while (performance.now() < deadline) {
    if (exit) break;
    try {
      const reply = await get(options.port, '/json', 1_000);
      if (reply.status === 200) {
        return {
          app,
          child,
          port: options.port,
          startupMs: performance.now() - started,
          output: () => tail,
          exited: () => exit,
        };
      }
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  await stop(child);
  const why = exit ?? 'gave no good /json reply within 30 s';
  throw new LabError(
    `${app.name} (lab/apps/${app.dir}) ${why}.` +
      (/EADDRINUSE|address already in use/i.test(tail) ? ` Port ${options.port} is in use.` : '') +
      (tail.trim() ? `\n${tail.trim().split('\n').slice(-10).join('\n')}` : ''),
  );
}
