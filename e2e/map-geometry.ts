import type { Page } from '@playwright/test';
import type { MapEvent } from '../src/lib/dataset';
import { projectX, projectY } from '../src/lib/mercator';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the map draws an event, in page pixels, from the view it exposes and its box on the page. */
export async function drawnAt(page: Page): Promise<(e: MapEvent) => { x: number; y: number }> {
  const view = (await page.locator('.map').getAttribute('data-view'))!;
  const [lat, lng, zoom] = view.split(',').map(Number) as [number, number, number];
  const box = (await page.locator('.map').boundingBox())!;
  const scale = 2 ** zoom;
  return (e) => ({
    x: box.x + box.width / 2 + (projectX(e.lon) - projectX(lng)) * scale,
    y: box.y + box.height / 2 + (projectY(e.lat) - projectY(lat)) * scale,
  });
}

/** The boxes drawn over the map: notices, chips, legend, zoom buttons, the embed's panel button. */
export async function overlays(page: Page): Promise<Box[]> {
  const boxes = await page
    .locator('.map-notices > :visible, .legend, .leaflet-control-zoom, .embed-toggle')
    .evaluateAll((els) =>
      els
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
  return boxes.filter((b) => b.width > 0 && b.height > 0);
}

export const inside = (p: { x: number; y: number }, b: Box, margin = 0) =>
  p.x >= b.x - margin &&
  p.x <= b.x + b.width + margin &&
  p.y >= b.y - margin &&
  p.y <= b.y + b.height + margin;
