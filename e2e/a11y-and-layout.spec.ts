import { axeViolations } from './axe';
import { bundled, expect, expectPictureWithoutMap, MapPage, test } from './driver';

test('the axe check itself finds a broken page, and a broken frame inside a page', async ({ page }) => {
  // Pages of the app's own origin, served here, so the frame is same-origin as the map's preview frame is.
  const pages: Record<string, string> = {
    '/axe-outer.html':
      '<main><h1>Outer</h1><button></button><iframe title="Inner" src="/axe-inner.html"></iframe></main>',
    '/axe-inner.html': '<main><h1>Inner</h1><img src="data:,"></main>',
  };
  for (const [path, body] of Object.entries(pages)) {
    await page.route(path, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>${path}</title>${body}`,
      }),
    );
  }
  await page.goto('/axe-outer.html');
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Inner' })).toBeVisible();
  const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
  // Asked a second time (axe is then already in both frames), it still finds them.
  expect((await axeViolations(page)).length).toBe(found.length);
});

test('desktop layout: map, timeline and list side by side (screenshot)', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  const mapBox = (await page.locator('.map').boundingBox())!;
  const listBox = (await page.locator('.sidebar').boundingBox())!;
  const timelineBox = (await page.locator('.timeline').boundingBox())!;
  expect(listBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width - 1);
  expect(timelineBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
  await map.item(bundled.events.at(-1)!.props.title).click();
  // The map has flown to the event once its view is in the address (it is written when a move ends).
  await expect(page).toHaveURL(/[?&]map=/);
  await expectPictureWithoutMap(page, 'desktop.png');
});

test.describe('on a 375x667 phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('map, timeline and list are all usable, with nothing wider than the screen', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const mapBox = (await page.locator('.map').boundingBox())!;
    expect(mapBox.height).toBeGreaterThan(250);
    expect(mapBox.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await expect(map.startHandle).toBeInViewport();
    await map.endHandle.focus();
    await page.keyboard.press('Shift+PageDown');
    const [from, to] = await map.windowDays();
    expect(to).toBeLessThan(bundled.index.extent!.end);
    await expect(map.count).toHaveText(
      `${bundled.events.filter((e) => e.start <= to && e.end >= from).length} of ${bundled.events.length} events`,
    );

    const first = map.listItems().first();
    const title = (await first.locator('.list-title').textContent())!;
    await first.tap();
    await expect(map.details(title)).toBeInViewport();
    expect(await map.axe()).toEqual([]);
    // What the reader sees: the details are a sheet over the whole screen. A picture of the whole page
    // put the sheet wherever the page was scrolled to as it was taken, 300 px down in some runs and 307 in others.
    await expectPictureWithoutMap(page, 'phone.png');
  });
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('nothing is cut off or wider than the screen', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const locator of [page.locator('.map'), map.startHandle, map.endHandle, map.toField]) {
      const box = (await locator.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await expect(map.listItems()).toHaveCount(bundled.events.length);
  });
});
