import type { Page } from '@playwright/test';
import type { MapEvent } from '../src/lib/dataset';
import { projectX, projectY } from '../src/lib/mercator';
import { expect, loneEvent, MapPage, test } from './driver';

/** Where the map shows an event, in its container's pixels, from the view it exposes. */
async function shownAt(page: Page, e: MapEvent) {
  const { lat, lng, zoom } = await new MapPage(page).view();
  const box = (await page.locator('.map').boundingBox())!;
  const scale = 2 ** zoom;
  return {
    x: box.width / 2 + (projectX(e.lon) - projectX(lng)) * scale,
    y: box.height / 2 + (projectY(e.lat) - projectY(lat)) * scale,
  };
}

/**
 * Clicks "Zoom in" and gives, for every animation frame of the zoom, the scale
 * (1 unscaled) of each element named by a selector.
 */
async function zoomScales<K extends string>(page: Page, selectors: Record<K, string>) {
  await page.evaluate(
    (selectors) => {
      const mapPane = document.querySelector('.leaflet-map-pane')!;
      const scaleOf = (selector: string) => {
        const transform = getComputedStyle(document.querySelector(selector)!).transform;
        return transform === 'none' ? 1 : new DOMMatrix(transform).a;
      };
      const frames: Array<Record<string, number>> = [];
      const sample = () =>
        frames.push(Object.fromEntries(Object.entries(selectors).map(([k, sel]) => [k, scaleOf(sel)])));
      const done = new Promise((resolve) => {
        const watch = new MutationObserver(() => {
          if (!mapPane.classList.contains('leaflet-zoom-anim')) return;
          watch.disconnect();
          const next = () => {
            if (!mapPane.classList.contains('leaflet-zoom-anim')) return resolve(frames);
            sample();
            requestAnimationFrame(next);
          };
          next();
        });
        watch.observe(mapPane, { attributeFilter: ['class'] });
      });
      Object.assign(window, { zoomFrames: done });
    },
    selectors as Record<string, string>,
  );
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  return (await page.evaluate(
    () => (window as unknown as { zoomFrames: Promise<unknown> }).zoomFrames,
  )) as Array<Record<K, number>>;
}

/** Each canvas of the map: its class, what holds it, and its box against the map's. */
function canvases(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('.map')!;
    const outer = map.getBoundingClientRect();
    return Array.from(map.querySelectorAll('canvas'), (canvas) => {
      const box = canvas.getBoundingClientRect();
      const pane = canvas.parentElement!;
      return {
        name: canvas.className,
        inPane: pane.classList.contains('leaflet-pane') && pane.closest('.leaflet-map-pane') !== null,
        paneZ: Number(getComputedStyle(pane).zIndex),
        offset: [
          box.left - outer.left,
          box.top - outer.top,
          box.width - outer.width,
          box.height - outer.height,
        ],
      };
    });
  });
}

test('every canvas the map draws is in a Leaflet pane, markers over labels over the basemap, each covering the map', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await expect(page.locator('canvas.label-canvas')).toHaveAttribute('data-labels', /\d+/);
  await expect(page.locator('.map')).toHaveAttribute('data-countries', /\d+/);
  // A canvas is put over the map when it draws, on the frame after the map moves (the first view
  // may still be easing in): its offsets are read once it has.
  const offsets = async () =>
    (await canvases(page))
      .filter((c) => c.name.includes('event-canvas') || c.name.includes('label-canvas'))
      .flatMap((c) => c.offset.map(Math.abs));
  await expect.poll(async () => Math.max(...(await offsets()))).toBeLessThan(0.5);

  const drawn = await canvases(page);
  expect(drawn.map((c) => c.name)).toEqual(
    expect.arrayContaining([
      expect.stringContaining('event-canvas'),
      expect.stringContaining('label-canvas'),
    ]),
  );
  for (const canvas of drawn) expect(canvas.inPane, canvas.name).toBe(true);
  const z = (name: string) => drawn.find((c) => c.name.includes(name))!.paneZ;
  const basemap = drawn.find((c) => !c.name.includes('event-canvas') && !c.name.includes('label-canvas'))!;
  expect(z('event-canvas')).toBeGreaterThan(z('label-canvas'));
  expect(z('label-canvas')).toBeGreaterThan(basemap.paneZ);
  for (const name of ['event-canvas', 'label-canvas']) {
    for (const d of drawn.find((c) => c.name.includes(name))!.offset)
      expect(Math.abs(d), name).toBeLessThan(0.5);
  }
});

test('markers and labels zoom with the basemap, then are drawn where the events are', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  await expect(page.locator('.map')).toHaveAttribute('data-countries', /\d+/);
  // An event alone on the map, brought to the middle, then panned off it with the keyboard.
  const event = loneEvent();
  await map.item(event.props.title).click();
  await page.getByRole('button', { name: 'Back to events' }).click();
  const centre = await map.mapCentre();
  await expect.poll(async () => (await map.markerPixel(centre.x, centre.y))[3]).toBeGreaterThan(0);
  const before = await map.view();
  await map.region.focus();
  // One key at a time: the map takes no key while it pans.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await map.view()).lng).toBeLessThan(before.lng);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await map.view()).lat).toBeGreaterThan(before.lat);
  const zoom = (await map.view()).zoom;
  await expect(map.canvas).toHaveAttribute('data-zoom', String(zoom));

  // Every animation frame of the zoom, the scale each canvas shows (1 unscaled, 2 at its end).
  const frames = await zoomScales(page, {
    markers: 'canvas.event-canvas',
    labels: 'canvas.label-canvas',
    basemap: 'canvas.basemap-canvas',
  });
  expect(frames.length).toBeGreaterThan(0);
  for (const frame of frames) {
    expect(frame.markers, JSON.stringify(frame)).toBeCloseTo(frame.basemap, 2);
    expect(frame.labels, JSON.stringify(frame)).toBeCloseTo(frame.basemap, 2);
  }
  expect(Math.max(...frames.map((f) => f.markers))).toBeGreaterThan(1);

  // Once the zoom ends the markers are drawn afresh, unscaled, over the map, each where its event is.
  await expect(map.canvas).toHaveAttribute('data-zoom', String(zoom + 1));
  await expect.poll(async () => (await map.view()).zoom).toBe(zoom + 1);
  await expect
    .poll(() => map.canvas.evaluate((canvas) => getComputedStyle(canvas).transform))
    .toMatch(/^matrix\(1, 0, 0, 1, /);
  for (const canvas of await canvases(page)) {
    if (canvas.name.includes('event-canvas'))
      for (const d of canvas.offset) expect(Math.abs(d)).toBeLessThan(0.5);
  }
  const at = await shownAt(page, event);
  expect(Math.hypot(at.x - centre.x, at.y - centre.y)).toBeGreaterThan(100);
  expect((await map.markerPixel(Math.round(at.x), Math.round(at.y)))[3]).toBeGreaterThan(0);
});

test('the buttons over the clusters ride the zoom with the markers, and sit on their clusters after it', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?map=30,60,3');
  const button = map.clusterButtons().first();
  let frames: Array<{ markers: number; buttons: number }> = [];
  // The zoom lasts a quarter of a second: a loaded machine may give it no animation frame
  // between its ends, where nothing is scaled yet or any more. Then it is zoomed out and
  // watched again (every frame seen is checked each time).
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (attempt > 1) {
      await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
      await expect(map.canvas).toHaveAttribute('data-zoom', '3');
      await expect(page.locator('.leaflet-map-pane')).not.toHaveClass(/leaflet-zoom-anim/);
      await map.settled({ clustered: true });
    }
    await button.focus();
    frames = await zoomScales(page, { markers: 'canvas.event-canvas', buttons: '.cluster-buttons' });
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame.buttons, JSON.stringify(frame)).toBeCloseTo(frame.markers, 2);
    if (frames.some((f) => f.buttons > 1)) break;
  }
  expect(
    Math.max(...frames.map((f) => f.buttons)),
    'no frame inside the zoom in three tries',
  ).toBeGreaterThan(1);
  await expect(map.canvas).toHaveAttribute('data-zoom', '4');
  await expect
    .poll(() => page.locator('.cluster-buttons').evaluate((host) => getComputedStyle(host).transform))
    .toMatch(/^matrix\(1, 0, 0, 1, /);
  // Each button is centred on a cluster the canvas drew.
  for (const b of await map.clusterButtons().all()) {
    const box = (await b.boundingBox())!;
    const canvasBox = (await map.canvas.boundingBox())!;
    const x = Math.round(box.x + box.width / 2 - canvasBox.x);
    const y = Math.round(box.y + box.height / 2 - canvasBox.y);
    if (x < 0 || y < 0 || x >= canvasBox.width || y >= canvasBox.height) continue;
    expect((await map.markerPixel(x, y))[3], (await b.getAttribute('aria-label')) ?? '').toBeGreaterThan(0);
  }
});
