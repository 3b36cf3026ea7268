import { chromium, defineConfig, devices } from '@playwright/test';
import { browserKey, CHROMIUM_ARGS, testChromium } from './scripts/test-browser.mjs';

/**
 * Uses a system Chromium where there is one (PLAYWRIGHT_CHROMIUM_PATH, else
 * Debian's headless shell, else its full Chromium: scripts/test-browser.mjs),
 * because Playwright's own browser download may not be reachable; elsewhere
 * Playwright's bundled Chromium is used as normal.
 */
const executablePath = testChromium();

/** Another port (E2E_PORT) lets two checkouts run their tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The build with a tile layer, for e2e/tiles.spec.ts, is served on the next port. */
const TILES_PORT = PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  // The app's modules the tests import (dates, cluster names) use Lingui's macros: see e2e/english-macros.ts.
  tsconfig: './tsconfig.e2e.json',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Limits, not measures (timing is for npm run bench): a test that runs axe over the page and every
  // dialog takes half a minute on a slow two-core runner with both workers busy.
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Still pictures: no animation running, no caret blinking.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide' },
  },
  // Screenshots are compared with pictures kept in e2e/snapshots/, one set per browser and version
  // (scripts/test-browser.mjs, browserKey), as each draws text and edges a little differently. A
  // browser with no pictures yet (a new Chromium from apt, another machine's) records its own on
  // its first run, says so, and compares with them from then on; `npx playwright test -u` draws
  // them afresh after a change meant to be seen. See ARCHITECTURE.md, "Tests".
  snapshotPathTemplate: `e2e/snapshots/{testFileName}/{arg}-${browserKey(executablePath, chromium.executablePath())}-{platform}{ext}`,
  updateSnapshots: 'missing',
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace for every test costs about a quarter of the suite's time on two cores; a
    // failing run can be repeated with E2E_TRACE=1 to keep the trace of each failure.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  // Both servers from one command (scripts/test-servers.mjs): on PORT, the production build, as
  // readers get it; on TILES_PORT, a second build configured with tiles from its own host, which the
  // tests serve or fail as they need. Playwright waits for the first only: the second is built while
  // the first tests run, and the three tests that use it wait for it (e2e/second-build.ts).
  webServer: {
    command: `node scripts/test-servers.mjs ${PORT} ${TILES_PORT}`,
    // The second build's settings; the first server is started without them. It also allows ?data=
    // from one host only (e2e/data-link.spec.ts serves it on the port after).
    env: {
      VITE_TILE_URL: './tiles/{z}/{x}/{y}.png',
      VITE_TILE_ATTRIBUTION: 'Test tiles <b>as text</b>',
      VITE_DATA_HOSTS: `https://127.0.0.1:${TILES_PORT + 1}`,
      // Neither server gzips as it goes: CPU the tests need (vite.config.ts, uncompressedPreview).
      PREVIEW_UNCOMPRESSED: '1',
    },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
