// Makes sure a Chromium is there for the end-to-end tests (scripts/test-browser.mjs
// says which is used): a system Chromium or Playwright's own where there is one;
// else, as root with apt, Debian's headless shell and full Chromium (which the
// benchmark runs); else Playwright's own download. `--all-system-browsers`
// (CI) installs whichever of Debian's two is missing, even when one is there.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUMS, testChromium } from './test-browser.mjs';

function run(command) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
// With --all-system-browsers (CI), install every system browser missing, not only when there is none.
const all = process.argv.includes('--all-system-browsers');
const missing = SYSTEM_CHROMIUMS.filter((path) => !existsSync(path));
const named = process.env.PLAYWRIGHT_CHROMIUM_PATH;
const ownPath = chromium.executablePath();

if (named && existsSync(named)) {
  console.log(`Chromium: using ${named}`);
} else if (canApt && missing.length > 0 && (all || !(testChromium() || existsSync(ownPath)))) {
  const packages = missing.map((path) => path.slice('/usr/bin/'.length)).join(' ');
  console.log(`Installing ${packages} with apt-get.`);
  try {
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`);
  } catch (error) {
    // A browser already there still runs the tests; with none, say so.
    if (!testChromium()) throw error;
    console.warn(`Could not install ${packages}; using ${testChromium()}.`);
  }
  console.log(`Chromium: using ${testChromium()}`);
} else if (testChromium()) {
  console.log(`Chromium: using ${testChromium()}`);
} else if (existsSync(ownPath)) {
  console.log(`Chromium: using Playwright's ${ownPath}`);
} else {
  console.log("Chromium is missing: trying Playwright's own download.");
  try {
    run('npx playwright install chromium');
  } catch {
    console.error(
      'Could not install Chromium. Install it with your package manager (e.g. `sudo apt-get install chromium`) ' +
        'or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
