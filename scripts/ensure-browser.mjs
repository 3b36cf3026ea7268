// Makes sure a Chromium is there for the end-to-end tests. Uses the system
// browser (PLAYWRIGHT_CHROMIUM_PATH or /usr/bin/chromium) when present;
// otherwise installs Debian's chromium when running as root with apt, and
// falls back to Playwright's own download elsewhere.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

if (existsSync(systemPath)) {
  console.log(`Chromium: using ${systemPath}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`Chromium: using Playwright's ${chromium.executablePath()}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium is missing: installing it with apt-get.');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
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
