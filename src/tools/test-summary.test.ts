import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  failedTests,
  playwrightCounts,
  readReports,
  reportCounts,
  summaryLine,
  total,
  vitestCounts,
} from './test-summary';

// Shaped like the JSON reports of Vitest 5 and Playwright 1.65, trimmed to the counted fields.
const vitest = {
  numPassedTests: 7,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 1,
  testResults: [
    { status: 'failed', assertionResults: [{}, {}] },
    { status: 'failed', assertionResults: [] },
    { status: 'passed', assertionResults: [{}] },
  ],
};
const playwright = {
  stats: { expected: 40, unexpected: 2, flaky: 1, skipped: 3 },
  errors: [{ message: 'Error: Timed out waiting 60000ms from config.webServer.' }],
};

describe('vitestCounts', () => {
  test('counts a file that failed to load as one failure, and todo tests as skipped', () => {
    expect(vitestCounts(vitest)).toEqual({ passed: 7, failed: 2, skipped: 2 });
  });
});

describe('playwrightCounts', () => {
  test('counts flaky tests as passed and errors outside tests as failures', () => {
    expect(playwrightCounts(playwright)).toEqual({ passed: 41, failed: 3, skipped: 3 });
  });
});

test('failedTests names each failed test by its file and blocks, with its last error', () => {
  const suites = [
    {
      title: 'a11y.spec.ts',
      specs: [{ title: 'the main navigation works', ok: false }],
      suites: [
        {
          title: 'sampled pages',
          specs: [
            { title: '/', ok: true },
            {
              title: '/faq/',
              ok: false,
              tests: [
                {
                  results: [
                    { error: { message: 'Error: timed out' } },
                    {
                      error: {
                        message: '\u001b[31mError: expect(received).toEqual\u001b[39m\n\nmore',
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    { title: 'csp.spec.ts', specs: [{ title: '/ runs under its CSP', ok: true }] },
  ];
  expect(failedTests(suites)).toEqual([
    'a11y.spec.ts › the main navigation works',
    'a11y.spec.ts › sampled pages › /faq/: Error: expect(received).toEqual',
  ]);
});

describe('summaryLine', () => {
  test.each([
    [{ passed: 12, failed: 0, skipped: 0 }, '12 passed, 0 failed'],
    [{ passed: 0, failed: 0, skipped: 0 }, '0 passed, 0 failed'],
    [{ passed: 9, failed: 2, skipped: 3 }, '9 passed, 2 failed, 3 skipped'],
  ])('%o reads "%s"', (counts, line) => {
    expect(summaryLine(counts)).toBe(line);
  });
});

test('total adds the runs up', () => {
  expect(total([vitestCounts(vitest), playwrightCounts(playwright)])).toEqual({
    passed: 48,
    failed: 5,
    skipped: 5,
  });
});

describe('reportCounts', () => {
  test('counts a truncated or foreign report as one failure', () => {
    expect(reportCounts('playwright.json', '{"stats": {"expec')).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
    expect(reportCounts('vitest.json', '{"something": "else"}')).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });
});

describe('readReports', () => {
  test('reads every vitest*.json and playwright*.json in the folder, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pvn-reports-'));
    try {
      writeFileSync(join(dir, 'vitest.json'), JSON.stringify(vitest));
      writeFileSync(join(dir, 'vitest-lab.json'), JSON.stringify({ ...vitest, testResults: [] }));
      writeFileSync(join(dir, 'playwright.json'), JSON.stringify(playwright));
      writeFileSync(join(dir, 'external-links.txt'), 'https://example.org\t/\n');
      mkdirSync(join(dir, 'vitest-old.json.d'));
      expect(total(readReports(dir))).toEqual({ passed: 55, failed: 6, skipped: 7 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('finds nothing when no runner wrote a report', () => {
    expect(readReports(join(tmpdir(), 'pvn-no-such-folder'))).toEqual([]);
  });
});
