import type { Locator, Page } from '@playwright/test';
import { bundled, expect, MapPage, test } from './driver';

type Box = { x: number; y: number; width: number; height: number };

/**
 * A lazy part of the page that does not arrive (offline since the page opened, or a site updated
 * under it): the reader is told over the map, and everything else still works.
 */
test.use({ allowedConsoleErrors: /Failed to load resource/ });

const NOTICE = 'Part of the page could not be loaded. Check your connection and reload the page.';

/** The page's lazy chunk named `name` (its file name before the hash) is refused, as a dropped connection would. */
function refuseChunk(page: Page, name: string) {
  return page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (route) => route.abort());
}

test('without the place names’ chunk the map says so, and still shows every event, clustered', async ({
  page,
}) => {
  await refuseChunk(page, 'place-labels');
  const map = new MapPage(page);
  await map.open();
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await expect(map.count).toHaveText(`${bundled.events.length} of ${bundled.events.length} events`);
  await expect(map.listItems()).toHaveCount(bundled.events.length);
  const { drawn, clusters } = await map.clusterSummary();
  expect(drawn).toBe(bundled.events.length);
  expect(clusters).toBeGreaterThan(0);
  await expect(page.locator('canvas.label-canvas')).toHaveCount(0);
});

test('without the clusters’ chunk every event is drawn alone, and the map says a part is missing', async ({
  page,
}) => {
  await refuseChunk(page, 'cluster-client');
  const map = new MapPage(page);
  await page.goto('/');
  await map.settled();
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await expect(map.canvas).toHaveAttribute('data-drawn', String(bundled.events.length));
  await expect(map.canvas).toHaveAttribute('data-singles', String(bundled.events.length));
  await expect(map.listItems()).toHaveCount(bundled.events.length);
});

test('with every part in, no such notice is shown', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await expect(page.getByText(NOTICE)).toHaveCount(0);
});

test.describe('in a small embed (480x360)', () => {
  test.use({ viewport: { width: 480, height: 360 } });

  test('the notice keeps clear of the legend, and the place chips wait for room rather than push it', async ({
    page,
  }) => {
    await refuseChunk(page, 'place-labels');
    const map = new MapPage(page);
    await map.open('/?embed=1');
    const notice = page.getByText(NOTICE);
    await expect(notice).toBeVisible();
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const n = await box(notice);
    const legend = await box(page.locator('.legend'));
    const events = await box(page.getByRole('button', { name: /^Events \(/ }));
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap(n, legend), 'the notice lies over the legend').toBe(false);
    expect(overlap(n, events), 'the notice lies over the Events button').toBe(false);
    for (const chip of await page
      .getByRole('navigation', { name: 'Where the events are' })
      .getByRole('button')
      .all()) {
      if (!(await chip.isVisible())) continue;
      const at = await box(chip);
      expect(overlap(at, n) || overlap(at, legend), 'a chip lies over the notice or the legend').toBe(false);
    }
  });
});
