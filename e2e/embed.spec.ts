import { bundled, eventsInWindow, expect, expectPictureWithoutMap, MapPage, test } from './driver';
import { dayFromParts } from '../src/lib/dates';

const total = bundled.events.length;

test.describe('embedded in a lesson page', () => {
  test.use({ viewport: { width: 640, height: 480 } });

  test('?embed=1 shows map and timeline, the events on demand, and a link to the full map', async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open('/?embed=1&cat=attack');
    const attacks = bundled.events.filter((e) => e.props.category === 'attack');
    await expect(map.startHandle).toBeVisible();
    await expect(map.list).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    const full = page.getByRole('link', { name: 'Open full map' });
    await expect(full).toHaveAttribute('href', '/?cat=attack');
    await expect(full).toHaveAttribute('target', '_blank');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(480);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    // As it opens: where the events panel stands scrolled once an event is picked varies.
    await expectPictureWithoutMap(page, 'embed.png');

    const toggle = page.getByRole('button', { name: `Events (${attacks.length})` });
    await toggle.click();
    await expect(map.count).toHaveText(`${attacks.length} of ${total} events`);
    await map.item(attacks[0]!.props.title).click();
    await expect(map.details(attacks[0]!.props.title)).toBeVisible();
    expect(await map.axe()).toEqual([]);
    await page.getByRole('button', { name: 'Hide the events' }).click();
    await expect(map.list).toBeHidden();
  });

  test('options hide the timeline or the list, lock the window, or fix the map', async ({ page }) => {
    const map = new MapPage(page);
    await map.open('/?embed=1&timeline=0&list=0');
    await expect(map.startHandle).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Events \(/ })).toHaveCount(0);

    await map.open('/?embed=1&lock=1&fixed=1&from=2024-01-01&to=2025-04-17');
    await expect(map.startHandle).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Time window' })).toContainText(
      'Showing events from January 2024 to April 2025',
    );
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(0);
    const shown = eventsInWindow(dayFromParts(2024, 1, 1), dayFromParts(2025, 4, 17));
    await page.getByRole('button', { name: `Events (${shown.length})` }).click();
    await expect(map.count).toHaveText(`${shown.length} of ${total} events`);
    // Dragging the map does not move it.
    const before = await page.locator('.map').getAttribute('data-view');
    const box = (await map.canvas.boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + 150);
    await page.mouse.down();
    await page.mouse.move(box.x + 250, box.y + 250, { steps: 5 });
    await page.mouse.up();
    await expect(page.locator('.map')).toHaveAttribute('data-view', before!);
  });
});
