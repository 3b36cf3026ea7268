import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/test-browser.mjs';

/** The system Chromium where there is one (as playwright.config.ts), else Playwright's own. */
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The tests' flags, and memory figures to the byte for the heap measure. */
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

/** Stops with a message when there is no build to serve. */
export function requireBuild() {
  if (!existsSync('dist/index.html')) {
    console.error('No build found: run `npm run build` first (npm run bench does).');
    process.exit(1);
  }
}

/** Serves a build with `vite preview` on `port` (the app's, or another config's); `close()` stops it. */
export async function serve(port, configFile) {
  const server = await preview({
    ...(configFile ? { configFile } : {}),
    preview: { port, strictPort: true },
    logLevel: 'silent',
  });
  return { close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
}

/** Headless Chromium with the benchmark's flags. */
export function launch() {
  return chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ARGS,
  });
}
