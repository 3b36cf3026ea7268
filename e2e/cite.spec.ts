import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/lib/parse-dataset';
import { bundled, expect, MapPage, test } from './driver';

test('"Cite" gives APA and MLA citations with the link to this view, and downloads its events', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?cat=attack&country=PK');
  const shown = bundled.events.filter(
    (e) => e.props.category === 'attack' && e.props.place.countries.includes('PK'),
  );
  await expect(map.count).toHaveText(`${shown.length} of ${bundled.events.length} events`);
  await page.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite or download this view' });
  const meta = bundled.metadata!;
  const apa = dialog.getByRole('textbox', { name: 'APA' });
  await expect(apa).toHaveValue(
    new RegExp(`${meta.title}.*\\(Version ${meta.version.replace(/\./g, '\\.')}\\)`),
  );
  await expect(apa).toHaveValue(new RegExp(`map view of ${shown.length} of ${bundled.events.length} events`));
  expect(await apa.inputValue()).toContain(page.url());
  const mla = dialog.getByRole('textbox', { name: 'MLA' });
  await expect(mla).toHaveValue(/Accessed \d{1,2} [A-Z][a-z]+\.? \d{4}\.$/);
  expect(await map.axe()).toEqual([]);

  const geojson = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download GeoJSON' }).click();
  const parsed = parseDataset(JSON.parse(readFileSync(await (await geojson).path(), 'utf8')));
  expect(parsed.issues).toEqual([]);
  expect(parsed.dataset.events.map((e) => e.id)).toEqual(shown.map((e) => e.id));
  // Every language's words, though the page, in English, fetched none of them to show.
  expect(parsed.dataset.events).toEqual(shown);

  const csv = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download CSV' }).click();
  const text = readFileSync(await (await csv).path(), 'utf8');
  expect(text.trim().split('\r\n')).toHaveLength(shown.length + 1);
  for (const e of shown) expect(text).toContain(e.props.title);
  const urdu = shown.find((e) => e.props.translations?.ur?.title)!;
  expect(text.split('\r\n')[0]).toContain('title_ur');
  expect(text).toContain(urdu.props.translations!.ur!.title);
});

test('printing gives a handout: map, window, legend, filters and the events with their sources, without controls', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?cat=attack');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(map.startHandle).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeHidden();
  // The legend, closed on the screen, is open on paper.
  await expect(page.getByRole('list', { name: 'Precision' })).toBeVisible();
  await expect(page.locator('.active-filters')).toContainText('Attack');
  const attack = bundled.events.find((e) => e.props.category === 'attack')!;
  await expect(map.item(attack.props.title).locator('.list-sources')).toContainText(
    `Sources: ${attack.props.sources[0]!.outlet}`,
  );
  await expect(page.locator('.map')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
  // One sheet: a handout. Pages are the PDF's "/Type /Page" objects (not "/Pages", the tree).
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});

test('a long list prints as a plain list of its first 300 events, and says where the rest are', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?synthetic=1000&seed=1');
  await expect(map.count).toHaveText('1,000 of 1,000 events');
  // On screen only the rows scrolled into view are in the page.
  expect(await map.list.getByRole('listitem').count()).toBeLessThan(100);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(map.list.getByRole('listitem')).toHaveCount(300);
  await expect(page.locator('.print-note')).toHaveText(
    'The first 300 of these 1,000 events are printed. All of them, with their sources, can be downloaded from Cite, Download CSV.',
  );
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-note')).toHaveCount(0);
  await expect.poll(() => map.list.getByRole('listitem').count()).toBeLessThan(100);
});

test('both downloads load back into the map with the same events (round trip)', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?country=AF');
  const shown = bundled.events.filter((e) => e.props.place.countries.includes('AF'));
  for (const format of ['CSV', 'GeoJSON']) {
    await page.getByRole('button', { name: 'Cite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite or download this view' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: `Download ${format}` }).click();
    const file = await download;
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Your data' }).click();
    const upload = page.getByRole('dialog', { name: 'Show your own data' });
    await upload.getByLabel('Choose a file, or drop it here').setInputFiles({
      name: file.suggestedFilename(),
      mimeType: format === 'CSV' ? 'text/csv' : 'application/geo+json',
      buffer: readFileSync(await file.path()),
    });
    await expect(upload).toBeHidden();
    await expect(map.count).toHaveText(`${shown.length} of ${shown.length} events`);
    for (const e of shown) await expect(map.item(e.props.title)).toBeVisible();
    // Back to the bundled events, filtered again, for the other format.
    await page.goto('/?country=AF');
    await expect(map.count).toHaveText(`${shown.length} of ${bundled.events.length} events`);
  }
});
