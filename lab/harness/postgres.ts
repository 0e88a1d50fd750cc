/**
 * A throw-away PostgreSQL server for one lab run: Debian's binaries, a scratch data folder,
 * loopback only, pinned to the server CPUs, seeded from lab/db/schema.sql, removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LabError, pinned, run } from './system.ts';

export interface Postgres {
  port: number;
  user: string;
  database: string;
  version: string;
  /** Runs SQL and returns psql's unaligned, tab-separated rows. */
  query(sql: string): string[][];
  stop(): void;
}

const USER = 'bench';
const DATABASE = 'hello_world';

/** Folder of the newest PostgreSQL binaries Debian installed (e.g. /usr/lib/postgresql/15/bin). */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/**
 * Starts the server. initdb refuses to run as root, so as root the data folder belongs to the
 * `postgres` account Debian's package creates and every server command runs as that user.
 */
export function startPostgres(port: number, cpus: string, schemaFile: string): Postgres {
  const bin = postgresBin();
  if (!bin)
    throw new LabError('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb).');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'pvn-lab-pg-'));
  const as = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  if (asRoot) chownSync(dir, uidOf('postgres'), gidOf('postgres'));

  run(...as(join(bin, 'initdb'), ['-D', dir, '-A', 'trust', '-U', USER, '-E', 'UTF8']), {
    what: 'initdb',
  });
  // Settings: loopback only; room for every app's pool at once; synchronous_commit off, as in
  // TechEmpower's configuration, so the updates test measures the apps rather than the disk.
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=400',
    '-c synchronous_commit=off',
  ].join(' ');
  const [cmd, args] = pinned(cpus, join(bin, 'pg_ctl'), [
    '-D',
    dir,
    '-o',
    options,
    '-l',
    join(dir, 'server.log'),
    '-w',
    'start',
  ]);
  run(...as(cmd, args), { what: `PostgreSQL on port ${port}` });

  const psqlArgs = (db: string) => [
    ...['-h', '127.0.0.1', '-p', String(port), '-U', USER, '-d', db, '-v', 'ON_ERROR_STOP=1'],
  ];
  const psql = (db: string, sql: string) => run('psql', psqlArgs(db), { input: sql, what: 'psql' });
  const stopServer = () => {
    spawnSync(...as(join(bin, 'pg_ctl'), ['-D', dir, '-m', 'fast', '-w', 'stop']));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    psql('postgres', `CREATE DATABASE ${DATABASE};`);
    run('psql', [...psqlArgs(DATABASE), '-q', '-f', schemaFile], {
      what: 'seeding the database',
    });
  } catch (error) {
    stopServer();
    throw error;
  }
  const version = psql(DATABASE, 'SHOW server_version;')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^\d/.test(l));

  return {
    port,
    user: USER,
    database: DATABASE,
    version: version ?? 'unknown',
    query: (sql) =>
      run('psql', [...psqlArgs(DATABASE), '-At', '-F', '\t', '-c', sql], { what: 'psql' })
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')),
    stop: stopServer,
  };
}

function uidOf(user: string): number {
  return Number(run('id', ['-u', user]).trim());
}
function gidOf(user: string): number {
  return Number(run('id', ['-g', user]).trim());
}
