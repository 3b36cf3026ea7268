import { formatEventDate } from '../src/lib/dates';
import { bundled, expect, loneEvent, MapPage, test } from './driver';

// One page, one event's details after another, each closed with Back before the next.
test('the details of an event show everything about it with its sources, say how imprecise it is and what damaged text reads, and Back returns focus to the list; the list and the markers choose events, and a marker leaves with its date', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('selecting an event in the list shows everything about it, with its sources', async () => {
    const event = bundled.events.find((e) => e.props.sources.length > 1 && e.props.casualties?.killed)!;
    await map.item(event.props.title).click();

    const details = map.details(event.props.title);
    await expect(details).toBeVisible();
    await expect(details.getByRole('heading', { name: event.props.title })).toBeVisible();
    await expect(details).toContainText(formatEventDate(event.props.date));
    await expect(details).toContainText(event.props.place.name);
    await expect(details).toContainText(event.props.casualties!.killed!.text);
    await expect(details).toContainText(event.props.summary);
    for (const actor of event.props.actors) await expect(details).toContainText(actor.name);
    for (const source of event.props.sources) {
      await expect(details).toContainText(source.quote);
      await expect(details).toContainText(source.headline);
      await expect(details).toContainText(source.outlet);
    }
    await expect(map.canvas).toHaveAttribute('data-selected', event.id);
    // The details hold the list's place; Back returns to the list, on the event's item.
    await page.getByRole('button', { name: 'Back to events' }).click();
    await expect(map.item(event.props.title)).toBeFocused();
  });

  await test.step('Back from the details returns focus to the list', async () => {
    const event = bundled.events[0]!;
    await map.item(event.props.title).focus();
    await page.keyboard.press('Enter');
    await expect(map.details(event.props.title)).toBeVisible();
    await page.getByRole('button', { name: 'Back to events' }).click();
    await expect(map.details(event.props.title)).toBeHidden();
    await expect(map.item(event.props.title)).toBeFocused();
  });

  await test.step('an imprecise event says how imprecise it is', async () => {
    const event = bundled.events.find((e) => e.props.date.precision === 'month')!;
    await map.item(event.props.title).click();
    const details = map.details(event.props.title);
    await expect(details).toContainText('known only to the month');
    const span = bundled.events.find((e) => e.props.date.precision === 'span')!;
    // The details take the list's place: back to it for the next event.
    await page.getByRole('button', { name: 'Back to events' }).click();
    await map.item(span.props.title).click();
    await expect(map.details(span.props.title)).toContainText('a period, not a single day');
  });
  // The details take the list's place: back to it for the next step.
  await page.getByRole('button', { name: 'Back to events' }).click();

  await test.step('a figure read from damaged text says what the text reads, in the details and in the list', async () => {
    const event = bundled.events.find((e) => e.props.casualties?.killed?.reading)!;
    const killed = event.props.casualties!.killed!;
    const item = map.item(event.props.title);
    await expect(item).toContainText(`${killed.text} killed (a reading)`);
    await item.click();
    const details = map.details(event.props.title);
    await expect(details).toContainText(`${killed.text} (a reading, not a quote: ${killed.reading!})`);
  });
  await page.getByRole('button', { name: 'Back to events' }).click();

  await test.step('the list pans the map to the event; clicking its marker selects it and highlights the item', async () => {
    const event = loneEvent();
    await map.item(event.props.title).click();
    const centre = await map.mapCentre();
    // The map pans so the selected marker sits in the middle of it.
    await expect.poll(async () => (await map.markerPixel(centre.x, centre.y))[3]).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect(map.details(event.props.title)).toBeHidden();
    await expect(map.item(event.props.title)).toBeFocused();
    await expect(map.item(event.props.title)).not.toHaveAttribute('aria-current', 'true');

    const box = (await map.canvas.boundingBox())!;
    await page.mouse.click(box.x + centre.x, box.y + centre.y);
    await expect(map.details(event.props.title)).toBeVisible();
    await expect(map.list).toBeHidden();
    await expect(map.canvas).toHaveAttribute('data-selected', event.id);
  });

  await test.step('a marker disappears from the canvas when the window leaves its date', async () => {
    // The event the last step chose, in the middle of the map.
    const event = loneEvent();
    await page.getByRole('button', { name: 'Back to events' }).click();
    const centre = await map.mapCentre();
    await expect.poll(async () => (await map.markerPixel(centre.x, centre.y))[3]).toBeGreaterThan(0);

    // Keep only days before the event.
    await map.endHandle.focus();
    await page.keyboard.press('Home');
    expect(event.start).toBeGreaterThan(bundled.index.extent!.start);
    await expect.poll(async () => (await map.markerPixel(centre.x, centre.y))[3]).toBe(0);
    await expect(map.item(event.props.title)).toHaveCount(0);
  });
});

test('an event chosen in the list is flown to even when the note over the map is hidden on the way', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  const event = loneEvent();
  await map.item(event.props.title).click();
  // The notices over the map change height while the map flies: the first view is framed again for
  // them only while the reader has not moved it, and the flight is the reader's.
  await page.getByRole('button', { name: 'Hide note' }).click();
  await expect
    .poll(async () => {
      const { lat, lng } = await map.view();
      return Math.hypot(lat - event.lat, lng - event.lon);
    })
    .toBeLessThan(0.01);
  await expect(page).toHaveURL(/[?&]map=/);
});
