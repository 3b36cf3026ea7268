import { focusRing } from './contrast';
import {
  bundled,
  eventsInWindow,
  expect,
  MapPage,
  serveWithSourceLinks,
  sourceAddress,
  tabTo,
  test,
} from './driver';

const total = bundled.events.length;

test('keyboard only: from load to a source of a filtered event, by Tab, keys and shortcuts', async ({
  page,
}) => {
  await serveWithSourceLinks(page);
  const map = new MapPage(page);
  await map.open();

  // The keys, first: `?` lists them, Escape closes the list.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Search the events');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // A category, with the legend's buttons (they are the category filter too), once it is open.
  const legend = page.getByRole('button', { name: 'Legend', exact: true });
  await tabTo(page, legend);
  await page.keyboard.press('Enter');
  await expect(legend).toHaveAttribute('aria-expanded', 'true');
  const attack = page.locator('.legend').getByRole('button', { name: /^Attack/ });
  await tabTo(page, attack);
  await page.keyboard.press('Space');
  await expect(attack).toHaveAttribute('aria-pressed', 'true');
  const attacks = bundled.events.filter((e) => e.props.category === 'attack');
  await expect(map.count).toHaveText(`${attacks.length} of ${total} events`);

  // The time window: the start handle to the end, then two years back.
  await tabTo(page, map.startHandle);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+PageDown');
  await page.keyboard.press('Shift+PageDown');
  const [from, to] = await map.windowDays();
  expect(to - from).toBeGreaterThan(700);
  expect(to).toBe(bundled.index.extent!.end);
  const inWindow = eventsInWindow(from, to).filter((e) => e.props.category === 'attack');
  expect(inWindow.length).toBeLessThan(attacks.length);
  await expect(map.count).toHaveText(`${inWindow.length} of ${total} events`);

  // A search, from anywhere with `/`.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  await page.keyboard.type('Moscow');
  const found = inWindow.filter((e) =>
    [e.props.title, e.props.summary, e.props.place.name].join(' ').includes('Moscow'),
  );
  expect(found).toHaveLength(1);
  const event = found[0]!;
  await expect(map.count).toHaveText(`1 of ${total} events`);

  // On through the filters to the list, and into the event's details.
  const item = map.item(event.props.title);
  await tabTo(page, item, { limit: 20 });
  await page.keyboard.press('Enter');
  const details = map.details(event.props.title);
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { name: event.props.title })).toBeFocused();

  // The next stop is its first source.
  await page.keyboard.press('Tab');
  const link = details.getByRole('link').first();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('href', sourceAddress(event.props.sources[0]!));
  const ring = await focusRing(page);
  expect(ring.ring, 'the focused link shows no focus ring').toBe(true);
  expect(ring.contrast).toBeGreaterThanOrEqual(3);

  // Escape closes the details and goes back to the event in the list.
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(item).toBeFocused();
});
