import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, MapPage, test } from './driver';
import { SECOND_BUILD, secondBuildReady } from './second-build';

/**
 * These tests run against the second build of playwright.config.ts, made with
 * VITE_TILE_URL=./tiles/{z}/{x}/{y}.png: tiles from the app's own host, which
 * each test serves or fails.
 */
test.use({ baseURL: SECOND_BUILD });
test.beforeEach(secondBuildReady);

/** A PNG of one colour, made here: a signature, then IHDR, IDAT and IEND chunks. */
function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  // Each row: filter type 0, then the pixels.
  const row = Buffer.from([0, ...Array.from({ length: size }, () => [r, g, b]).flat()]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Share of the country layer's pixels that are painted: the land when filled
 * (about a quarter of the canvas at the opening view), the borders when not (a few percent).
 */
async function paintedShare(page: Page): Promise<number> {
  return page.locator('canvas.basemap-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted / (data.length / 4);
  });
}

const NOTICE = 'Map tiles could not be loaded; showing the built-in map.';

test('tiles that load are drawn under the country outlines, with their attribution as text', async ({
  page,
}) => {
  await page.route('**/tiles/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: solidPng(8, [40, 120, 200]) }),
  );
  const map = new MapPage(page);
  await map.open();
  await expect(page.locator('.map')).toHaveAttribute('data-countries', /\d+/);
  const tiles = page.locator('.leaflet-tile-pane img.leaflet-tile-loaded');
  await expect(tiles.first()).toBeVisible();
  expect(await tiles.count()).toBeGreaterThan(1);

  // The outlines' pane lies over the tiles', and draws borders only, so the tiles show through.
  const zIndex = (pane: string) =>
    page.locator(`.leaflet-${pane}-pane`).evaluate((el) => Number(getComputedStyle(el).zIndex));
  expect(await zIndex('tile')).toBeLessThan(await zIndex('overlay'));
  await expect.poll(() => paintedShare(page)).toBeGreaterThan(0.01);
  expect(await paintedShare(page)).toBeLessThan(0.1);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Test tiles <b>as text</b>');
  await expect(page.getByText(NOTICE)).toHaveCount(0);
});

test.describe('when the tile server fails', () => {
  // The browser logs each tile that answers 404; those, and only those, are expected here.
  test.use({ allowedConsoleErrors: /^Failed to load resource: the server responded with a status of 404/ });

  test('the tiles go, the built-in map stays, and the reader is told', async ({ page }) => {
    const notFound: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
    });
    await page.route('**/tiles/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const map = new MapPage(page);
    await map.open();

    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
    await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
    await expect(page.locator('.leaflet-control-attribution')).not.toContainText('Test tiles');
    // The countries are filled land again, as in a build without tiles.
    await expect(page.locator('.map')).toHaveAttribute('data-countries', /\d+/);
    await expect.poll(() => paintedShare(page)).toBeGreaterThan(0.15);
    expect(await map.axe()).toEqual([]);
    // The map still works.
    await map.item('Bomb hits police bus in Mastung').click();
    await expect(map.canvas).toHaveAttribute('data-selected', 'mastung-police-bus-bombing-2025');

    expect(notFound.length).toBeGreaterThan(0);
    for (const path of notFound) expect(path).toMatch(/^\/tiles\/\d+\/\d+\/\d+\.png$/);
  });
});
