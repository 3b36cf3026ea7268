import { expect, MapPage, test } from './driver';

/**
 * Points checked against the country their row names, in the worker, with the
 * outlines the basemap draws: one in its country, one swapped, one placed by
 * its name instead of in Yakutia, one refused, one given in degrees and minutes.
 */
const csv = [
  'id,title,date,place,country,latitude,longitude',
  'market,Market bombing,2024-03-22,Kabul,Afghanistan,34.53,69.17',
  'swapped,Checkpoint attack,2024-04-02,Kandahar,AF,65.71,31.61',
  'yakutia,Airport blast,2024-05-02,"Kabul, Afghanistan",,69.1,134.5',
  'nowhere,Ambush,2024-06-01,,AF,61.5,105.3',
  'dms,Raid,2024-07-09,Quetta,PK,30°11′N,67°0′E',
].join('\r\n');

test('each point is checked against its country: kept, swapped, placed by its name, or refused, and the report says which', async ({
  page,
}) => {
  const outlines: string[] = [];
  page.on('request', (r) => {
    if (/countries-50m-[\w-]+\.json$/.test(r.url())) outlines.push(r.url());
  });
  const map = new MapPage(page);
  await map.open();
  const before = outlines.length;

  const dialog = await map.pickFile({ name: 'points.csv', contents: csv });
  await expect(dialog).toBeHidden();
  await expect(map.count).toHaveText('4 of 4 events');
  // The worker fetched the outlines for the check (the basemap draws from a file of its own).
  expect(outlines.length).toBeGreaterThan(before);

  const notice = page.getByRole('status').filter({ hasText: 'from points.csv' });
  await expect(notice).toContainText('Loaded 4 of 5 rows from points.csv. 1 rejected.');
  await notice.getByText('Show the validation report').click();
  const section = (heading: string) =>
    notice.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });
  await expect(section('Rejected').getByRole('listitem')).toHaveText([
    /^Row 5, latitude: latitude 61\.5, longitude 105\.3 is in Russia, not in Afghanistan \(the row's country\), nor is it read the other way round\./,
  ]);
  await expect(section('Corrected').getByRole('listitem')).toHaveText([
    /^Row 3, latitude: latitude 65\.71, longitude 31\.61 is in Russia, not in Afghanistan \(the row's country\)\. Read the other way round \(latitude 31\.61, longitude 65\.71\) it is in Afghanistan, and it was placed there/,
    /^Row 4, latitude: latitude 69\.1, longitude 134\.5 is in Russia, not in Afghanistan \(the place name “Kabul, Afghanistan”\)\. Placed at Kabul, AF by its place name instead/,
  ]);

  await map.item('Market bombing').click();
  await expect(map.details('Market bombing')).toContainText('Kabul (coordinates as given in the file)');
  await page.getByRole('button', { name: 'Back to events' }).click();
  await map.item('Airport blast').click();
  await expect(map.details('Airport blast')).toContainText('Located by place name: Kabul, AF');
});
