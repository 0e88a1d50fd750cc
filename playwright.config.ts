import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './src/tools/chromium.ts';
import { reportsDir } from './src/tools/dist.ts';

// PVN_PORT lets two suites run side by side on one machine.
const PORT = Number(process.env['PVN_PORT'] ?? 4329);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  // Separate artefact folders when several suites share a checkout (see PVN_OUT_DIR).
  outputDir: process.env['PVN_OUT_DIR'] ? `${process.env['PVN_OUT_DIR']}-results` : 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  // The JSON report is what .ci/run counts (src/tools/test-summary.ts).
  reporter: [['list'], ['json', { outputFile: join(reportsDir(), 'playwright.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // Always a fresh server on the production build: a stale preview must never be reused.
  webServer: {
    // --ignore-lock: a preview the reader left running (npm start) must not block the suite.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
