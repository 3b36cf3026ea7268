import type { MapEvent } from '../src/lib/dataset';
import { describeCluster } from '../src/lib/cluster-names';
import { dayFromParts, dayToIso } from '../src/lib/dates';
import { generateEvents } from '../src/lib/synthetic';
import { CATEGORIES } from '../src/lib/vocabulary';
import { bundled, eventsInWindow, expect, MapPage, test } from './driver';

const total = bundled.events.length;
/** The whole world with every event on it: the view these tests of clustering are about (the first view frames less). */
const WORLD = '/?map=42.3749,-3.4396,2';
const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** What a cluster of these events says of itself. */
function described(events: MapEvent[]): string {
  const categories = CATEGORIES.map((c) => events.filter((e) => e.props.category === c).length);
  return describeCluster({ count: events.length, categories });
}

/** Afghanistan and Pakistan, a few hundred kilometres across: one cluster when the whole world is on screen. */
const inAfPak = (e: MapEvent) => e.lon > 60 && e.lon < 75 && e.lat > 25 && e.lat < 37;
/** Moscow, where three events share one spot. */
const inMoscow = (e: MapEvent) => e.lon > 37 && e.lon < 38 && e.lat > 55 && e.lat < 56;

// One page at the world view for its first state (clusters, their sum, axe, the window moved) and then
// its zooming.
test('at the zoom that shows the world, the events around Kabul and Pakistan merge into a cluster, and all marks add up to the total; moving the window changes what they hold; zooming in splits clusters into more marks holding the same events', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open(WORLD);
  const before = await test.step('the clusters at the world view', async () => {
    const afPak = bundled.events.filter(inAfPak);
    expect(afPak.length).toBeGreaterThan(5);
    await expect(
      map.region.getByRole('button', { name: `${described(afPak)}. Zoom in`, exact: true }),
    ).toBeVisible();

    const shown = await map.clusterSummary();
    expect(shown.clusters).toBe(shown.counts.length);
    expect(sum(shown.counts) + shown.singles).toBe(total);
    expect(shown.drawn).toBe(total);
    await expect(map.count).toHaveText(`${total} of ${total} events`);
    return shown;
  });

  await test.step('the pointer over a cluster shows what it holds', async () => {
    const afPak = bundled.events.filter(inAfPak);
    const button = map.region.getByRole('button', { name: `${described(afPak)}. Zoom in`, exact: true });
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.leaflet-tooltip')).toHaveText(described(afPak));
    await page.mouse.move(0, 0);
  });

  await test.step('axe finds no violations with clusters on the map', async () => {
    await expect(map.clusterButtons().first()).toBeVisible();
    expect(await map.axe()).toEqual([]);
  });

  await test.step('moving the time window changes what the clusters hold to the events in it', async () => {
    await map.endHandle.focus();
    await page.keyboard.press('Shift+PageDown');
    let [from, to] = await map.windowDays();
    let shown = eventsInWindow(from, to);
    expect(shown.length).toBeLessThan(total);
    await expect.poll(async () => (await map.clusterSummary()).window).toBe(`${from}-${to}`);
    let s = await map.clusterSummary();
    expect(s.drawn).toBe(shown.length);
    expect(sum(s.counts) + s.singles).toBe(shown.length);
    await expect(
      map.region.getByRole('button', { name: `${described(shown.filter(inAfPak))}. Zoom in` }),
    ).toBeVisible();

    from = dayFromParts(2025, 1, 1);
    to = dayFromParts(2025, 4, 17);
    await map.toField.fill(dayToIso(to));
    await map.fromField.fill(dayToIso(from));
    await map.expectWindow(from, to);
    shown = eventsInWindow(from, to);
    await expect.poll(async () => (await map.clusterSummary()).window).toBe(`${from}-${to}`);
    s = await map.clusterSummary();
    expect(s.drawn).toBe(shown.length);
    expect(sum(s.counts) + s.singles).toBe(shown.length);
    await expect(
      map.region.getByRole('button', { name: `${described(shown.filter(inAfPak))}. Zoom in` }),
    ).toBeVisible();
    // Back to every event, for the next step.
    await map.showAllDates();
    await expect.poll(async () => (await map.clusterSummary()).drawn).toBe(total);
  });

  await test.step('zooming in splits clusters into more marks holding the same events', async () => {
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(async () => (await map.clusterSummary()).singles).toBeGreaterThan(before.singles);
    let after = await map.clusterSummary();
    expect(after.drawn).toBe(total);

    // The wheel over the largest cluster zooms in around it, until it splits.
    const largest = Math.max(...after.counts);
    const box = (await map.clusterButtons().nth(after.counts.indexOf(largest)).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => Math.max(...(await map.clusterSummary()).counts)).toBeLessThan(largest);
    after = await map.clusterSummary();
    expect(after.clusters + after.singles).toBeGreaterThan(before.clusters + before.singles);
    expect(after.drawn).toBe(total);
  });
});

test('a cluster is reached by Tab and says what it holds; Enter zooms in, then lists the events at one spot', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open(WORLD);
  const moscow = bundled.events.filter(inMoscow);
  await map.region.focus();
  await page.keyboard.press('Tab');
  // Clusters come in reading order: Moscow's is the highest on the map.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(`${described(moscow)}. Zoom in`);

  const zoom = Number(await map.canvas.getAttribute('data-zoom'));
  await page.keyboard.press('Enter');
  await expect.poll(async () => Number(await map.canvas.getAttribute('data-zoom'))).toBeGreaterThan(zoom);
  // Zoomed in until the concert hall outside Moscow stands apart; the three events at one spot never will.
  const oneSpot = moscow.filter((e) => e.lon === 37.6173);
  expect(oneSpot).toHaveLength(3);
  await expect(focused).toHaveAccessibleName(`${described(oneSpot)}. Show the list`);
  await expect.poll(async () => (await map.clusterSummary()).drawn).toBe(total);

  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: '3 events here' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('button', { name: /^Russia outlaws the Taliban/ })).toBeFocused();
  for (const e of oneSpot)
    await expect(list.getByRole('button', { name: new RegExp(`^${e.props.title}`) })).toBeVisible();
  expect(await map.axe()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(focused).toHaveAccessibleName(`${described(oneSpot)}. Show the list`);

  await page.keyboard.press('Enter');
  const chosen = oneSpot.at(-1)!;
  const choice = list.getByRole('button', { name: new RegExp(`^${chosen.props.title}`) });
  for (let k = 0; k < 5 && !(await choice.evaluate((el) => el === document.activeElement)); k++) {
    await page.keyboard.press('Tab');
  }
  await expect(choice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(map.details(chosen.props.title)).toBeVisible();
  await expect(list).toBeHidden();
  await expect(map.canvas).toHaveAttribute('data-selected', chosen.id);
  // Focus goes on to the chosen event's details, as when it is chosen in the list of events.
  await expect(
    map.details(chosen.props.title).getByRole('heading', { name: chosen.props.title }),
  ).toBeFocused();
});

test('at the last zoom, events at one spot stay a cluster and a click lists them', async ({ page }) => {
  const map = new MapPage(page);
  await map.open(WORLD);
  const moscow = bundled.events.filter(inMoscow);
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
  // A click on the cluster zooms in centred on it, so the zoom buttons keep Moscow in view.
  await map.region.getByRole('button', { name: `${described(moscow)}. Zoom in` }).click();
  const oneSpot = map.region.getByRole('button', { name: /^3 events: .*Show the list$/ });
  await expect(oneSpot).toBeVisible();
  while ((await zoomIn.getAttribute('aria-disabled')) !== 'true') {
    const zoom = Number(await map.canvas.getAttribute('data-zoom'));
    await zoomIn.click();
    await expect(map.canvas).toHaveAttribute('data-zoom', String(zoom + 1));
    await expect(oneSpot).toBeVisible();
  }
  await oneSpot.click();
  await expect(page.getByRole('dialog', { name: '3 events here' })).toBeVisible();
});

test.describe('with 100,000 events', () => {
  test.slow();

  test('clusters follow the window while it is dragged, and settle on the events in it', async ({ page }) => {
    const events = generateEvents(100_000, 1);
    const map = new MapPage(page);
    await map.open('/?synthetic=100000&seed=1');
    await expect(map.canvas).toHaveAttribute('data-drawn', '100000', { timeout: 20_000 });
    await expect(map.canvas).toHaveAttribute('data-clusters', /^[1-9]/);

    // A tenth of the extent, then dragged across the timeline with the mouse.
    const min = Number(await map.startHandle.getAttribute('aria-valuemin'));
    const max = Number(await map.endHandle.getAttribute('aria-valuemax'));
    await map.toField.fill(dayToIso(min + Math.round((max - min) / 10)));
    await map.fromField.fill(dayToIso(min));
    const band = (await page.getByTestId('timeline-band').boundingBox())!;
    const track = (await page.getByTestId('timeline-track').boundingBox())!;
    const y = band.y + band.height / 2;
    const dragTo = async (i: number) => {
      await page.mouse.move(band.x + band.width / 2 + (track.width * 0.5 * i) / 30, y);
      // One frame for the page to take the move in, as a reader's mouse gives it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    };
    await page.mouse.move(band.x + band.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) await dragTo(i);
    // Half way, with the button still down, the map draws the window as it is now: it does
    // not wait for the drag to end. (Both read together: the page may still be taking in the
    // last move, and the window the handles show is the one the map must come to.)
    const shownAndDrawn = async () => {
      const [from, to] = await map.windowDays();
      return { handles: `${from}-${to}`, map: (await map.clusterSummary()).window, from };
    };
    await expect
      .poll(
        async () => {
          const { handles, map } = await shownAndDrawn();
          return map === handles;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const midFrom = (await shownAndDrawn()).from;
    for (let i = 16; i <= 30; i++) await dragTo(i);
    await page.mouse.up();

    const [from, to] = await map.windowDays();
    expect(from).toBeGreaterThan(midFrom);
    const expected = events.filter((e) => e.start <= to && e.end >= from).length;
    await expect
      .poll(async () => (await map.clusterSummary()).window, { timeout: 15_000 })
      .toBe(`${from}-${to}`);
    const s = await map.clusterSummary();
    expect(s.drawn).toBe(expected);
    expect(s.clusters).toBeGreaterThan(0);
    await expect(map.count).toHaveText(`${expected.toLocaleString('en-GB')} of 100,000 events`);
  });
});
