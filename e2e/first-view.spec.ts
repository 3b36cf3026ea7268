import type { Page } from '@playwright/test';
import type { MapEvent } from '../src/lib/dataset';
import { bundled, expect, MapPage, test } from './driver';
import { drawnAt, inside, overlays } from './map-geometry';

const total = bundled.events.length;

/** The events a reader sees: on the map, and under nothing drawn over it. */
async function eventsInView(page: Page): Promise<MapEvent[]> {
  const at = await drawnAt(page);
  const map = (await page.locator('.map').boundingBox())!;
  const covers = await overlays(page);
  return bundled.events.filter((e) => {
    const p = at(e);
    return (
      inside(p, { x: map.x + 4, y: map.y + 4, width: map.width - 8, height: map.height - 8 }) &&
      !covers.some((b) => inside(p, b, 4))
    );
  });
}

const chips = (page: Page) =>
  page.getByRole('navigation', { name: 'Where the events are' }).getByRole('button');

async function chipCounts(page: Page): Promise<number[]> {
  return (await chips(page).allTextContents()).map((t) => Number(/(\d+)\s*$/.exec(t)![1]));
}

const sizes = [
  { name: 'desktop 1280x800', width: 1280, height: 800, path: '/' },
  { name: 'desktop 1920x1080', width: 1920, height: 1080, path: '/' },
  { name: 'tablet 768x1024', width: 768, height: 1024, path: '/' },
  { name: 'phone 375x667', width: 375, height: 667, path: '/' },
  { name: 'phone 360x740', width: 360, height: 740, path: '/' },
  { name: 'embed 480x360', width: 480, height: 360, path: '/?embed=1' },
];

// The chip's flight is taken once, at the first size; at the others the map goes there at once, as
// for a reader who prefers reduced motion: the same view, without a second of frames on each page.
for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      reducedMotion: size === sizes[0] ? 'no-preference' : 'reduce',
    });

    test('the first view holds most events clear of the overlays, chips name the rest, and a chip flies to its events', async ({
      page,
    }) => {
      const map = new MapPage(page);
      await map.open(size.path);
      await expect(page.locator('.map')).toHaveAttribute('data-view', /,/);
      // An embed's map is too short for the chips under the content note: they wait until it is hidden.
      if (size.path.includes('embed')) await page.getByRole('button', { name: 'Hide note' }).click();
      await expect(chips(page).first()).toBeVisible();
      let counts = await chipCounts(page);
      // Every event is in one chip: the first holds those framed, the rest those outside.
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      // The view is framed again when the overlays change (a note hidden): read it once it holds them.
      await expect
        .poll(async () => (await eventsInView(page)).length)
        .toBeGreaterThanOrEqual(Math.max(Math.ceil(total * 0.6), counts[0]!));
      counts = await chipCounts(page);
      const seen = await eventsInView(page);
      expect(seen.length).toBeGreaterThanOrEqual(counts[0]!);
      // The chips do not cover one another or the other overlays.
      const row = (await page.getByRole('navigation', { name: 'Where the events are' }).boundingBox())!;
      for (const other of await overlays(page)) {
        if (
          inside({ x: other.x + 1, y: other.y + 1 }, row) &&
          inside({ x: other.x + other.width - 1, y: other.y + other.height - 1 }, row)
        )
          continue;
        const apart =
          other.x + other.width <= row.x ||
          row.x + row.width <= other.x ||
          other.y + other.height <= row.y ||
          row.y + row.height <= other.y;
        expect(apart, `chips clear of an overlay at ${JSON.stringify(other)}`).toBe(true);
      }
      // The first chip's name is never cut: "+N" counts the places it leaves out, and its name lists them all.
      const home = (await chips(page).first().textContent())!;
      expect(home).not.toContain('…');
      const more = /\+(\d+)/.exec(home);
      if (more) {
        const places = /\((.*)\)/.exec((await chips(page).first().getAttribute('aria-label'))!)![1]!;
        expect(places.split(/, | and /)).toHaveLength(Number(more[1]) + 2);
      }
      // The largest group outside the first view: its chip brings its events into view.
      const label = (await chips(page).nth(1).getAttribute('aria-label'))!;
      const name = label.slice(0, label.indexOf(','));
      const before = await page.locator('.map').getAttribute('data-view');
      await chips(page).nth(1).click();
      await expect(page.locator('.map')).not.toHaveAttribute('data-view', before!);
      // Named from their places: "Russia" stands for "Moscow, Russia" and "Russia" alike.
      // (Outside the framed box, not always out of sight: a short map may show the world around it.)
      const group = bundled.events.filter(
        (e) => e.props.place.name.includes(name) || e.props.place.label === name,
      );
      expect(group.length).toBe(counts[1]);
      await expect
        .poll(async () => (await eventsInView(page)).filter((e) => group.includes(e)).length)
        .toBe(group.length);
    });
  });
}

test('a link with a map view opens on that view, with no chips', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?map=34.5,69.2,7');
  await expect(page.locator('.map')).toHaveAttribute('data-view', '34.5,69.2,7');
  await expect(page.getByRole('navigation', { name: 'Where the events are' })).toHaveCount(0);
});

// The first view's axe sweep, both schemes, is color-scheme.spec's.
// The flight to an event chosen in the list is details.spec's: here the map goes there at once.
test.describe('going to the event at once, as with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('one line under the title says what the map shows and how to begin; an event chosen from the list stands apart from its cluster, and the page passes axe, light or dark', async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open();
    await test.step('one line under the title says what the map shows and how to begin', async () => {
      const line = page.locator('header .dataset-line');
      // What the map shows: the start of the data's own description.
      const description = bundled.metadata!.description!;
      await expect(line).toContainText(description.split(' ').slice(0, 6).join(' '));
      await expect(line).toContainText('Pick an event on the map or in the list, or drag the timeline.');
      // One line: its height is one line of its text.
      const box = (await line.boundingBox())!;
      expect(box.height).toBeLessThan(30);
    });
    await expect(chips(page).first()).toBeVisible();
    // An event in a cluster at the first view: Kabul airport, near the other Kabul events.
    const chosen = bundled.events.find((e) => e.props.place.label === 'Kabul airport')!;
    await map.item(chosen.props.title).click();
    await expect(map.canvas).toHaveAttribute('data-selected', chosen.id);
    await expect
      .poll(async () => {
        const at = await drawnAt(page);
        const p = at(chosen);
        const view = (await page.locator('.map').boundingBox())!;
        if (!inside(p, view)) return 'off the map';
        const clusters = await page.locator('.cluster-button').evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }),
        );
        return clusters.some((c) => inside(p, c)) ? 'in a cluster' : 'apart';
      })
      .toBe('apart');
    expect(await map.axeInBothSchemes()).toEqual([]);
  });
});
