import { expect, MapPage, test } from './driver';

const CSV = [
  'title,date,latitude,longitude,country',
  'Market bombing,2024-03-22,34.53,69.17,AF',
  'Court ruling,2024-02-10,33.69,73.05,PK',
  'Raid at dawn,2024-05-01,30.18,66.99,PK',
].join('\r\n');

async function pick(map: MapPage, name = 'three.csv', contents = CSV) {
  await expect(await map.pickFile({ name, contents })).toBeHidden();
}

test('a file the reader opens starts unfiltered, on its whole extent, with nothing selected, whatever the address held', async ({
  page,
}) => {
  const map = new MapPage(page);
  // A filter, a search, a window and a selected event from a link.
  await map.open(
    '/?cat=attack&q=kabul&from=2021-01-01&to=2021-12-31&event=kabul-airport-abbey-gate-bombing-2021',
  );
  await expect(page.getByRole('region', { name: /Abbey Gate/ })).toBeVisible();
  await pick(map);
  await expect(map.count).toHaveText('3 of 3 events');
  await expect(map.listItems()).toHaveCount(3);
  await expect(page.locator('.details')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(page).not.toHaveURL(/cat=|q=|event=|from=/);
  // A second file: the same again, not the first file's view.
  await map.item('Raid at dawn').click();
  await pick(map, 'again.csv', CSV.replace('Raid at dawn', 'Night raid'));
  await expect(map.count).toHaveText('3 of 3 events');
  await expect(page.locator('.details')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('after ?data=, a picked file takes the address off that data; Copy link says a local file cannot travel; a reload says why it is gone', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?data=./sample-events.csv');
  await pick(map);
  await expect(map.count).toHaveText('3 of 3 events');
  await expect(page).not.toHaveURL(/data=/);
  await map.item('Court ruling').click();
  await expect(page).toHaveURL(/event=row-3/);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const note = page.getByRole('status').filter({ hasText: 'a file from your computer' });
  await expect(note).toContainText('A link cannot include three.csv, a file from your computer');
  await expect(note).toContainText('?data=');
  await note.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Embed' }).click();
  const embed = page.getByRole('dialog', { name: 'Embed this view in a page' });
  await expect(embed).toContainText('An embed code cannot include three.csv, a file from your computer');
  await expect(embed.getByRole('textbox', { name: 'Embed code' })).toHaveCount(0);
  await embed.getByRole('button', { name: 'Close' }).click();

  // Reloaded as the address is rewritten (the map coming to rest, say): the browser reloads the
  // entry as it was before the rewrite, and without the page's mark on it.
  await page.evaluate(() => {
    const rewritten = new URL(window.location.href);
    rewritten.searchParams.set('map', '33.7,73.04,6');
    window.location.reload();
    window.history.replaceState(window.history.state, '', rewritten);
  });
  await expect(map.count).toHaveText('19 of 19 events');
  await expect(page.getByRole('status').filter({ hasText: 'The page was reloaded' })).toContainText(
    'a file from your computer (three.csv) is not kept after a reload',
  );
  // The reloaded address was the file's view: it is not applied to the bundled events.
  await expect(page.getByRole('status').filter({ hasText: 'no event with id' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Choose the file again' }).click();
  await expect(page.getByRole('dialog', { name: 'Show your own data' })).toBeVisible();
});

test.describe('when the bundled events cannot be loaded', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource/ });

  test('a file the reader opens still gets search, filters and the address', async ({ page }) => {
    await page.route('**/events-checked*.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The events could not be loaded');
    const map = new MapPage(page);
    await pick(map);
    await expect(map.count).toHaveText('3 of 3 events');
    await page.getByRole('searchbox').fill('raid');
    await expect(map.count).toHaveText('1 of 3 events');
    await expect(page).toHaveURL(/q=raid/);
  });
});
