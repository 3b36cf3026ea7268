import { readFileSync } from 'node:fs';
import { expect, MapPage, test } from './driver';

function pick(map: MapPage, name: string, contents: string) {
  return map.pickFile({ name, contents });
}

// One page, one file after another: the first two leave the bundled events on the map.
test('a file none of whose rows can be shown, or of too many columns, is reported whole and leaves the events as they were; one problem in many rows is said once', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('a file none of whose rows can be shown gives its whole report, row by row, to read and to download', async () => {
    const rows = [
      'title,date,latitude,longitude',
      'A,someday,34.5,69.2',
      'B,2024-02-30,34.5,69.2',
      ',2024-01-01,34.5,69.2',
    ];
    const dialog = await pick(map, 'broken.csv', rows.join('\r\n'));
    await expect(dialog.getByRole('alert')).toContainText('None of the 3 rows of broken.csv could be shown');
    await expect(dialog).toContainText('Row 2, date');
    await expect(dialog).toContainText('Row 3, date');
    await expect(dialog).toContainText('Row 4, title');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the report (CSV)' }).click();
    const report = readFileSync(await (await download).path(), 'utf8');
    expect(report.split('\r\n').filter((l) => l.includes('"rejected"'))).toHaveLength(3);
    // The bundled events are still on the map.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(map.count).toHaveText('19 of 19 events');
  });

  await test.step('a header of 670,000 columns is refused at once, with how many can be read', async () => {
    // How long the page's longest task is meanwhile is measured by `npm run bench` (bench/reading-bench.mjs).
    const header = Array.from({ length: 670_000 }, (_, i) => `c${i}`).join(',');
    const dialog = await pick(map, 'wide.csv', `${header}\n`);
    await expect(dialog.getByRole('alert')).toContainText(
      'This file has 670,000 columns, and files of up to 500 can be read',
    );
    await expect(dialog.getByRole('combobox')).toHaveCount(0);
    // The page still answers: the dialog closes and the bundled events are there.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(map.count).toHaveText('19 of 19 events');
  });

  await test.step('one problem in many rows is said once, with the rows it is in', async () => {
    const rows = ['title,date,latitude,longitude,type'];
    for (let i = 0; i < 456; i++)
      rows.push(`Quake ${i},2024-01-01,${(30 + i / 100).toFixed(2)},69.2,earthquake`);
    const dialog = await pick(map, 'quakes.csv', rows.join('\n'));
    await expect(dialog).toBeHidden();
    await expect(map.count).toHaveText('456 of 456 events');
    const notice = page.getByRole('status').filter({ hasText: 'from quakes.csv' });
    await notice.getByText('Show the validation report').click();
    const corrected = notice
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Corrected' }) });
    await expect(corrected.getByRole('listitem')).toHaveCount(1);
    await expect(corrected).toContainText(
      '456 rows (rows 2-457), category (column “type”): category "earthquake" is not one of ours; shown as Other',
    );
  });
});
