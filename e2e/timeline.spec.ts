import { dayToIso } from '../src/lib/dates';
import { addMonths } from '../src/lib/slider-keys';
import { bundled, eventsInWindow, expect, MapPage, test } from './driver';

const extent = bundled.index.extent!;

// One page: each step but the last ends on the whole extent again (Home on the start handle, or
// "Show all dates"), where the next one starts.
test('the window moves by keyboard on each handle, by typed dates, by dragging the handles and the band, and to an empty period, and comes back to all dates; the count keeps up', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('the start handle moves by keyboard, and never past the end handle', async () => {
    await map.startHandle.focus();

    await page.keyboard.press('End');
    await map.expectWindow(extent.end, extent.end);
    await map.expectShowing(eventsInWindow(extent.end, extent.end));

    await page.keyboard.press('PageDown');
    const monthEarlier = addMonths(extent.end, -1);
    await map.expectWindow(monthEarlier, extent.end);
    await map.expectShowing(eventsInWindow(monthEarlier, extent.end));

    await page.keyboard.press('ArrowRight');
    await map.expectWindow(monthEarlier + 1, extent.end);

    await page.keyboard.press('Home');
    await map.expectShowing([...bundled.events]);
  });

  await test.step('typing dates sets the window exactly, and "Show all dates" resets it', async () => {
    const from = bundled.events.find(
      (e) => e.props.date.precision === 'day' && e.start > extent.start,
    )!.start;
    await map.fromField.fill(dayToIso(from));
    await map.toField.fill(dayToIso(from + 30));
    await map.expectWindow(from, from + 30);
    await map.expectShowing(eventsInWindow(from, from + 30));

    await map.showAllDates();
    await map.expectShowing([...bundled.events]);
  });

  await test.step('an empty window says so and offers the way back', async () => {
    // Find a day with no events at all, between the 2003 ban and the 2020 events.
    const gap = extent.start + 400;
    expect(eventsInWindow(gap, gap)).toEqual([]);
    await map.toField.fill(dayToIso(gap));
    await map.fromField.fill(dayToIso(gap));
    await expect(map.count).toHaveText(`0 of ${bundled.events.length} events`);
    await expect(map.canvas).toHaveAttribute('data-drawn', '0');
    await expect(page.getByText('No events in this period.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all dates' }).last().click();
    await map.expectShowing([...bundled.events]);
  });

  await test.step('the count says the window the handles show at every moment; only the list’s rows may follow a moment behind', async () => {
    // Each key is read back as soon as the page has drawn its handle, before the page has had a task
    // to itself: what a screenshot, or a reader looking, may catch then.
    const moments = await page.evaluate(
      async (keys) => {
        const slider = (name: string) =>
          document.querySelector<HTMLElement>(`[role="slider"][aria-label="${name}"]`)!;
        const start = slider('Start of time window');
        const end = slider('End of time window');
        const seen = [];
        for (const key of keys) {
          const moved = new Promise<void>((resolve) => {
            const watch = new MutationObserver(() => {
              watch.disconnect();
              resolve();
            });
            watch.observe(start, { attributeFilter: ['aria-valuenow'] });
          });
          start.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          await moved;
          seen.push({
            from: Number(start.getAttribute('aria-valuenow')),
            to: Number(end.getAttribute('aria-valuenow')),
            count: document.querySelector('[data-testid="event-count"]')!.textContent,
          });
        }
        return seen;
      },
      ['End', 'Home', 'PageUp', 'End'],
    );
    for (const { from, to, count } of moments)
      expect(count).toBe(`${eventsInWindow(from, to).length} of ${bundled.events.length} events`);
    expect(moments[0]!.from).toBe(extent.end);
    expect(moments[1]!.from).toBe(extent.start);
    await map.showAllDates();
    await map.expectShowing([...bundled.events]);
  });

  await test.step('dragging each handle with the mouse narrows the list, the count and the markers', async () => {
    await map.dragHandle(map.startHandle, 0.75);
    let [from, to] = await map.windowDays();
    expect(from).toBeGreaterThan(extent.start);
    expect(to).toBe(extent.end);
    await map.expectShowing(eventsInWindow(from, to));

    await map.dragHandle(map.endHandle, 0.9);
    [from, to] = await map.windowDays();
    expect(to).toBeLessThan(extent.end);
    const shown = eventsInWindow(from, to);
    expect(shown.length).toBeLessThan(bundled.events.length);
    await map.expectShowing(shown);
    // Once the window stands still, the date fields' pickers offer only the days the other field allows.
    await expect(map.fromField).toHaveAttribute('max', dayToIso(to));
    await expect(map.toField).toHaveAttribute('min', dayToIso(from));
    await map.showAllDates();
    await map.expectShowing([...bundled.events]);
  });

  await test.step('dragging the band moves the whole window and keeps its length', async () => {
    await map.startHandle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+PageUp');
    await map.endHandle.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+PageDown');
    const [from, to] = await map.windowDays();

    const band = await page.getByTestId('timeline-band').boundingBox();
    const track = await page.getByTestId('timeline-track').boundingBox();
    await page.mouse.move(band!.x + band!.width / 2, band!.y + 10);
    await page.mouse.down();
    await page.mouse.move(band!.x + band!.width / 2 + track!.width * 0.2, band!.y + 10, { steps: 6 });
    await page.mouse.up();

    const [from2, to2] = await map.windowDays();
    expect(from2).toBeGreaterThan(from);
    expect(to2 - from2).toBe(to - from);
    await map.expectShowing(eventsInWindow(from2, to2));
    await map.showAllDates();
    await map.expectShowing([...bundled.events]);
  });

  await test.step('the end handle moves by keyboard: Home, arrows, Page Down, End', async () => {
    await map.endHandle.focus();

    await page.keyboard.press('Home');
    await map.expectWindow(extent.start, extent.start);
    await map.expectShowing(eventsInWindow(extent.start, extent.start));

    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await map.expectWindow(extent.start, extent.end - 1);
    await map.expectShowing(eventsInWindow(extent.start, extent.end - 1));

    await page.keyboard.press('Shift+PageDown');
    const yearEarlier = addMonths(extent.end - 1, -12);
    await map.expectWindow(extent.start, yearEarlier);
    await map.expectShowing(eventsInWindow(extent.start, yearEarlier));
    expect(eventsInWindow(extent.start, yearEarlier).length).toBeLessThan(bundled.events.length);
  });
});
