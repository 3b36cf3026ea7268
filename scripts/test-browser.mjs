// Which Chromium the end-to-end tests run, shared by playwright.config.ts and
// scripts/ensure-browser.mjs.
import { existsSync } from 'node:fs';

/**
 * Debian's browsers, best first: the old headless shell (what Playwright
 * itself runs for headless tests; a page here reaches its clusters in about
 * 1.0 s against 1.6 s in the full browser), then the full Chromium.
 */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/** The flags a test or benchmark browser runs with here: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The binary to launch: PLAYWRIGHT_CHROMIUM_PATH when it names one that
 * exists, else the first of the system's that exists; undefined for
 * Playwright's own download.
 * @returns {string | undefined}
 */
export function testChromium() {
  const named = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  return [named, ...SYSTEM_CHROMIUMS].find((path) => path !== undefined && path !== '' && existsSync(path));
}
