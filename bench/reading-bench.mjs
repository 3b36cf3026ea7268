// Reading readers' files: how long the page's longest task is (and how long the
// read takes) while a large CSV file is read, and while a file whose header has
// 670,000 columns is refused. The end-to-end tests check what the reader sees;
// these numbers are reported here, never asserted.
// Usage: npm run bench (builds first), or `node bench/reading-bench.mjs` after a build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, requireBuild, serve } from './browser.mjs';

const PORT = 4181;
const ROWS = Number(process.env.BENCH_READ_ROWS ?? 40_000);

requireBuild();

const folder = mkdtempSync(join(tmpdir(), 'wherewhen-bench-'));
const files = {
  large: write('large.csv', largeCsv(ROWS)),
  wide: write('wide.csv', `${Array.from({ length: 670_000 }, (_, i) => `c${i}`).join(',')}\n`),
};

const server = await serve(PORT);
const browser = await launch();
const results = [];
try {
  results.push(
    await read(`${ROWS.toLocaleString('en-GB')}-row CSV`, files.large, (dialog) =>
      dialog.waitFor({ state: 'hidden', timeout: 300_000 }),
    ),
  );
  results.push(
    await read('670,000-column header', files.wide, (dialog) =>
      dialog.getByRole('alert').filter({ hasText: '670,000 columns' }).waitFor({ timeout: 120_000 }),
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-reading.json', JSON.stringify(results, null, 2));
console.table(results);

/** Opens the page, picks the file as a reader does, and waits for `done`, recording long tasks. */
async function read(label, path, done) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.locator('canvas.event-canvas[data-drawn]').waitFor();
  await page.evaluate(() => {
    const tasks = (window.__longTasks = []);
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Show your own data' });
  const started = Date.now();
  await dialog.getByLabel('Choose a file, or drop it here').setInputFiles(path);
  await done(dialog);
  const readMs = Date.now() - started;
  const tasks = await page.evaluate(() => window.__longTasks);
  await context.close();
  return {
    file: label,
    readMs,
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    longTasks: tasks.length,
  };
}

function write(name, contents) {
  const path = join(folder, name);
  writeFileSync(path, contents);
  return path;
}

/** A reader's file of `rows` events in and around Pakistan and Afghanistan, with a summary each. */
function largeCsv(rows) {
  const lines = ['title,date,latitude,longitude,type,summary'];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2001, 0, 1) + Math.floor(random() * 24 * 365) * 86_400_000);
    const summary = `Report ${i} of a synthetic event, written long enough to weigh as a real summary does. `;
    lines.push(
      [
        `Event ${i}`,
        day.toISOString().slice(0, 10),
        (25 + random() * 12).toFixed(4),
        (62 + random() * 12).toFixed(4),
        'attack',
        `"${summary.repeat(4)}"`,
      ].join(','),
    );
  }
  return lines.join('\n');
}
