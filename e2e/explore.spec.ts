import type { Locator } from '@playwright/test';
import { dayFromParts } from '../src/lib/dates';
import type { MapEvent } from '../src/lib/dataset';
import { bundled, eventsInWindow, expect, MapPage, test } from './driver';

const extent = bundled.index.extent!;
const total = bundled.events.length;
const ISK = 'Islamic State Khorasan Province (IS-K)';

/** The text the search looks in, as the page documents it. */
function searchable(e: MapEvent): string {
  const p = e.props;
  return [
    p.title,
    p.summary,
    p.place.name,
    p.place.label,
    ...p.actors.map((a) => a.name),
    ...p.sources.map((s) => s.outlet),
  ].join('\n');
}

async function openFilters(map: MapPage) {
  const panel = map.page.locator('.filter-panel');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  return panel;
}

async function listedTitles(map: MapPage) {
  return map.list.locator('.list-title').allTextContents();
}

test('"IS-K-claimed attacks in Pakistan since 2023" in a few actions, and a link that opens on exactly that view', async ({
  page,
  context,
}) => {
  const map = new MapPage(page);
  await map.open();
  await map.fromField.fill('2023-01-01');
  const panel = await openFilters(map);
  // The options are drawn again as each choice changes their counts: a click that lands on one
  // being replaced is made again until the choice holds.
  const choose = (option: Locator) => expect(() => option.check({ timeout: 2000 })).toPass();
  await choose(panel.getByRole('checkbox', { name: /^Attack/ }));
  await choose(panel.getByRole('radio', { name: /^Claimed/ }));
  await choose(panel.getByRole('checkbox', { name: new RegExp(`^${ISK.replace(/[()]/g, '\\$&')}`) }));
  await choose(panel.getByRole('checkbox', { name: /^Pakistan \d/ }));

  const expected = bundled.events.filter(
    (e) =>
      e.end >= dayFromParts(2023, 1, 1) &&
      e.props.category === 'attack' &&
      e.props.place.countries.includes('PK') &&
      e.props.actors.some((a) => a.name === ISK && a.role === 'claimed'),
  );
  expect(expected.length).toBe(2);
  await expect(map.count).toHaveText(`${expected.length} of ${total} events`);
  await expect(map.canvas).toHaveAttribute('data-drawn', String(expected.length));
  expect(await listedTitles(map)).toEqual(expected.map((e) => e.props.title));

  // A search and a selection on top, then the map moved by the reader.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('police');
  await expect(map.count).toHaveText(`1 of ${total} events`);
  const title = 'Bomb hits police bus in Mastung';
  await map.item(title).click();
  await expect(map.details(title)).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  // The fly to the event and the zoom both done: the address holds the view on screen.
  await expect
    .poll(async () => {
      const shown = await page.locator('.map').getAttribute('data-view');
      return shown !== null && new URL(page.url()).searchParams.get('map') === shown;
    })
    .toBe(true);
  const view = await page.locator('.map').getAttribute('data-view');

  const url = page.url();
  expect(new URL(url).searchParams.get('event')).toBe('mastung-police-bus-bombing-2025');
  const again = new MapPage(await context.newPage());
  await again.open(url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(again.count).toHaveText(`1 of ${total} events`);
  await expect(again.details(title)).toBeVisible();
  await expect(again.page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('police');
  await again.expectWindow(dayFromParts(2023, 1, 1), extent.end);
  // The same centre, to within two pixels, at the same zoom.
  const [lat, lng, zoom] = view!.split(',').map(Number) as [number, number, number];
  const pixel = 360 / (256 * 2 ** zoom);
  await expect
    .poll(async () => {
      const now = await again.view();
      return (
        now.zoom === zoom && Math.abs(now.lat - lat) <= 2 * pixel && Math.abs(now.lng - lng) <= 2 * pixel
      );
    })
    .toBe(true);
  await expect(again.page.getByRole('button', { name: 'Remove filter: Pakistan' })).toBeVisible();
  expect(again.page.url()).toBe(url);
  // The details hold the list's place; Back shows the one event the view lists.
  await again.page.getByRole('button', { name: 'Back to events' }).click();
  expect(await listedTitles(again)).toEqual([title]);
});

test('a link full of garbage loads normally, keeping what is valid', async ({ page }) => {
  const map = new MapPage(page);
  await map.open(
    '/?from=zzz&to=2025-99-99&cat=%3Cscript%3Ealert(1)%3C/script%3E,attack&role=king&country=XX1,pk' +
      '&event=../../etc&map=NaN,foo,bar&q=%E0%A4%A&mode=fast&actor=&__proto__=1&synthetic=abc',
  );
  const expected = bundled.events.filter(
    (e) => e.props.category === 'attack' && e.props.place.countries.includes('PK'),
  );
  // The search text decodes to a replacement character and an ordinary "%A": nothing matches it.
  await expect(map.count).toHaveText(`0 of ${total} events`);
  await page.getByRole('button', { name: /^Remove filter: “/ }).click();
  await expect(map.count).toHaveText(`${expected.length} of ${total} events`);
  await map.expectWindow(extent.start, extent.end);
  await expect(page.getByRole('radio', { name: 'Moving window' })).toBeChecked();
  const params = new URL(page.url()).searchParams;
  expect(params.get('cat')).toBe('attack');
  expect(params.get('country')).toBe('PK');
  expect(params.get('role')).toBeNull();
  expect(params.get('event')).toBeNull();
});

test('a link with parts that cannot be used says which and why; a clean link says nothing', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?from=2024-13-45&to=2025-01-01&cat=attack,foo&event=no-such-event&q=Mastung');
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveText([
    "from: '2024-13-45' is not a date (YYYY-MM-DD)",
    "to: needs a 'from' date as well",
    "cat: 'foo' is not a category",
    "event: no event with id 'no-such-event'",
  ]);
  // What could be used still applies.
  await expect(map.count).toHaveText(`1 of ${total} events`);
  // Readable in both colour schemes.
  expect(await map.axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await map.axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await notice.getByRole('button', { name: 'Hide notice' }).click();
  await expect(page.getByText('Parts of this link')).toHaveCount(0);
  await expect(map.count).toHaveText(`1 of ${total} events`);

  // A clean link with every parameter: the view applies and no notice comes.
  const clean =
    '/?from=2023-01-01&to=2025-04-17&mode=cumulative&cat=attack&actor=Islamic+State+Khorasan+Province+(IS-K)' +
    '&role=claimed&country=PK&q=police&event=mastung-police-bus-bombing-2025&map=30,66,5';
  await map.open(clean);
  await expect(map.count).toHaveText(`1 of ${total} events`);
  await expect(map.details('Bomb hits police bus in Mastung')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Cumulative' })).toBeChecked();
  await expect(page.getByText('Parts of this link')).toHaveCount(0);
});

// One page: each step ends with no search, no filter and the whole extent again, where the next one
// starts.
test('Back undoes the last filter; search ignores case and accents and combines with the window; filter options count the events in the window; keys walk the list', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('Back undoes the last filter; Forward redoes it', async () => {
    const panel = await openFilters(map);
    await panel.getByRole('checkbox', { name: /^Attack/ }).check();
    const attacks = bundled.events.filter((e) => e.props.category === 'attack');
    await expect(map.count).toHaveText(`${attacks.length} of ${total} events`);
    await panel.getByRole('checkbox', { name: /^Russia \d/ }).check();
    const inRussia = attacks.filter((e) => e.props.place.countries.includes('RU'));
    await expect(map.count).toHaveText(`${inRussia.length} of ${total} events`);

    await page.goBack();
    await expect(map.count).toHaveText(`${attacks.length} of ${total} events`);
    await expect(panel.getByRole('checkbox', { name: /^Russia \d/ })).not.toBeChecked();
    await expect(panel.getByRole('checkbox', { name: /^Attack/ })).toBeChecked();
    await page.goBack();
    await expect(map.count).toHaveText(`${total} of ${total} events`);
    await page.goForward();
    await expect(map.count).toHaveText(`${attacks.length} of ${total} events`);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await expect(map.count).toHaveText(`${total} of ${total} events`);
  });

  await test.step('search ignores case and accents, highlights matches as text, and combines with the window', async () => {
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.fill('ABBÉY gate');
    const matches = bundled.events.filter((e) => /abbey gate/i.test(searchable(e)));
    expect(matches.length).toBeGreaterThan(1);
    await expect(map.count).toHaveText(`${matches.length} of ${total} events`);
    await expect(map.list.locator('mark').first()).toHaveText(/Abbey|Gate/);

    // Outlets are searched too, and the list says where the match is.
    await search.fill('arab news');
    const arabNews = bundled.events.filter((e) => e.props.sources.some((s) => s.outlet === 'Arab News'));
    await expect(map.count).toHaveText(`${arabNews.length} of ${total} events`);
    const context = map.list.locator('.list-context').first();
    await expect(context).toContainText('Sources:');
    await expect(context.locator('mark')).toHaveText(['Arab', 'News']);

    // Markup typed into the box is only text.
    await search.fill('<b>taliban</b>');
    await expect(map.count).toHaveText(`0 of ${total} events`);
    await expect(page.getByText('No events match the filters in this period.')).toBeVisible();
    await expect(page.locator('.sidebar b')).toHaveCount(0);

    await search.fill('taliban');
    const to = dayFromParts(2021, 12, 31);
    await map.toField.fill('2021-12-31');
    const expected = eventsInWindow(extent.start, to).filter((e) => /taliban/i.test(searchable(e)));
    await expect(map.count).toHaveText(`${expected.length} of ${total} events`);
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(map.count).toHaveText(`${eventsInWindow(extent.start, to).length} of ${total} events`);
    await map.showAllDates();
    await map.expectWindow(extent.start, extent.end);
  });

  await test.step('filter options count the events in the window, show empty options, and the legend filters by category', async () => {
    const panel = await openFilters(map);
    const attack = panel.getByRole('checkbox', { name: /^Attack/ });
    const attacks = bundled.events.filter((e) => e.props.category === 'attack').length;
    await expect(attack).toHaveAccessibleName(`Attack ${attacks} events in the time window`);

    // Only 2003 in the window: no attacks, but the option stays, marked empty.
    await map.toField.fill('2003-12-31');
    await expect(attack).toHaveAccessibleName('Attack 0 events in the time window');
    await expect(panel.locator('.option.is-empty', { hasText: 'Attack' })).toBeVisible();
    await map.showAllDates();

    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    const legendAttack = page.locator('.legend').getByRole('button', { name: /^Attack/ });
    await legendAttack.click();
    await expect(legendAttack).toHaveAttribute('aria-pressed', 'true');
    await expect(attack).toBeChecked();
    await expect(map.count).toHaveText(`${attacks} of ${total} events`);
    await expect(map.canvas).toHaveAttribute('data-drawn', String(attacks));
    // The histogram follows the filters too.
    const histogramTotal = await map.histogram
      .locator('g.bin')
      .evaluateAll((bars) => bars.reduce((n, b) => n + Number(b.getAttribute('data-certain')), 0));
    expect(histogramTotal).toBeLessThanOrEqual(attacks);

    expect(await map.axe()).toEqual([]);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await expect(map.count).toHaveText(`${total} of ${total} events`);
  });

  await test.step('keys: / searches, j and k walk the list, arrows move in it, Escape closes, ? shows them all', async () => {
    // As on a page just opened: nothing focused.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const events = bundled.events;
    await page.locator('body').press('j');
    await expect(map.details(events[0]!.props.title)).toBeVisible();
    await page.keyboard.press('j');
    // The details take the list's place: focus goes to them.
    const second = map.details(events[1]!.props.title);
    await expect(second).toBeVisible();
    await expect(second.getByRole('heading', { name: events[1]!.props.title })).toBeFocused();
    await page.keyboard.press('k');
    await expect(map.details(events[0]!.props.title)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(map.details(events[0]!.props.title)).toBeHidden();
    await expect(map.item(events[0]!.props.title)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(map.item(events[1]!.props.title)).toBeFocused();

    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
    await page.keyboard.type('j');
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('j');
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search events' }).blur();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Search the events');
    expect(await map.axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" copies the address of exactly this view and confirms', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await (await openFilters(map)).getByRole('checkbox', { name: /^Report/ }).check();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('cat')).toBe('report');
    expect(copied).toBe(page.url());
  });
});
