/**
 * Finds a Chromium for the browser tests and Lighthouse: Playwright's own download if present,
 * else CHROME_PATH, else Debian's.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Path of a usable Chromium, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const candidates: string[] = [];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  if (process.env['CHROME_PATH']) candidates.push(process.env['CHROME_PATH']);
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that keep a system Chromium quiet and offline in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
