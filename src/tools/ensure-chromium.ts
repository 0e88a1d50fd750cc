/**
 * The setup step before the browser tests, safe to repeat: makes sure some Chromium is installed.
 *   node src/tools/ensure-chromium.ts
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;

let path = findChromium();
if (!path) {
  console.log('No Chromium found; trying Playwright’s installer…');
  run('npx', ['playwright', 'install', 'chromium']);
  path = findChromium();
}
if (!path && process.getuid?.() === 0) {
  console.log('Trying Debian’s chromium package…');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  path = findChromium();
}
if (!path) {
  console.error(
    'No Chromium available. Install one, e.g. `sudo apt-get install -y chromium`, ' +
      'or `npx playwright install chromium`, or set CHROME_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
