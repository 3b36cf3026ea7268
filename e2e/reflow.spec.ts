import type { Locator, Page } from '@playwright/test';
import { bundled, expect, HEADER_DIALOGS, MapPage, serveWithSourceLinks, test } from './driver';

/**
 * WCAG 1.4.10 (reflow) and 1.4.4 (resize text): 320 CSS pixels wide, and a
 * 1280x800 window zoomed to 200%, with nothing scrolling sideways and every
 * part in reach.
 *
 * Zoom is emulated the way the browser does it: at 200% a 1280x800 window
 * lays out 640x400 CSS pixels, each drawn with 2 device pixels, so the
 * viewport is 640x400 at a device scale factor of 2, and media queries, rem
 * and vw see what they see when a reader zooms. CSS `zoom` on the body would
 * keep the 1280-pixel layout and its media queries, and skew the pointer
 * coordinates Leaflet and the slider read: not what a reader's zoom does.
 */
const SIZES = [
  { name: '320 px wide', file: 'reflow-320', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  {
    name: '1280x800 at 200% zoom',
    file: 'zoom-200',
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  },
];

/** An event whose details are long: actors, casualties and several sources (each given a link). */
const linked = bundled.events.find((e) => e.props.sources.length > 1 && e.props.casualties?.killed)!;

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    width: window.innerWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}

/** The map ends where the timeline begins: in a short window the one does not slide over the other. */
async function expectMapAboveTimeline(page: Page) {
  const map = (await page.locator('.map-area').boundingBox())!;
  const timeline = (await page.locator('.timeline').boundingBox())!;
  expect(map.y + map.height, 'the map runs over the timeline').toBeLessThanOrEqual(timeline.y + 0.5);
}

/** Scrolled to, whole across the window, and not covered by anything else: a press would reach it. */
async function expectReachable(page: Page, locator: Locator, what: string) {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator, what).toBeInViewport();
  const box = (await locator.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, `${what} starts off the left edge`).toBeGreaterThanOrEqual(-0.5);
  expect(box.x + box.width, `${what} runs off the right edge`).toBeLessThanOrEqual(width + 0.5);
  // A trial click checks that the element itself, not something over it, takes the press.
  await locator.click({ trial: true, timeout: 3000 });
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('nothing is wider than the window, and every part can be reached', async ({ page }) => {
      await serveWithSourceLinks(page);
      const map = new MapPage(page);
      await map.open();
      await expectNoSidewaysScroll(page);
      await expectMapAboveTimeline(page);
      await expect(page).toHaveScreenshot(`${size.file}.png`, { fullPage: true });

      const search = page.getByRole('searchbox', { name: 'Search events' });
      await expectReachable(page, search, 'the search');
      const filters = page.locator('.filter-panel summary');
      await expectReachable(page, filters, 'the filters');
      await filters.click();
      const category = page.getByRole('checkbox', { name: /^Attack/ });
      await expectReachable(page, category, 'a category filter');
      await expectNoSidewaysScroll(page);
      await filters.click();

      await expectReachable(page, map.startHandle, 'the start handle');
      await expectReachable(page, map.endHandle, 'the end handle');
      await expectReachable(page, map.fromField, 'the From date');
      await expectReachable(page, map.toField, 'the To date');
      await expectReachable(page, page.getByRole('button', { name: 'Play' }), 'the play button');
      await expectReachable(page, page.getByRole('button', { name: 'Zoom in', exact: true }), 'the map zoom');

      const item = map.item(linked.props.title);
      await expectReachable(page, item, 'an event in the list');
      await item.click();
      const details = map.details(linked.props.title);
      await expect(details).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectReachable(page, details.getByRole('link').first(), 'a source link in the details');
      const back = details.getByRole('button', { name: 'Back to events' });
      await expectReachable(page, back, 'the details Back button');
      await back.click();

      // On a narrow screen the header's actions wait behind More, which stays open while its dialogs are.
      const more = page.getByRole('button', { name: 'More', exact: true });
      await expectReachable(page, more, 'the More button');
      await more.click();
      for (const [button, title] of HEADER_DIALOGS) {
        const opener = page.getByRole('button', { name: button, exact: true });
        await expectReachable(page, opener, `the ${button} button`);
        await opener.click();
        const dialog = page.getByRole('dialog', { name: title });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByText('Loading…')).toHaveCount(0);
        await expectNoSidewaysScroll(page);
        const fits = await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth);
        expect(fits, `${title} scrolls sideways`).toBe(true);
        await expectReachable(page, dialog.getByRole('heading', { name: title }), `the heading of ${title}`);
        await expectReachable(page, dialog.getByRole('button').last(), `the last button of ${title}`);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    });

    test('embedded: the map, the timeline and the events panel fit, and the details can be reached', async ({
      page,
    }) => {
      await serveWithSourceLinks(page);
      const map = new MapPage(page);
      await map.open('/?embed=1');
      await expectNoSidewaysScroll(page);
      await expectMapAboveTimeline(page);
      // The embed's header keeps to one line where it can: the name is never what gets cut.
      const brand = (await page.locator('.brand').boundingBox())!;
      const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(brand.x + brand.width, 'the name is cut').toBeLessThanOrEqual(heading.x + heading.width + 0.5);
      await expectReachable(page, map.endHandle, 'the end handle');
      await expectReachable(page, page.getByRole('button', { name: 'Play' }), 'the play button');
      const toggle = page.getByRole('button', { name: /^Events \(/ });
      await expectReachable(page, toggle, 'the events button');
      await toggle.click();
      const item = map.item(linked.props.title);
      await expectReachable(page, item, 'an event in the panel');
      await item.click();
      await expectReachable(page, map.details(linked.props.title).getByRole('link').first(), 'a source link');
      await expectNoSidewaysScroll(page);
    });
  });
}
