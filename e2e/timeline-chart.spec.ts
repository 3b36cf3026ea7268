import type { Page } from '@playwright/test';
import { dayToIso, partsFromDay } from '../src/lib/dates';
import { bundled, expect, MapPage, test } from './driver';

const extent = bundled.index.extent!;

/** Boxes of the bars that hold events, and of the two handles. */
async function barsAndHandles(page: Page) {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      bars: Array.from(document.querySelectorAll('g.bin .bin-certain, g.bin .bin-possible'), box),
      handles: Array.from(document.querySelectorAll('.range-thumb'), box),
    };
  });
}

/** The timeline's controls: buttons, selects, date fields and the chips of check boxes and modes. */
async function controlBoxes(page: Page) {
  return page
    .locator('.timeline :is(button, select, .date-field input, .toggle, .mode label):visible')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return {
          name: n.textContent?.trim() || n.getAttribute('aria-label') || n.tagName,
          top: r.top,
          height: r.height,
        };
      }),
    );
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800, path: '/' },
  { name: 'tablet', width: 768, height: 1024, path: '/' },
  { name: 'phone', width: 375, height: 667, path: '/' },
  { name: 'small embed', width: 480, height: 360, path: '/?embed=1' },
];

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height} (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the handles cover no bar, both ends of the axis are named, and the controls line up', async ({
      page,
    }) => {
      const map = new MapPage(page);
      await map.open(size.path);
      await expect(map.histogram).toBeVisible();
      const { bars, handles } = await barsAndHandles(page);
      expect(bars.length).toBeGreaterThan(0);
      expect(handles).toHaveLength(2);
      for (const h of handles) {
        for (const b of bars) {
          const overlap = b.left < h.right - 0.5 && b.right > h.left + 0.5;
          expect(overlap, `bar ${JSON.stringify(b)} under handle ${JSON.stringify(h)}`).toBe(false);
        }
      }

      const labels = await page.locator('.range-axis text').allTextContents();
      expect(labels[0]).toBe(String(partsFromDay(extent.start).year));
      expect(labels.at(-1)).toBe(String(partsFromDay(extent.end).year));

      // One height for every control, and none alone on its row.
      const controls = await controlBoxes(page);
      expect(controls.length).toBeGreaterThan(4);
      for (const c of controls) {
        expect(Math.abs(c.height - controls[0]!.height), c.name).toBeLessThanOrEqual(0.5);
        const rowMates = controls.filter((o) => o !== c && Math.abs(o.top - c.top) <= 4);
        expect(rowMates.length, `${c.name} is alone on its row`).toBeGreaterThan(0);
      }
    });
  });
}

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  // One page: the tooltips first, then the handles moved.
  test("a bar's tooltip is the topmost thing at its place; dragging a handle lands on a boundary of the histogram's bars", async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open();
    await test.step("a bar's tooltip is the topmost thing at its place, under the legend and the attribution too", async () => {
      const track = (await page.getByTestId('timeline-track').boundingBox())!;
      const attribution = (await page.locator('.leaflet-control-attribution').boundingBox())!;
      const legend = (await page
        .locator('.leaflet-control-container .legend, .legend')
        .first()
        .boundingBox())!;
      // The last bar (under the attribution) and the first (under the legend).
      for (const x of [track.x + track.width - 22, track.x + 22]) {
        await page.mouse.move(x, track.y + track.height - 4);
        const tip = page.locator('.histogram-tip');
        await expect(tip).toBeVisible();
        const box = (await tip.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(1280);
        expect(box.y).toBeGreaterThanOrEqual(0);
        const topmost = await page.evaluate(
          ([cx, cy]) => document.elementFromPoint(cx!, cy!)?.closest('.histogram-tip') !== null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(topmost).toBe(true);
        const under = x > track.x + track.width / 2 ? attribution : legend;
        expect(box.x + box.width > under.x && box.x < under.x + under.width).toBe(true);
      }
    });

    await test.step("dragging a handle lands on a boundary of the histogram's bars", async () => {
      const bins = await map.histogram
        .locator('g.bin')
        .evaluateAll((nodes) =>
          nodes.map((n) => [Number(n.getAttribute('data-from')), Number(n.getAttribute('data-to'))] as const),
        );
      const starts = bins.map(([from]) => from);
      const ends = bins.map(([, to]) => to);

      await map.dragHandle(map.startHandle, 0.43);
      let [from, to] = await map.windowDays();
      expect(from).toBeGreaterThan(extent.start);
      expect(starts).toContain(from);

      await map.dragHandle(map.endHandle, 0.81);
      [from, to] = await map.windowDays();
      expect(to).toBeLessThan(extent.end);
      expect(ends).toContain(to);
    });
  });
});

/** Records every window the handles show from now on. */
async function recordWindows(page: Page) {
  await page.evaluate(() => {
    const seen: Array<[number, number]> = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    const value = (name: string) =>
      Number(document.querySelector(`[role="slider"][aria-label="${name}"]`)!.getAttribute('aria-valuenow'));
    new MutationObserver(() =>
      seen.push([value('Start of time window'), value('End of time window')]),
    ).observe(document.querySelector('[data-testid="timeline-track"]')!, {
      attributes: true,
      subtree: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { seen: Array<[number, number]> }).seen);
}

test('playback with a category chosen starts at its first event, skips empty years and says so', async ({
  page,
}) => {
  const attacks = bundled.events.filter((e) => e.props.category === 'attack');
  const first = attacks[0]!;
  const map = new MapPage(page);
  await map.open('/?cat=attack');
  await expect(map.count).toHaveText(`${attacks.length} of ${bundled.events.length} events`);

  // Over all dates, playback opens on the first attack rather than on the empty years before it.
  const seen = await recordWindows(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await seen()).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  const [start] = (await seen())[0]!;
  const width = Math.round((extent.end - extent.start) / 10);
  expect(start).toBe(Math.min(first.start, extent.end - width));
  expect(start).toBeGreaterThan(extent.start);

  // A window of three months at the start of the axis: the years up to the first attack are skipped.
  await map.fromField.fill(dayToIso(extent.start));
  await map.toField.fill(dayToIso(extent.start + 90));
  await map.expectWindow(extent.start, extent.start + 90);
  const later = await recordWindows(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const note = page.getByRole('group', { name: 'Playback' }).getByRole('status');
  // Later skips may replace the note before it is read; the windows show the first one.
  await expect(note).toHaveText(/^Skipped .+ to .+: no matching events$/);
  await expect.poll(async () => (await later()).some(([, to]) => to === first.start)).toBe(true);
  const windows = [[extent.start, extent.start + 90] as [number, number], ...(await later())];
  const jump = windows.findIndex(([, to]) => to === first.start);
  expect(jump).toBeGreaterThan(0);
  expect(windows[jump]![1] - windows[jump - 1]![1]).toBeGreaterThan(365);
  await expect(note).toBeVisible();
});

// The scheme changes nothing but colours: the page is read once (opened dark) and axe checks it in both.
test('the histogram is one summarised image; the keyboard reads its bars and the people killed; the table lists them; axe, light or dark', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const map = new MapPage(page);
  await map.open();
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  await expect(timeline.getByRole('img')).toHaveCount(1);
  await expect(timeline.getByRole('img')).toHaveAccessibleName(
    /^Events per quarter, .+: 19 events; busiest .+, with \d+\. Arrow keys read each bar/,
  );

  await map.histogram.focus();
  await page.keyboard.press('End');
  const reading = page.getByTestId('bar-reading');
  await expect(reading).toHaveText(/^Q2 2025 \(Apr to Jun\): \d+ events?/);
  await expect(page.locator('.histogram-tip')).toHaveText((await reading.textContent())!);
  await page.keyboard.press('ArrowLeft');
  await expect(reading).toHaveText(/^Q1 2025/);

  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table');
  const nonEmpty = await map.histogram
    .locator('g.bin')
    .evaluateAll(
      (nodes) =>
        nodes.filter(
          (n) => Number(n.getAttribute('data-certain')) + Number(n.getAttribute('data-possible')) > 0,
        ).length,
    );
  await expect(table.getByRole('row')).toHaveCount(nonEmpty + 1);
  await expect(table.getByRole('rowheader').last()).toHaveText('Q2 2025 (Apr to Jun)');

  // People killed: each bar's reading adds them, of the events the filters let through. In Q2 2025,
  // the police killed on 15 April (3) and the year's first months (200, a span that runs into April).
  await page.getByRole('checkbox', { name: 'People killed' }).check();
  await expect(page.locator('.killed-line')).toBeVisible();
  await map.histogram.focus();
  await page.keyboard.press('End');
  await expect(reading).toHaveText(/^Q2 2025 \(Apr to Jun\): .+; 203 killed \(some only possibly then\)$/);
  // The table lists them too, told apart as the events are.
  await expect(table.getByRole('columnheader')).toHaveText([
    'Period',
    'Events',
    'May fall in it',
    'People killed',
    'People killed, may fall in it',
  ]);
  const lastRow = table.getByRole('row').last();
  await expect(lastRow.getByRole('cell').nth(2)).toHaveText('3');
  await expect(lastRow.getByRole('cell').nth(3)).toHaveText('200');
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  await page
    .locator('.legend')
    .getByRole('button', { name: /^Attack/ })
    .click();
  await map.histogram.focus();
  await page.keyboard.press('End');
  await expect(reading).toHaveText(/^Q2 2025 \(Apr to Jun\): 1 event; 3 killed$/);
  await expect(lastRow.getByRole('cell')).toHaveText(['1', '', '3', '']);
  expect(await map.axeInBothSchemes()).toEqual([]);
});
