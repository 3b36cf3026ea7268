import { readFileSync } from 'node:fs';
import { expect, MapPage, test } from './driver';

/** One row with coordinates, then three with only a place name: one clear, one ambiguous, one unknown. */
const csv = [
  'title,date,place,latitude,longitude,category',
  'Market bombing,2024-03-22,"Kabul, Afghanistan",34.53,69.17,attack',
  'Raid in Quetta,2024-05-02,"Quetta, Pakistan",,,raid',
  'Rally in Springfield,2024-06-01,Springfield,,,other',
  'Flood in Ruritania,2024-07-09,Ruritania,,,other',
].join('\r\n');

test('rows with only a place name are located by the offline gazetteer, and the others are reported with why (screenshots)', async ({
  page,
}) => {
  const gazetteer: string[] = [];
  page.on('request', (r) => {
    if (/gazetteer-[\w-]+\.txt$/.test(r.url())) gazetteer.push(r.url());
  });
  const map = new MapPage(page);
  await map.open();
  // The bundled events have coordinates: the gazetteer is not fetched for them.
  expect(gazetteer).toEqual([]);

  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Show your own data' });
  await dialog.getByLabel('Choose a file, or drop it here').setInputFiles({
    name: 'places.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(dialog).toBeHidden();

  // The row with coordinates and the one located by name.
  await expect(map.count).toHaveText('2 of 2 events');
  await expect(map.canvas).toHaveAttribute('data-drawn', '2');
  expect(gazetteer).toHaveLength(1);
  await expect(map.item('Raid in Quetta')).toContainText('Located by place name: Quetta, PK');
  await expect(map.item('Market bombing')).not.toContainText('Located by place name');
  await expect(map.list).toHaveScreenshot('gazetteer-list.png');
  await expect(map.region).toHaveScreenshot('gazetteer-map.png');

  const notice = page.getByRole('status').filter({ hasText: 'from places.csv' });
  await expect(notice).toContainText(
    'Loaded 2 of 4 rows from places.csv. 1 located by place name. 2 could not be placed',
  );
  await notice.getByText('Show the validation report').click();
  const section = (heading: string) =>
    notice.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });
  const located = section('Located by place name');
  const notLocated = section('Not located');
  await expect(located.getByRole('listitem')).toHaveText(['Row 3: “Quetta, Pakistan” → Quetta, PK.']);
  await expect(notLocated.getByRole('listitem')).toHaveText([
    /^Row 4: “Springfield” is the name of \d+ places in the gazetteer \(the largest: Springfield, MO, US; Springfield, MA, US; [^)]*\)\. Add a country column/,
    /^Row 5: “Ruritania” is not in the gazetteer\. It holds towns of 5,000 people or more/,
  ]);
  await expect(notice).toHaveScreenshot('gazetteer-report.png');

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the report (CSV)' }).click();
  const report = readFileSync(await (await download).path(), 'utf8');
  expect(report).toContain(
    '"places.csv","located by place name","3","","row-3","place","","“Quetta, Pakistan” placed at Quetta, PK (gazetteer match)"',
  );
  expect(report).toContain('"places.csv","not located","4","","","place","","“Springfield” is the name of');
  expect(report).toContain(
    '"places.csv","not located","5","","","place","","“Ruritania” is not in the gazetteer"',
  );

  await map.item('Raid in Quetta').click();
  const details = map.details('Raid in Quetta');
  await expect(details).toContainText('Quetta, Pakistan (city or town)');
  await expect(details).toContainText('Located by place name: Quetta, PK (gazetteer match)');
  await expect(details).toHaveScreenshot('gazetteer-details.png');

  // A second file is read in a new worker, with the gazetteer from the browser's cache.
  await page.getByRole('button', { name: 'Your data' }).click();
  await dialog.getByLabel('Choose a file, or drop it here').setInputFiles({
    name: 'more.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('title,date,place,country\r\nTalks,2024-01-10,Doha,Qatar\r\n'),
  });
  await expect(map.count).toHaveText('1 of 1 events');
  await expect(map.item('Talks')).toContainText('Located by place name: Doha, QA');
});
