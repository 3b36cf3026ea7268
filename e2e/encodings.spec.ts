import { readFileSync } from 'node:fs';
import { expect, MapPage, test } from './driver';

/** A file as Excel writes it in much of the world: Windows-1252, with typographic quotes and dashes. */
const TITLE = 'Attentat à Bamako – “nuit”';
const CSV = `title,date,place,latitude,longitude\r\n${TITLE},2024-03-22,Bamako,12.64,-8.0\r\nRéunion à Genève,2024-05,Genève,46.2,6.15\r\n`;
const PUNCTUATION: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94 };
const windows1252 = Buffer.from(Array.from(CSV, (c) => PUNCTUATION[c] ?? c.charCodeAt(0)));
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
/** UTF-8 with one byte that is not: a cell pasted in from a file in another encoding. */
const damaged = Buffer.concat([
  Buffer.from('title,date,place,latitude,longitude\r\nRéunion à Genève,2024-05,Genève,46.2,6.15\r\nCaf'),
  Buffer.from([0xe9]),
  Buffer.from(' bombing,2024-03-22,Bamako,12.64,-8.0\r\n'),
]);
const utf16beNoMark = Buffer.from(Buffer.from(CSV, 'utf16le').map((_, i, b) => b[i ^ 1]!));

async function pick(map: MapPage, name: string, contents: Buffer) {
  await expect(await map.pickFile({ name, contents })).toBeHidden();
}

async function expectRead(map: MapPage, name: string, encoding: string) {
  await expect(map.count).toHaveText('2 of 2 events');
  await expect(map.item(TITLE)).toBeVisible();
  await expect(map.item('Réunion à Genève')).toBeVisible();
  const notice = map.page.getByRole('status').filter({ hasText: `from ${name}` });
  await expect(notice).toContainText(`Loaded 2 of 2 rows from ${name}.`);
  await expect(notice).toContainText(`Read as ${encoding}.`);
  return notice;
}

// One page, one file after another, each taking the place of the one before.
test('files through the picker: Windows-1252 and UTF-16 are read as such, and characters that could not be read are shown as they are and reported', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('a Windows-1252 CSV through the picker shows its letters right, and the report says how it was read and why', async () => {
    await pick(map, 'excel.csv', windows1252);
    const notice = await expectRead(map, 'excel.csv', 'Windows-1252');
    await notice.getByText('Show the validation report').click();
    await expect(notice).toContainText('The file: is not UTF-8; it was read as Windows-1252');
    await expect(notice).toContainText('save the file as UTF-8 (CSV UTF-8 in Excel)');
    await expect(page.getByText('\uFFFD')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the report (CSV)' }).click();
    const report = readFileSync(await (await download).path(), 'utf8');
    expect(report.split('\r\n')[1]).toBe('"excel.csv","encoding","","","","","","Read as Windows-1252",""');
  });

  await test.step('a UTF-16 CSV through the picker is read as UTF-16', async () => {
    await pick(map, 'unicode.csv', utf16le);
    await expectRead(map, 'unicode.csv', 'UTF-16 (little-endian)');
  });

  await test.step('characters that could not be read are shown as they are, and the report names each row and column', async () => {
    await pick(map, 'damaged.csv', damaged);
    await expect(map.item('Caf\uFFFD bombing')).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'from damaged.csv' });
    await notice.getByText('Show the validation report').click();
    await expect(notice).toContainText(
      'Row 3, title: has characters that could not be read, shown as \uFFFD: "Caf\uFFFD bombing"',
    );
  });
});

test('?data= reads Windows-1252 and UTF-16 too, by the bytes or by the charset the server names', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname.endsWith('/excel.csv'),
    (route) => route.fulfill({ body: windows1252, contentType: 'text/csv' }),
  );
  await page.route(
    (url) => url.pathname.endsWith('/unicode.csv'),
    (route) => route.fulfill({ body: utf16beNoMark, contentType: 'text/csv; charset=utf-16be' }),
  );
  const map = new MapPage(page);
  await map.open('/?data=./excel.csv');
  await expectRead(map, 'excel.csv', 'Windows-1252');
  await map.open('/?data=./unicode.csv');
  await expectRead(map, 'unicode.csv', 'UTF-16 (big-endian)');
});
