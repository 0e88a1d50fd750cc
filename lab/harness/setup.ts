/**
 * Everything a run needs, installed by the lab itself: Debian's PostgreSQL and wrk, a Python
 * virtual environment per interpreter with the pinned requirements, and the pinned npm packages
 * (apps and Node.js runtimes). Each step is skipped when a stamp shows it is already done.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { postgresBin } from './postgres.ts';
import { LabError, has, run } from './system.ts';

export const LAB = new URL('../', import.meta.url).pathname.replace(/\/$/, '');
export const APPS = join(LAB, 'apps');

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Installs PostgreSQL and wrk from Debian's packages when they are missing. */
export function ensureTools(log: (line: string) => void): void {
  const missing = [
    ...(postgresBin() && has('psql') ? [] : ['postgresql']),
    ...(has('wrk') ? [] : ['wrk']),
  ];
  if (!missing.length) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    throw new LabError(
      `The lab needs ${missing.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} ` +
        `(Debian: sudo apt-get install -y ${missing.join(' ')}) and run the lab again.`,
    );
  }
  log(`Installing ${missing.join(', ')} from Debian's packages …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env, what: 'apt-get update' });
  try {
    run('apt-get', ['install', '-y', '-qq', ...missing], { env, what: 'apt-get install' });
  } catch (error) {
    throw new LabError(
      `${missing.join(' and ')} could not be installed from Debian's packages: ${(error as Error).message}`,
    );
  }
}

/** The interpreter the Python apps run on: LAB_PYTHON, else python3; must be 3.11 or newer. */
export interface Python {
  executable: string;
  version: string;
  implementation: string;
  freeThreaded: boolean;
}

export function findPython(): Python {
  const executable = process.env['LAB_PYTHON'] || 'python3';
  if (!has(executable) && !existsSync(executable)) {
    throw new LabError(
      `No Python found: "${executable}" is not on the PATH. Install CPython 3.11 or newer, ` +
        'or point LAB_PYTHON at an interpreter.',
    );
  }
  const probe = run(executable, [
    '-c',
    'import platform, sys, sysconfig; print(platform.python_version(), ' +
      'platform.python_implementation(), bool(sysconfig.get_config_var("Py_GIL_DISABLED")), ' +
      'sys.version_info >= (3, 11))',
  ]).trim();
  const [version = '', implementation = '', freeThreaded, recent] = probe.split(' ');
  if (recent !== 'True') {
    throw new LabError(
      `${executable} is Python ${version}; the lab needs 3.11 or newer (LAB_PYTHON).`,
    );
  }
  return { executable, version, implementation, freeThreaded: freeThreaded === 'True' };
}

/** Creates (once per interpreter and requirements) the virtual environment; returns its python. */
export function ensureVenv(python: Python, log: (line: string) => void): string {
  const requirements = join(APPS, 'python', 'requirements.txt');
  const tag = `${python.implementation.toLowerCase()}-${python.version}${python.freeThreaded ? 't' : ''}`;
  const venv = join(LAB, '.venv', tag);
  const bin = join(venv, 'bin', 'python');
  const stamp = join(venv, '.requirements-sha256');
  const want = hash(requirements);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return bin;
  log(`Creating the Python ${python.version} environment in lab/.venv/${tag} …`);
  mkdirSync(join(LAB, '.venv'), { recursive: true });
  run(python.executable, ['-m', 'venv', '--clear', venv], { what: 'python -m venv' });
  run(bin, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements], {
    what: 'pip install -r lab/apps/python/requirements.txt',
  });
  writeFileSync(stamp, want);
  return bin;
}

/** Installs the Node.js apps' pinned packages (frameworks and the two Node.js runtimes). */
export function ensureNodeApps(log: (line: string) => void): void {
  const lock = join(APPS, 'package-lock.json');
  const stamp = join(APPS, 'node_modules', '.lock-sha256');
  const want = hash(existsSync(lock) ? lock : join(APPS, 'package.json'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  log('Installing the Node.js apps’ packages in lab/apps …');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefix', APPS], {
    what: 'npm install --prefix lab/apps',
  });
  writeFileSync(stamp, want);
}

/** The binary of a Node.js release line installed from npm into lab/apps. */
export function nodeBinary(runtime: 'node24' | 'node22'): string {
  const pkg = runtime === 'node24' ? 'node' : 'node22';
  const bin = join(APPS, 'node_modules', pkg, 'bin', 'node');
  if (!existsSync(bin)) throw new LabError(`Node.js for ${runtime} is missing at ${bin}.`);
  return bin;
}

/** Exact version of an installed package: Python's from the venv, Node's from node_modules. */
export function packageVersion(language: 'python' | 'node', name: string, python: string): string {
  if (language === 'python') {
    return run(python, [
      '-c',
      `import importlib.metadata as m; print(m.version(${JSON.stringify(name)}))`,
    ]).trim();
  }
  const file = join(APPS, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** What the run's result file says about the machine. */
export function machine() {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    cpu: cpus()[0]?.model.trim() || 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    os: /PRETTY_NAME="([^"]+)"/.exec(osRelease)?.[1] ?? process.platform,
  };
}

/** wrk's version line ("4.1.0-3+b2"). */
export function wrkVersion(): string {
  const result = run('sh', ['-c', 'wrk --version 2>&1 || true']);
  return /wrk\s+(?:debian\/)?(\S+)/.exec(result)?.[1] ?? 'unknown';
}

/** The commit of the lab code, marked dirty when lab/ has uncommitted changes. */
export function labCommit(): string {
  try {
    const sha = run('git', ['-C', LAB, 'rev-parse', '--short=12', 'HEAD']).trim();
    const dirty = run('git', ['-C', LAB, 'status', '--porcelain', '--', '.']).trim();
    return dirty ? `${sha}-dirty` : sha;
  } catch {
    return 'unknown';
  }
}
