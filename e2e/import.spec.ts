import { readFileSync } from 'node:fs';
import { tr } from './catalogue';
import { expect, MapPage, SAMPLE_ROWS, test } from './driver';

const csv = [
  'title,date,latitude,longitude,category,killed,source,source_url',
  'Market bombing,2024-03-22,34.5,69.2,bombing,12,Daily Example,https://example.org/a',
  ',2024-04-01,34.5,69.2,attack,,,', // row 3: no title
  'Court ruling,2024-02-30,33.7,73.1,ruling,,,', // row 4: impossible date
  '"Raid in Quetta, Balochistan",2024-05,30.18,66.99,raid,about 5,Other Paper,javascript:alert(1)',
  'Swapped coordinates,2023,69.2,34.5,report,,,', // latitude 69 and longitude 34 swapped? both valid: kept as given
  'Protest,2024-06-01,91,200,protest,,,', // row 7: out of range
].join('\r\n');

/** The Global Terrorism Database's own columns, with no title among them. */
const gtd = [
  'eventid,iyear,imonth,iday,country_txt,city,latitude,longitude,attacktype1_txt,gname,nkill,nwound',
  '201503180001,2015,3,18,Pakistan,Quetta,30.18,66.99,Bombing/Explosion,Unknown,3,10',
  '201601200002,2016,1,0,Afghanistan,Kabul,34.53,69.17,Armed Assault,Taliban,5,',
].join('\r\n');

async function openImport(map: MapPage) {
  await map.page.getByRole('button', { name: 'Your data' }).click();
  return map.page.getByRole('dialog', { name: 'Show your own data' });
}

// One page, one file after another.
test('a CSV file is read in the page and reported row by row; columns that cannot be matched by name are chosen in a mapping step; a GTD export loads as it is', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('a CSV file is read in the page: valid rows show, every other row is reported by row number and field, and the report downloads', async () => {
    const dialog = await openImport(map);
    await dialog.getByLabel('Choose a file, or drop it here').setInputFiles({
      name: 'my-events.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect(dialog).toBeHidden();
    await expect(map.count).toHaveText('3 of 3 events');
    await expect(map.canvas).toHaveAttribute('data-drawn', '3');
    await expect(map.item('Raid in Quetta, Balochistan')).toContainText('Arrest or operation');

    const notice = page.getByRole('status').filter({ hasText: 'from my-events.csv' });
    await expect(notice).toContainText('Loaded 3 of 6 rows from my-events.csv. 3 rejected.');
    await notice.getByText('Show the validation report').click();
    await expect(notice).toContainText('Row 3, title');
    await expect(notice).toContainText('Row 4, date');
    await expect(notice).toContainText('Row 7');
    // Corrections are listed too: the unknown category and the unsafe link.
    await expect(notice).toContainText('Corrected');
    await expect(notice).toContainText('javascript');

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the report (CSV)' }).click();
    const file = await (await download).path();
    const report = readFileSync(file, 'utf8');
    expect(report.split('\r\n')[0]).toBe(
      '"file","outcome","row","feature","id","field","column","problem","what to do"',
    );
    expect(report).toContain('"my-events.csv","rejected","3"');
    expect(report).toContain('"my-events.csv","rejected","4"');

    // Sources from the file only ever link to http(s) addresses.
    await map.item('Raid in Quetta, Balochistan').click();
    // The details open in the sidebar, moving what is under them: the link is clicked where it ends up.
    await expect(map.details('Raid in Quetta, Balochistan')).toBeVisible();
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the bundled events' }).click();
    await expect(map.count).toHaveText(/^19 of 19 events$/);
  });

  await test.step('columns that cannot be matched by name are chosen in a mapping step that lists every column', async () => {
    const dialog = await openImport(map);
    await dialog.getByLabel('Choose a file, or drop it here').setInputFiles({
      name: 'odd-names.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Label,Occurred on,North,East,pays,Remarks\r\nA meeting,2022-10-01,51.5,-0.12,UK,First one\r\nA visit,2023-01,48.85,2.35,France,\r\n',
      ),
    });
    await expect(dialog).toContainText('could not be matched');
    // Every column is listed with its first value and what it is read as.
    const table = dialog.getByRole('table', { name: '6 columns' });
    await expect(table.getByRole('row')).toHaveCount(7);
    await expect(table.getByRole('row', { name: /pays/ })).toContainText('UK');
    await expect(dialog.getByRole('combobox', { name: 'Read “pays” as' })).toHaveValue('country');
    await expect(dialog.getByRole('combobox', { name: 'Read “Remarks” as' })).toHaveValue('');
    // Missing columns are named when the reader tries to go on without them.
    await dialog.getByRole('button', { name: 'Show these events' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Choose a column for a title');
    await dialog.getByRole('combobox', { name: 'Read “Label” as' }).selectOption('title');
    await dialog.getByRole('combobox', { name: 'Read “Occurred on” as' }).selectOption('date');
    await dialog.getByRole('combobox', { name: 'Read “North” as' }).selectOption('latitude');
    await dialog.getByRole('combobox', { name: 'Read “East” as' }).selectOption('longitude');
    await dialog.getByRole('button', { name: 'Show these events' }).click();
    await expect(map.count).toHaveText('2 of 2 events');
    await expect(map.item('A visit')).toContainText('January 2023');
    // The column no field reads is kept with the event, in its details.
    await map.item('A meeting').click();
    const details = map.details('A meeting');
    await expect(details.getByRole('heading', { name: 'Other fields in the file' })).toBeVisible();
    await expect(details.getByRole('definition')).toContainText(['First one']);
    const notice = page.getByRole('status').filter({ hasText: 'from odd-names.csv' });
    await notice.getByText('Show the validation report').click();
    await expect(notice).toContainText(
      'Kept with each event as other fields (shown in its details and in downloads): Remarks.',
    );
    // The columns can be chosen again from the report: the dialog opens on the same file.
    await notice.getByRole('button', { name: 'Choose how the columns are read' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Read “Label” as' })).toHaveValue('title');
    await dialog.getByRole('combobox', { name: 'Read “Remarks” as' }).selectOption('summary');
    await dialog.getByRole('button', { name: 'Show these events' }).click();
    await expect(dialog).toBeHidden();
    await map.item('A meeting').click();
    await expect(map.details('A meeting')).toContainText('First one');
    await expect(
      map.details('A meeting').getByRole('heading', { name: 'Other fields in the file' }),
    ).toHaveCount(0);
  });

  await test.step('a GTD export, which has no title column, loads as it is: events titled by type and place, and the report says so', async () => {
    const dialog = await openImport(map);
    await dialog.getByLabel('Choose a file, or drop it here').setInputFiles({
      name: 'globalterrorismdb_extract.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(gtd),
    });
    await expect(dialog).toBeHidden();
    await expect(map.count).toHaveText('2 of 2 events');
    await expect(map.item('Bombing/Explosion in Quetta, Pakistan')).toContainText('18 March 2015');
    await expect(map.item('Armed Assault in Kabul, Afghanistan')).toContainText('January 2016');
    const notice = page.getByRole('status').filter({ hasText: 'from globalterrorismdb_extract.csv' });
    await notice.getByText('Show the validation report').click();
    await expect(notice).toContainText('titled by its type and place');
    expect(await map.axe()).toEqual([]);

    // Another language: the file is read again in it, its report and the titles it made up too; the
    // view stays as it was.
    await map.item('Armed Assault in Kabul, Afghanistan').click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    const russianTitle = tr('ru', '{kind} in {where}')
      .replace('{kind}', 'Armed Assault')
      .replace('{where}', 'Kabul, Afghanistan');
    await expect(page.locator('#details-title')).toHaveText(russianTitle);
    await expect(map.count).toHaveText(/^2\D+2\b/);
    const russian = page.getByRole('status').filter({ hasText: 'globalterrorismdb_extract.csv' });
    await expect(russian).toContainText(
      tr(
        'ru',
        'Each event is titled by its type and place, e.g. "{example}"; to use the file\'s own titles, name their column "{column}"',
      ).split('{example}')[0]!,
    );
    await expect(russian).not.toContainText('titled by its type and place');
  });
});

test('the mapping step says what translation and language columns are read as, in the reader’s language', async ({
  page,
}) => {
  const file = {
    name: 'bilingual.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Label,date,latitude,longitude,title_ur,summary-RU,lang\r\n' +
        'A meeting,2022-10-01,34.5,69.2,ایک ملاقات,Встреча.,UR\r\n' +
        'A visit,2023-01,30.18,66.99,ایک دورہ,,Urdu\r\n',
    ),
  };
  const map = new MapPage(page);
  await map.open();
  const dialog = await openImport(map);
  // "Label" is no column name we know: the mapping step opens.
  await dialog.getByLabel('Choose a file, or drop it here').setInputFiles(file);
  const readAs = (column: string) => dialog.getByRole('combobox', { name: `Read “${column}” as` });
  await expect(readAs('title_ur').locator('option:checked')).toHaveText('The title, translated into Urdu');
  await expect(readAs('summary-RU').locator('option:checked')).toHaveText(
    'The summary, translated into Russian',
  );
  await expect(readAs('lang')).toHaveValue('lang');
  await expect(readAs('lang').locator('option:checked')).toHaveText(
    'Language of the events’ own words (a code: ur, fa-AF)',
  );
  await expect(dialog).toContainText(
    'is read as the translation of the events’ title, summary or place label',
  );
  await readAs('Label').selectOption('title');
  await dialog.getByRole('button', { name: 'Show these events' }).click();
  await expect(map.count).toHaveText('2 of 2 events');

  // The report says the same, and names the row whose language is not a code: loaded, without it.
  const notice = page.getByRole('status').filter({ hasText: 'from bilingual.csv' });
  await notice.getByText('Show the validation report').click();
  await expect(notice).toContainText('title_ur: The title, translated into Urdu');
  await expect(notice).toContainText(
    'Row 3, lang: "Urdu" is not a language code; left out, so the event\'s words are taken to be in English.',
  );
  await expect(notice).not.toContainText('other fields');

  // In Russian, the language is named in Russian.
  await map.open('/?lang=ru');
  await page.getByRole('button', { name: tr('ru', 'Your data') }).click();
  const russian = page.getByRole('dialog', { name: tr('ru', 'Show your own data') });
  await russian.getByLabel(tr('ru', 'Choose a file, or drop it here')).setInputFiles(file);
  const titleUr = russian.getByRole('combobox', {
    name: tr('ru', 'Read “{header}” as').replace('{header}', 'title_ur'),
  });
  await expect(titleUr.locator('option:checked')).toHaveText(
    tr('ru', 'The title, translated into {language}').replace('{language}', 'урду'),
  );
});

test('?data= loads a file from an address; the sample shipped with the app loads that way', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?data=./sample-events.csv');
  await expect(map.count).toHaveText(`${SAMPLE_ROWS} of ${SAMPLE_ROWS} events`);
  await expect(page.getByRole('status').filter({ hasText: 'from sample-events.csv' })).toContainText(
    `Loaded ${SAMPLE_ROWS} of ${SAMPLE_ROWS} rows`,
  );
});

test('?data= loads a GeoJSON file in another layout: valid features show, the others are reported by feature', async ({
  page,
}) => {
  const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: point(69.2, 34.5),
        properties: { name: 'Blast at a market', date: '2024-03-22', fatalities: 12 },
      },
      {
        type: 'Feature',
        geometry: point(66.99, 30.18),
        properties: { name: 'Raid at dawn', date: '2024-05', type: 'raid' },
      },
      { type: 'Feature', geometry: point(10, 10), properties: { name: 'No date at all' } },
      { type: 'Feature', geometry: null, properties: { name: 'Nowhere', date: '2024-01-01' } },
    ],
  };
  await page.route(
    (url) => url.pathname.endsWith('/lesson-events.geojson'),
    (route) => route.fulfill({ body: JSON.stringify(geojson), contentType: 'application/geo+json' }),
  );
  const map = new MapPage(page);
  await map.open('/?data=./lesson-events.geojson');
  await expect(map.count).toHaveText('2 of 2 events');
  await expect(map.item('Blast at a market')).toHaveAccessibleName(/22 March 2024 ?, .*12 killed/);
  await expect(map.item('Raid at dawn')).toContainText('May 2024');
  const notice = page.getByRole('status').filter({ hasText: 'from lesson-events.geojson' });
  await expect(notice).toContainText('Loaded 2 of 4');
  await notice.getByText('Show the validation report').click();
  await expect(notice).toContainText('Feature 2, date');
  await expect(notice).toContainText('Feature 3');
  // With no place name, the details give the point.
  await map.item('Blast at a market').click();
  await expect(map.details('Blast at a market')).toContainText('34.500, 69.200');
});

test.describe('when ?data= fails', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource/ });

  test('a missing file or a web page says so, and the bundled events are one click away', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname.endsWith('/missing.csv'),
      (route) => route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.route(
      (url) => url.pathname.endsWith('/page.csv'),
      (route) =>
        route.fulfill({ status: 200, body: '<!doctype html><title>Hi</title>', contentType: 'text/html' }),
    );
    await page.goto('/?data=./missing.csv&cat=attack');
    await expect(page.getByRole('alert')).toContainText('answered 404 Not Found for missing.csv');
    await page.goto('/?data=./page.csv');
    await expect(page.getByRole('alert')).toContainText('returned a web page, not a data file');
    await page.getByRole('link', { name: 'Show the bundled events instead' }).click();
    const map = new MapPage(page);
    await expect(map.count).toHaveText('19 of 19 events');
  });
});
