import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, type Case } from '../src/lib/import/corpus.fixture';
import { expect, MapPage, test } from './driver';
import { startSite, type OtherSite } from './other-site';

/**
 * The corpus through the page, a file of each kind: picked, and given by
 * `?data=` from another site over https under the build's real policy. What
 * must come of each is the corpus's table (src/lib/import/corpus.fixture.ts),
 * which the unit test checks in full; here, what a reader sees of it.
 */
const DIR = 'e2e/fixtures/corpus';
const KINDS = [
  'kabul-latitude-out-of-range.csv',
  'swapped-columns.csv',
  'lines-and-areas.geojson',
  'place-names.csv',
  'european-dates.csv',
  'ambiguous-dates.csv',
  'windows-1252.csv',
  'utf-16le.csv',
  'acled-like.csv',
  'usgs-feed.geojson',
  'all-rejected.csv',
];
/** For each kind, its case: answered in the mapping step where the file asks, and never an embed's. */
const cases = KINDS.map((file) => CASES.find((c) => c.file === file && !c.asks && !c.options?.noQuestions)!);

let site: OtherSite;
test.beforeAll(async () => {
  site = await startSite((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'https://x').pathname.slice(1));
    if (!KINDS.includes(name)) {
      response.writeHead(404, { 'access-control-allow-origin': '*' });
      response.end();
      return;
    }
    const type = name.endsWith('.geojson') ? 'application/geo+json' : 'text/csv';
    response.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': type });
    response.end(readFileSync(join(DIR, name)));
  });
});
test.afterAll(() => site.stop());
test.use({ ignoreHTTPSErrors: true, otherOrigins: 'https://127.0.0.1:' });

const dialogOf = (map: MapPage) => map.importDialog();

/** Answers the mapping step as the case's options do, where the file asks. */
async function answer(map: MapPage, c: Case) {
  const dialog = dialogOf(map);
  if (c.options?.dateOrder) {
    const order = c.options.dateOrder === 'day-first' ? /^Day first/ : /^Month first/;
    await dialog.getByRole('radio', { name: order }).check();
  }
  if (c.options?.swapCoordinates) {
    await dialog.getByRole('checkbox', { name: 'Swap latitude and longitude for the whole file' }).check();
  }
  if (c.options) await dialog.getByRole('button', { name: 'Show these events' }).click();
}

/** What the reader must see: the events of the case in the list, or why none could be shown. */
async function expectOutcome(map: MapPage, c: Case, via: 'picker' | 'address') {
  if (c.fails) {
    const where = via === 'picker' ? dialogOf(map) : map.page.getByRole('alert');
    await expect(where.getByText(c.fails).first()).toBeVisible();
    for (const [row, field] of c.rejected ?? []) await expect(where).toContainText(`Row ${row}, ${field}`);
    return;
  }
  const n = c.events!.length;
  await expect(dialogOf(map)).toBeHidden();
  await expect(map.count).toHaveText(`${n.toLocaleString('en-GB')} of ${n.toLocaleString('en-GB')} events`);
  for (const [title] of c.events!) await expect(map.item(title)).toBeVisible();
  await expect(map.page.getByRole('status').filter({ hasText: `from ${c.file}` })).toContainText(
    `Loaded ${n} of`,
  );
}

/**
 * The kinds in two halves, each a test that goes through its files in one
 * page, as a reader trying file after file would: a page load per file (the
 * usual way) would be most of the time these take.
 */
const halves = [cases.slice(0, Math.ceil(cases.length / 2)), cases.slice(Math.ceil(cases.length / 2))];

for (const [half, some] of halves.entries()) {
  test(`each kind picked in turn, part ${half + 1}: ${some.map((c) => c.file).join(', ')}`, async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open();
    for (const c of some) {
      await test.step(`${c.file}: ${c.fails ? 'explained row by row' : `${c.events!.length} events`}`, async () => {
        // A file that could not be shown leaves its dialog open, explaining why: the next is picked there.
        const dialog = dialogOf(map);
        if (await dialog.isVisible()) {
          await dialog.getByLabel('Choose a file, or drop it here').setInputFiles(join(DIR, c.file));
        } else {
          await map.pickFile(join(DIR, c.file));
        }
        await answer(map, c);
        await expectOutcome(map, c, 'picker');
      });
    }
  });

  test(`each kind from another site by ?data=, part ${half + 1}: the same`, async ({ page }) => {
    const map = new MapPage(page);
    const question = page.getByRole('dialog', { name: 'Load events from another site?' });
    for (const [i, c] of some.entries()) {
      await test.step(c.file, async () => {
        await page.goto(`/?data=${encodeURIComponent(`${site.origin}/${c.file}`)}`);
        // Asked for the site's first file; the browser then remembers the reader's "Load" for that site.
        if (i === 0) await question.getByRole('button', { name: 'Load' }).click();
        await answer(map, c);
        await expectOutcome(map, c, 'address');
        await expect(question).toHaveCount(0);
      });
    }
  });
}
