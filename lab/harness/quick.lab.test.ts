/**
 * The lab end to end, in quick mode, for one Python and one Node.js app over PostgreSQL:
 * installs what it needs, verifies every response and measures. Run by `npm run test:lab`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { labRunSchema, type LabRun } from '../../src/lib/lab-run.ts';

const APPS = ['fastapi', 'fastify'];
const SCENARIOS = ['plaintext', 'json', 'db', 'queries', 'fortunes', 'updates', 'websocket'];
const folder = mkdtempSync(join(tmpdir(), 'pvn-lab-test-'));
const out = join(folder, 'run.json');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a quick lab run of FastAPI and Fastify', () => {
  let run: LabRun;

  test('finishes and writes a result file that passes the schema', { timeout: 600_000 }, () => {
    const result = spawnSync(
      process.execPath,
      [
        new URL('./main.ts', import.meta.url).pathname,
        '--quick',
        '--apps',
        APPS.join(','),
        '--scenarios',
        SCENARIOS.join(','),
        '--out',
        out,
      ],
      { encoding: 'utf8', timeout: 590_000 },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    run = labRunSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(run.mode).toBe('quick');
  });

  test('measures both apps, one per language', () => {
    expect(run.apps.map((a) => [a.id, a.language, a.status])).toEqual([
      ['fastapi', 'python', 'measured'],
      ['fastify', 'node', 'measured'],
    ]);
  });

  test.each(SCENARIOS.filter((s) => s !== 'websocket'))(
    '%s: every app passed the verifier and served requests',
    (scenario) => {
      for (const app of APPS) {
        const cell = run.results.find((r) => r.scenario === scenario && r.app === app);
        expect(cell?.problems, `${app} ${scenario}`).toEqual([]);
        expect(cell?.verified, `${app} ${scenario}`).toBe(true);
        expect(cell?.throughput?.median ?? 0, `${app} ${scenario}`).toBeGreaterThan(0);
      }
    },
  );

  test('records start-up time, memory and WebSocket fan-out for both apps', () => {
    for (const app of APPS) {
      expect(run.startup.find((s) => s.app === app)?.ms.median ?? 0).toBeGreaterThan(0);
      expect(run.memory.find((m) => m.app === app)?.idleMiB.median ?? 0).toBeGreaterThan(5);
      expect(
        run.websocket.find((w) => w.app === app)?.broadcastMs.p50.median ?? -1,
      ).toBeGreaterThanOrEqual(0);
    }
  });
});
