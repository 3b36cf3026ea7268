import type { Page } from '@playwright/test';
import { contrastRatio, lowContrastText, luminance, type Rgba } from './contrast';
import type { MapEvent } from '../src/lib/dataset';
import { bundled, expect, expectPictureWithoutMap, HEADER_DIALOGS, loneEvent, MapPage, test } from './driver';

/** An event with everything the details can show: actors, casualties, facts not in its sources. */
const rich = bundled.events.find(
  (e) => e.props.actors.length > 0 && e.props.casualties?.killed && e.props.notInSources,
)!;

/**
 * Text over the map (notices, chips, legend, attribution) with too little
 * contrast, in either scheme: axe cannot measure a background that is a
 * canvas and leaves such text "incomplete", so it is measured here, against
 * the overlays' own backgrounds.
 */
function lowContrastOverMap(map: MapPage): Promise<string[]> {
  return map.inBothSchemes(() => lowContrastText(map.page.locator('.map-area')));
}

// Each state is opened once and checked in both schemes: the scheme changes nothing but colours.
test('axe finds no violations in the first view and the details, dark or light', async ({ page }) => {
  // Opened in the dark scheme, so what is only right when the page starts light would show.
  await page.emulateMedia({ colorScheme: 'dark' });
  const map = new MapPage(page);
  await map.open();
  // The first view whole: its chips too (first-view.spec.ts leaves this state's sweep to this test).
  await expect(
    page.getByRole('navigation', { name: 'Where the events are' }).getByRole('button').first(),
  ).toBeVisible();
  expect(await map.axeInBothSchemes(), 'first view').toEqual([]);
  expect(await lowContrastOverMap(map)).toEqual([]);

  await map.item(rich.props.title).click();
  await expect(map.details(rich.props.title)).toBeVisible();
  expect(await map.axeInBothSchemes(), 'details').toEqual([]);
  await expectPictureWithoutMap(page, 'dark-desktop.png');
});

test('axe finds no violations in any dialog, and dialog text is readable, light or dark', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  for (const [button, title] of HEADER_DIALOGS) {
    const dialog = await map.openHeaderDialog(button, title);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await map.axe(), `${title}, ${colorScheme}`).toEqual([]);
      // axe reports contrast in a modal dialog (the top layer) as "incomplete": measured here instead.
      expect(await lowContrastText(dialog), `${title}, ${colorScheme}`).toEqual([]);
      if (colorScheme === 'dark' && button === 'About this map') {
        await expectPictureWithoutMap(page, 'dark-dialog.png');
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('axe finds no violations while playback runs, nor with an import report open, light or dark', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  // Playback first, on the bundled events; then a file of the reader's, on the same page.
  await page.getByRole('checkbox', { name: 'Loop' }).check();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await map.axeInBothSchemes(), 'playback').toEqual([]);
  // It loops: still playing after both checks.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('button', { name: 'Your data' }).click();
  const csv = 'title,date,latitude,longitude\r\nMarket bombing,2024-03-22,34.5,69.2\r\n,2024-04-01,34.5,69.2';
  await page
    .getByRole('dialog', { name: 'Show your own data' })
    .getByLabel('Choose a file, or drop it here')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const notice = page.getByRole('status').filter({ hasText: 'from mine.csv' });
  await notice.getByText('Show the validation report').click();
  await expect(notice).toContainText('Row 3, title');
  expect(await map.axeInBothSchemes(), 'import report').toEqual([]);
});

test('embed mode: axe finds no violations with the events panel closed and open, light or dark', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 480 });
  const map = new MapPage(page);
  await map.open('/?embed=1');
  expect(await map.axeInBothSchemes(), 'embed, panel closed').toEqual([]);
  expect(await lowContrastOverMap(map)).toEqual([]);
  await page.getByRole('button', { name: /^Events \(/ }).click();
  await map.item(rich.props.title).click();
  await expect(map.details(rich.props.title)).toBeVisible();
  expect(await map.axeInBothSchemes(), 'embed, details').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectPictureWithoutMap(page, 'dark-embed.png');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('axe finds no violations in the first view and the details, dark or light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const map = new MapPage(page);
    await map.open();
    expect(await map.axeInBothSchemes(), 'first view').toEqual([]);
    await map.item(rich.props.title).tap();
    await expect(map.details(rich.props.title)).toBeInViewport();
    expect(await map.axeInBothSchemes(), 'details').toEqual([]);
    // The details themselves: where the page stands scrolled after the tap varies by a few pixels.
    await expect(map.details(rich.props.title)).toHaveScreenshot('dark-phone-details.png');
  });
});

/** The land colour the basemap drew: the commonest opaque colour of its canvas (the sea is the map's background). */
async function landColour(page: Page): Promise<Rgba> {
  // The basemap is drawn on a frame after the map moves, resizes or changes scheme, its canvas blank
  // until then: a read waits for it to hold something.
  let land: Rgba | null = null;
  const read = () =>
    page.locator('canvas.basemap-canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 255) continue;
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (counts.size === 0) return null;
      const [key] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
      return [key >> 16, (key >> 8) & 255, key & 255, 255] as Rgba;
    });
  await expect.poll(async () => (land = await read()) !== null, { message: 'the basemap drawn' }).toBe(true);
  return land!;
}

/** Opens the map centred on an event at zoom 5, where it is a marker of its own (clusters may all be off screen). */
async function openAt(map: MapPage, event: MapEvent) {
  await map.page.goto(`/?map=${event.lat},${event.lon},5`);
  await expect(map.canvas).toHaveAttribute('data-clustered', 'true');
  await expect(map.page.locator('.map')).toHaveAttribute('data-countries', /\d+/);
  await map.settled();
}

/** The outermost mostly opaque pixel of the marker at the map's centre, going right (its outline); null if none is drawn. */
async function edgeNow(map: MapPage): Promise<Rgba | null> {
  const { x, y } = await map.mapCentre();
  let edge: Rgba | null = null;
  for (let dx = 0; dx < 30; dx++) {
    const pixel = await map.markerPixel(x + dx, y);
    if (pixel[3] >= 128) edge = pixel;
  }
  return edge;
}

/**
 * The outline of the marker at the map's centre, once it is drawn: the markers are drawn on an
 * animation frame after the map moves, resizes or changes scheme, so a read can come before them.
 */
async function markerEdge(map: MapPage): Promise<Rgba> {
  let edge: Rgba | null = null;
  await expect
    .poll(async () => (edge = await edgeNow(map)) !== null, { message: 'a marker at the centre of the map' })
    .toBe(true);
  return edge!;
}

test('the map follows the colour scheme as it changes: land, borders and marker outlines; print stays light', async ({
  page,
}) => {
  const map = new MapPage(page);
  // A marker of its own, filled (dated to the day) with a solid outline (placed precisely).
  const event = loneEvent(
    (e) => e.props.date.precision === 'day' && ['site', 'city'].includes(e.props.place.precision),
  );
  await openAt(map, event);
  const lightLand = await landColour(page);
  expect(luminance(lightLand)).toBeGreaterThan(0.7);
  expect(luminance(await markerEdge(map))).toBeLessThan(0.05);
  const lightSea = await page.locator('.map').evaluate((e) => getComputedStyle(e).backgroundColor);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => luminance(await landColour(page))).toBeLessThan(0.05);
  await expect.poll(async () => luminance(await markerEdge(map))).toBeGreaterThan(0.7);
  // The outline stands out from the land around it (WCAG 1.4.11 asks 3:1 of graphics).
  expect(contrastRatio(await markerEdge(map), await landColour(page))).toBeGreaterThan(3);
  const darkSea = await page.locator('.map').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(luminance(darkSea.match(/\d+/g)!.map(Number) as Rgba)).toBeLessThan(0.05);
  expect(darkSea).not.toBe(lightSea);
  await expect(page).toHaveScreenshot('dark-map.png');

  // A page printed from a dark system is a light handout, map included.
  await page.emulateMedia({ media: 'print' });
  await expect.poll(async () => (await landColour(page)).join()).toBe(lightLand.join());
  const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(paper).toBe('rgb(255, 255, 255)');

  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await expect.poll(async () => (await landColour(page)).join()).toBe(lightLand.join());
  // The markers are drawn again on the frame after the map's size changes back from the page's:
  // until then the marker canvas may be blank, read as white (1), which the poll waits out.
  await expect
    .poll(async () => {
      const edge = await edgeNow(map);
      return edge ? luminance(edge) : 1;
    })
    .toBeLessThan(0.05);
});

test('a hollow marker (date known only roughly) keeps a light edge on the dark map', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const map = new MapPage(page);
  const event = loneEvent((e) => e.props.date.precision !== 'day');
  await openAt(map, event);
  const edge = await markerEdge(map);
  expect(luminance(edge)).toBeGreaterThan(0.4);
  expect(contrastRatio(edge, await landColour(page))).toBeGreaterThan(3);
});
