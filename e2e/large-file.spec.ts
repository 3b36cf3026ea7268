import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedShapes } from '../src/lib/country-shapes.fixture';
import { eventsToCsv } from '../src/lib/export-events';
import { generateEvents } from '../src/lib/synthetic';
import { expect, MapPage, test } from './driver';

// 40,000 generated events as a reader's CSV file (about 16 MB): reading it takes seconds.
// It is given to the browser as a file on disk, as a reader picks it: a buffer
// would be decoded by script in the page, which is not what readers do. Only
// events whose made-up point is in (or near) their country are taken: the
// others would be refused by the country check, as they should be.
const N = 40_000;

/**
 * The file, made when a test first needs it (not when the spec is loaded, which the runner
 * and every worker do: making it takes seconds) and once per run: in the run's output
 * folder, which the runner empties when a run starts, so a worker that finds it there
 * uses it. It is written under another name and linked, so it is never seen half written.
 */
function largeFile(): string {
  const dir = join(test.info().project.outputDir, `large-${N}`);
  const path = join(dir, 'large.csv');
  if (existsSync(path)) return path;
  const shapes = shippedShapes();
  const inTheirCountry = generateEvents(N * 1.25, 7)
    .filter((e) => shapes.locate(e.lon, e.lat).near.includes(e.props.place.countries[0]!))
    .slice(0, N);
  if (inTheirCountry.length < N)
    throw new Error(`only ${inTheirCountry.length} generated events are in their country`);
  mkdirSync(dir, { recursive: true });
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, eventsToCsv(inTheirCountry));
  // Linked, not renamed: a link fails where the file already is, so the first worker's file stays
  // and is never replaced under a page reading it (the browser then refuses to read it).
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return path;
}

async function upload(map: MapPage, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await map.page.getByRole('button', { name: 'Your data' }).click();
  const dialog = map.page.getByRole('dialog', { name: 'Show your own data' });
  await dialog.getByLabel('Choose a file, or drop it here').setInputFiles(file);
  return dialog;
}

test('a large file is read off the page, in a worker, and every event arrives', async ({ page }) => {
  test.setTimeout(90_000);
  const file = largeFile();
  // Which workers the page starts, by the script they run. How long the page's own tasks are
  // while the file is read is measured by `npm run bench` (bench/reading-bench.mjs), not here.
  await page.addInitScript(() => {
    const Real = window.Worker;
    const started: string[] = [];
    Object.assign(window, { workersStarted: started });
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
  });
  const map = new MapPage(page);
  await map.open();
  const dialog = await upload(map, file);
  await expect(dialog.getByRole('status')).toContainText('Reading large.csv (');
  expect(
    await page.evaluate(() => (window as unknown as { workersStarted: string[] }).workersStarted),
  ).toContainEqual(expect.stringContaining('read-worker'));
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(map.count).toHaveText(`${N.toLocaleString('en-GB')} of ${N.toLocaleString('en-GB')} events`);
  await expect(page.getByRole('status').filter({ hasText: 'from large.csv' })).toContainText(
    `Loaded ${N.toLocaleString('en-GB')} of ${N.toLocaleString('en-GB')} rows`,
  );
});

test('reading a large file can be stopped, and the events shown stay as they were', async ({ page }) => {
  const file = largeFile();
  const map = new MapPage(page);
  await map.open();
  const dialog = await upload(map, file);
  const stop = dialog.getByRole('button', { name: 'Stop reading' });
  // Focus moves to the way out, so a keyboard reader can stop at once.
  await expect(stop).toBeFocused();
  await stop.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Stopped reading large.csv.');
  await expect(dialog.getByLabel('Choose a file, or drop it here')).toBeEnabled();
  await expect(map.count).toHaveText('19 of 19 events');
});

test.describe('where no worker can start', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (String(url).includes('read-worker')) throw new Error('workers are not allowed here');
          super(url, options);
        }
      };
    });
  });

  test('the file is read in the page instead', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const buffer = Buffer.from(
      'title,date,latitude,longitude\nA bomb,2024-03-22,34.5,69.2\nA raid,2024-04,30.2,67\n',
    );
    const dialog = await upload(map, { name: 'small.csv', mimeType: 'text/csv', buffer });
    await expect(dialog).toBeHidden();
    await expect(map.count).toHaveText('2 of 2 events');
  });
});
