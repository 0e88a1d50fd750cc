/**
 * Runs a production build of the site over a given content folder, in scratch output and cache
 * folders, and returns what it printed. Used by the bad-fixture tests and the scale benchmark.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  output: string;
  outDir: string;
  seconds: number;
}

/** Builds the site from `contentDir`; never throws on a failed build. */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const scratch = mkdtempSync(join(tmpdir(), 'pvn-build-'));
  const outDir = join(scratch, 'dist');
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    // Large builds (the scale benchmark) print megabytes of warnings; the default 1 MB buffer
    // would kill the build midway.
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      PVN_CONTENT_DIR: contentDir,
      PVN_OUT_DIR: outDir,
      PVN_CACHE_DIR: join(scratch, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...extraEnv,
    },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    seconds: (performance.now() - started) / 1000,
  };
}
