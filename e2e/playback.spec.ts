import { dayFromParts, dayToIso, type Day } from '../src/lib/dates';
import { stepDays } from '../src/lib/playback';
import { describeWindow } from '../src/lib/time-view';
import { bundled, eventsInWindow, expect, MapPage, test } from './driver';

const extent = bundled.index.extent!;
const total = bundled.events.length;

async function setWindow(map: MapPage, from: Day, to: Day) {
  await map.toField.fill(dayToIso(to));
  await map.fromField.fill(dayToIso(from));
  await map.expectWindow(from, to);
}

/**
 * Everything the page shows about the window, read in one go so no update
 * can land in between: the handles, the count, the histogram's emphasised
 * bars, and the window the map last drew with its marker count.
 */
async function snapshot(map: MapPage) {
  return map.page.evaluate(() => {
    const value = (name: string) =>
      Number(document.querySelector(`[role="slider"][aria-label="${name}"]`)!.getAttribute('aria-valuenow'));
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.event-canvas')!;
    const [drawnFrom, drawnTo] = canvas.dataset.window!.split('-').map(Number);
    return {
      from: value('Start of time window'),
      to: value('End of time window'),
      count: document.querySelector('[data-testid="event-count"]')!.textContent,
      bars: Array.from(document.querySelectorAll('[data-testid="histogram"] g.bin'), (g) => ({
        from: Number(g.getAttribute('data-from')),
        to: Number(g.getAttribute('data-to')),
        inWindow: g.classList.contains('in-window'),
      })),
      drawn: { from: drawnFrom!, to: drawnTo!, count: Number(canvas.dataset.drawn) },
    };
  });
}

function expectAgreement(s: Awaited<ReturnType<typeof snapshot>>) {
  expect(s.count).toBe(`${eventsInWindow(s.from, s.to).length} of ${total} events`);
  for (const bar of s.bars) expect(bar.inWindow).toBe(bar.from <= s.to && bar.to >= s.from);
  expect(s.drawn.count).toBe(eventsInWindow(s.drawn.from, s.drawn.to).length);
}

test('play moves the window, and the count, histogram and map agree at every moment; pause stops it; loop starts over at the end', async ({
  page,
}) => {
  // Time runs as normal; the clock lets the test run the page's timers on at once where it checks nothing moves.
  await page.clock.install();
  const map = new MapPage(page);
  await map.open();
  // From the first event, so a slow machine still has years to cross before playback reaches the end.
  const from = extent.start;
  const to = from + 180;
  await setWindow(map, from, to);
  // Looping, as playback skips the empty years and may reach the end before the checks are done.
  await page.getByRole('checkbox', { name: 'Loop' }).check();

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const seen = new Set<number>();
  for (let k = 0; k < 8; k++) {
    const s = await snapshot(map);
    expectAgreement(s);
    expect(s.to - s.from).toBe(to - from);
    seen.add(s.from);
    // The next moment: once the window has moved on.
    await expect.poll(async () => (await map.windowDays())[0]).not.toBe(s.from);
  }
  expect(seen.size).toBe(8);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  const [from2, to2] = await map.windowDays();
  expect(from2).toBeGreaterThanOrEqual(from);
  expect(to2 - from2).toBe(to - from);
  await map.expectShowing(eventsInWindow(from2, to2));
  // Nearly half a second of the page's timers and frames, run at once: nothing moves.
  await page.clock.runFor(400);
  await map.expectWindow(from2, to2);

  await test.step('loop starts over at the end; touching another control stops playback', async () => {
    await page.getByRole('checkbox', { name: 'Loop' }).check();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    const from = extent.end - 200;
    await setWindow(map, from, extent.end - 100);
    await page.getByRole('button', { name: 'Play' }).click();
    // Near the end already, so it must have wrapped round to the start of the axis.
    await expect.poll(async () => (await map.windowDays())[0]).toBeLessThan(from - 1000);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    await map.endHandle.press('ArrowLeft');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const [stillFrom, stillTo] = await map.windowDays();
    await page.clock.runFor(400);
    await map.expectWindow(stillFrom, stillTo);
  });
});

// One page: each step but the last ends on the whole extent again, where the next one starts.
test('the live region says what the window shows after a keyboard change; step buttons move the window by one step, scaled by the speed; cumulative mode keeps every earlier event', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('the live region says what the window shows after a keyboard change', async () => {
    await map.endHandle.focus();
    await page.keyboard.press('Shift+PageDown');
    const [from, to] = await map.windowDays();
    expect(to).toBeLessThan(extent.end);
    const shown = eventsInWindow(from, to);
    const possible = shown.filter((e) => e.start < from || e.end > to).length;
    let text = `${shown.length} events, ${describeWindow({ start: from, end: to })}`;
    if (possible > 0) text += `; ${possible} of them may fall outside it`;
    await expect(map.announcement).toHaveText(text);
    await expect(map.announcement).toHaveAttribute('aria-live', 'polite');
    await map.showAllDates();
    await map.expectWindow(extent.start, extent.end);
  });

  await test.step('step buttons move the window by one step, scaled by the speed', async () => {
    const from = dayFromParts(2020, 1, 1);
    const to = dayFromParts(2020, 3, 31);
    await setWindow(map, from, to);

    await page.getByRole('button', { name: 'Step forward' }).click();
    const step = stepDays(extent, 1);
    await map.expectWindow(from + step, to + step);
    await page.getByRole('button', { name: 'Step back' }).click();
    await map.expectWindow(from, to);

    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Step forward' }).click();
    const fast = stepDays(extent, 4);
    expect(fast).toBeGreaterThan(3 * step);
    await map.expectWindow(from + fast, to + fast);
    await map.expectShowing(eventsInWindow(from + fast, to + fast));
    await map.showAllDates();
    await map.expectWindow(extent.start, extent.end);
  });

  await test.step('cumulative mode keeps every earlier event as the playhead moves on', async () => {
    await page.getByRole('radio', { name: 'Cumulative' }).check();
    const playhead = dayFromParts(2020, 3, 1);
    await setWindow(map, dayFromParts(2019, 1, 1), playhead);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await map.windowDays())[1]).toBeGreaterThan(playhead + 100);
    await page.getByRole('button', { name: 'Pause' }).click();
    const [from, to] = await map.windowDays();
    expect(from).toBe(extent.start);
    const shown = eventsInWindow(from, to);
    expect(shown.some((e) => e.end < dayFromParts(2004, 1, 1))).toBe(true);
    await map.expectShowing(shown);
    await expect(map.item('Russia outlaws the Taliban as a terrorist movement')).toBeVisible();
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('play still advances, in whole steps', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const from = dayFromParts(2019, 1, 1);
    const to = dayFromParts(2019, 12, 31);
    await setWindow(map, from, to);
    await page.getByRole('button', { name: 'Play' }).click();
    // One jump a second, eight ordinary steps long.
    const jump = stepDays(extent, 1, 8);
    await expect.poll(async () => (await map.windowDays())[0], { timeout: 4000 }).toBeGreaterThan(from);
    await page.getByRole('button', { name: 'Pause' }).click();
    const [from2, to2] = await map.windowDays();
    expect((from2 - from) % jump).toBe(0);
    expect(from2).toBeGreaterThanOrEqual(from + jump);
    expect(to2 - from2).toBe(to - from);
    await map.expectShowing(eventsInWindow(from2, to2));
  });
});
