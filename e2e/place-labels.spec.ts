import type { Page } from '@playwright/test';
import { contrastRatio, type Rgba } from './contrast';
import { bundled, expect, MapPage, test } from './driver';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Label extends Box {
  text: string;
  kind: 'event' | 'country' | 'place';
}

/** Boxes are exposed to a tenth of a pixel: a label set against a marker may touch it by that much. */
const SLACK = 0.2;

const overlap = (a: Box, b: Box) =>
  a.x0 < b.x1 - SLACK && a.x1 > b.x0 + SLACK && a.y0 < b.y1 - SLACK && a.y1 > b.y0 + SLACK;
const show = (b: Box) => JSON.stringify(b);

/**
 * The labels drawn, the marks they must avoid, the map's size, the cluster buttons' boxes, and what
 * stands over the map (controls, legend, notices, an embed's Events button), in map pixels.
 */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.label-canvas')!;
    const map = document.querySelector<HTMLElement>('.map')!.getBoundingClientRect();
    const boxes = (selector: string) =>
      Array.from(document.querySelectorAll(selector), (b) => {
        const r = b.getBoundingClientRect();
        return { x0: r.left - map.left, y0: r.top - map.top, x1: r.right - map.left, y1: r.bottom - map.top };
      });
    return {
      labels: JSON.parse(canvas.dataset.boxes ?? '[]') as Label[],
      marks: JSON.parse(canvas.dataset.marks ?? '[]') as Box[],
      clusters: boxes('.cluster-button'),
      over: boxes('.leaflet-control, .legend, .map-notices > *, .embed-toggle').filter(
        (b) => b.x1 > b.x0 && b.y1 > b.y0,
      ),
      width: map.width,
      height: map.height,
    };
  });
}

/** Waits for the country names (they come with the outlines), then checks every rule of placement. */
async function expectTidyLabels(page: Page, withCountries = true) {
  const canvas = page.locator('canvas.label-canvas');
  if (withCountries) await expect(canvas).toHaveAttribute('data-country-labels', /^[1-9]\d*$/);
  const { labels, marks, clusters, over, width, height } = await drawn(page);
  const problems: string[] = [];
  for (const [i, label] of labels.entries()) {
    if (label.x0 < 0 || label.y0 < 0 || label.x1 > width || label.y1 > height)
      problems.push(`${label.text} runs off the map: ${show(label)}`);
    for (const other of labels.slice(i + 1))
      if (overlap(label, other)) problems.push(`${label.text} overlaps ${other.text}`);
    for (const mark of [...marks, ...clusters])
      if (overlap(label, mark)) problems.push(`${label.text} overlaps a marker or cluster at ${show(mark)}`);
    for (const box of over)
      if (overlap(label, box)) problems.push(`${label.text} is under something over the map at ${show(box)}`);
  }
  expect(problems).toEqual([]);
  // The markers considered are the ones drawn: every cluster button stands over one of them.
  expect(marks.length).toBeGreaterThanOrEqual(clusters.length);
  return labels;
}

const places = (events: typeof bundled.events) => new Set(events.map((e) => e.props.place.label));
const eventLabels = (labels: Label[]) => labels.filter((l) => l.kind === 'event').map((l) => l.text);

for (const [name, width, height, path] of [
  ['desktop', 1280, 800, '/'],
  ['phone', 375, 667, '/'],
  ['embed', 480, 360, '/?embed=1'],
] as const) {
  test(`${name} ${width}x${height}: labels overlap nothing, stay on the map and name only drawn places`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const map = new MapPage(page);
    await map.open(path);
    const labels = await expectTidyLabels(page);
    expect(labels.some((l) => l.kind === 'country')).toBe(true);
    const all = places(bundled.events);
    for (const text of eventLabels(labels)) expect(all.has(text)).toBe(true);

    // Closer in, markers come out of their clusters and more names fit: still tidy.
    const zoom = Number(await map.canvas.getAttribute('data-zoom'));
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(map.canvas).toHaveAttribute('data-zoom', String(zoom + 1));
    // (On a small map the countries may all be under markers and controls by then.)
    await expectTidyLabels(page, false);
  });
}

test('a lesson’s step in a phone-sized embed names its event clear of the Events button', async ({
  page,
}) => {
  // Step 3 shows the border report near the frame's top right, where the Events button stands.
  await page.setViewportSize({ width: 375, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const map = new MapPage(page);
  await map.open('/?embed=1&lesson=example&step=3');
  await expect(page.locator('.lesson-count')).toHaveText(/^Step 3 of /);
  await expect(page.locator('.map')).toHaveAttribute('data-view', /,5$/);
  // The labels are drawn on a frame after the step's view lands: waited for, then checked.
  await expect.poll(async () => eventLabels((await drawn(page)).labels).length).toBeGreaterThan(0);
  const labels = await expectTidyLabels(page, false);
  expect(eventLabels(labels).length).toBeGreaterThan(0);
});

test('only the places of events drawn now are named: one category, a narrow window, a search with no match', async ({
  page,
}) => {
  const map = new MapPage(page);
  const agreements = bundled.events.filter((e) => e.props.category === 'agreement');
  await map.open('/?cat=agreement');
  await map.expectShowing(agreements);
  let labels = await expectTidyLabels(page);
  expect(eventLabels(labels).length).toBeGreaterThan(0);
  for (const text of eventLabels(labels)) expect(places(agreements).has(text)).toBe(true);

  // A window in which nothing happened: no event is drawn, none is named; the countries stay.
  await map.open('/?from=2010-01-01&to=2010-12-31');
  await map.expectShowing([]);
  await expect(page.locator('canvas.label-canvas')).toHaveAttribute('data-labels', '0');
  labels = await expectTidyLabels(page);
  expect(eventLabels(labels)).toEqual([]);

  await map.open();
  await expect(page.locator('canvas.label-canvas')).not.toHaveAttribute('data-labels', '0');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('no event says zzqx');
  await expect(map.count).toHaveText(`0 of ${bundled.events.length} events`);
  await expect(page.locator('canvas.label-canvas')).toHaveAttribute('data-labels', '0');
});

test('capitals are named from zoom 4 and provincial seats from zoom 6, tidy, a town under a cluster beside it', async ({
  page,
}) => {
  const map = new MapPage(page);
  const placeNames = (labels: Label[]) => labels.filter((l) => l.kind === 'place').map((l) => l.text);

  // The world: countries only.
  await map.open('/?map=30,40,3');
  expect(placeNames(await expectTidyLabels(page))).toEqual([]);

  // Pakistan and Afghanistan close in: the capital and the provincial seats around the events.
  await map.open('/?map=33.5,69,6');
  await expect(page.locator('canvas.label-canvas')).toHaveAttribute('data-place-labels', /^[1-9]\d*$/);
  const close = placeNames(await expectTidyLabels(page));
  expect(close).toEqual(expect.arrayContaining(['Islamabad', 'Peshawar']));
  // Zoomed out to 5, the seats give way and the capitals stay.
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect(map.canvas).toHaveAttribute('data-zoom', '5');
  await expect
    .poll(async () => placeNames(await expectTidyLabels(page)))
    .toEqual(expect.arrayContaining(['Tehran', 'New Delhi']));
  const far = placeNames(await expectTidyLabels(page));
  for (const seat of ['Peshawar', 'Quetta', 'Lahore', 'Karachi']) expect(far).not.toContain(seat);

  // 2024's events are at Moscow, under one cluster: the city is named beside it, not hidden.
  await map.open('/?from=2024-01-01&to=2024-12-31');
  await expect(page.locator('canvas.label-canvas')).toHaveAttribute('data-place-labels', /^[1-9]\d*$/);
  expect(placeNames(await expectTidyLabels(page, false))).toContain('Moscow');
});

test('country names are quieter than event labels and readable in both colour schemes', async ({ page }) => {
  const map = new MapPage(page);
  await map.open();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const [country, event, land, sea] = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const rgb = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = style.getPropertyValue(name);
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return [...(colour.match(/[\d.]+/g) ?? []).map(Number), 1].slice(0, 4);
      };
      return ['--country-ink', '--label-ink', '--land', '--sea'].map(rgb);
    });
    for (const ground of [land, sea])
      expect(contrastRatio(country as Rgba, ground as Rgba), scheme).toBeGreaterThanOrEqual(4.5);
    // Quieter: nearer the land than the event labels are.
    expect(contrastRatio(country as Rgba, land as Rgba)).toBeLessThan(
      contrastRatio(event as Rgba, land as Rgba),
    );
  }
});
