import { readFileSync } from 'node:fs';
import { expect, MapPage, test } from './driver';

const mixed = readFileSync('e2e/fixtures/mixed-validity.geojson', 'utf8');

test('invalid events are listed with their feature and field, and every valid one still shows', async ({
  page,
}) => {
  await page.route('**/events-checked*.json', (route) =>
    route.fulfill({ body: mixed, contentType: 'application/geo+json' }),
  );
  const map = new MapPage(page);
  await map.open();

  await expect(map.count).toHaveText('3 of 3 events');
  await expect(map.canvas).toHaveAttribute('data-drawn', '3');
  const notice = page.getByRole('status').filter({ hasText: 'could not be shown' });
  await expect(notice).toContainText('2 of 5 events could not be shown because their data is invalid.');
  await notice.getByText('Show why').click();
  await expect(notice).toContainText(
    'Feature 1 ("impossible-date"), field "properties.date.value": is not a real calendar day',
  );
  await expect(notice).toContainText('Feature 3 ("no-title"), field "properties.title": is missing');
  // Text from the data is shown as text, never as markup.
  await expect(map.item('<b>Bold</b> claims & "quotes"')).toBeVisible();
  await expect(page.locator('.list b')).toHaveCount(0);
});

test.describe('when the dataset cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: .* 404/] });

  test('the reader is told why and can try again', async ({ page }) => {
    let fail = true;
    await page.route('**/events-checked*.json', (route) =>
      fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The events could not be loaded: the server answered 404');
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeHidden();
    await expect(new MapPage(page).count).toHaveText(/^\d+ of \d+ events$/);
  });
});
