// Which Chromium the end-to-end tests run, shared by playwright.config.ts and
// scripts/ensure-browser.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';

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

/**
 * A name for the browser that draws the tests' screenshots, for the file names of the pictures
 * they are compared with (playwright.config.ts): another browser, or another version of it, draws
 * text and edges a little differently, so each has its own. For a system Chromium, its file name
 * and the version it reports ("chromium-headless-shell-156.0.8078.114"); for Playwright's own, the
 * folder of its download, which names its revision ("chromium_headless_shell-1200").
 * @param {string | undefined} executablePath what testChromium() chose
 * @param {string} playwrightsOwn the path of Playwright's own Chromium
 * @returns {string}
 */
export function browserKey(executablePath, playwrightsOwn) {
  if (executablePath === undefined) return basename(dirname(dirname(playwrightsOwn)));
  let version = 'unknown';
  try {
    const said = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    version = said.match(/\d+(\.\d+)+/)?.[0] ?? version;
  } catch {
    // A browser that cannot say its version still runs; its pictures are kept under "unknown".
  }
  return `${basename(executablePath)}-${version}`;
}
