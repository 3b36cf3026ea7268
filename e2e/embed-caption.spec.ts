import type { Locator, Page } from '@playwright/test';
import { dayFromParts } from '../src/lib/dates';
import { bundled, eventsInWindow, expect, MapPage, SAMPLE_ROWS, test } from './driver';

const total = bundled.events.length;

/** Every visible control's box, by its accessible text. */
async function controlBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => !el.closest('[hidden], .leaflet-control-attribution, .visually-hidden'))
      // A closed disclosure's contents are not shown (Chromium still gives them boxes): only its summary is.
      .filter((el) => {
        const closed = el.closest('details:not([open])');
        return !closed || el.parentElement === closed;
      })
      // A control in a panel or a row that scrolls is reached by scrolling it, not clipped.
      .filter((el) => {
        for (let up = el.parentElement; up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (/auto|scroll/.test(style.overflowY) && up.scrollHeight > up.clientHeight) return false;
          if (/auto|scroll/.test(style.overflowX) && up.scrollWidth > up.clientWidth) return false;
        }
        return true;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
        };
      }),
  );
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

test.describe('an embed in a small frame', () => {
  test.use({ viewport: { width: 480, height: 360 } });

  test('says what it shows, keeps its map and its controls whole, and its content note to one line', async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open('/?embed=1&cat=attack&from=2021-01-01&to=2025-04-17');
    const attacks = eventsInWindow(dayFromParts(2021, 1, 1), dayFromParts(2025, 4, 17)).filter(
      (e) => e.props.category === 'attack',
    );
    const caption = `Attacks only · January 2021 to April 2025 · ${attacks.length} of ${total} events`;
    await expect(page.locator('.embed-caption')).toHaveText(caption);
    await expect(page).toHaveTitle(`${caption} – ${bundled.metadata!.title}`);

    // Every control inside the frame, the map at least half of it.
    for (const control of await controlBoxes(page)) {
      expect(control.left, control.name).toBeGreaterThanOrEqual(0);
      expect(control.top, control.name).toBeGreaterThanOrEqual(0);
      expect(control.right, control.name).toBeLessThanOrEqual(480);
      expect(control.bottom, control.name).toBeLessThanOrEqual(360);
    }
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    expect((await box(page.locator('.map'))).height).toBeGreaterThanOrEqual(180);

    // The content note: one line beside the Events button, some words of it shown, its rest behind "More".
    const note = page.getByRole('complementary', { name: 'Content note' });
    const line = note.locator('p');
    const lineHeight = await line.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    expect((await box(line)).height).toBeLessThanOrEqual(lineHeight + 1);
    expect((await box(line)).width).toBeGreaterThan(130);
    const events = await box(page.getByRole('button', { name: `Events (${attacks.length})` }));
    const noteBox = await box(note);
    expect(noteBox.x + noteBox.width <= events.x || noteBox.y >= events.y + events.height).toBe(true);
    // The chips share the legend's row at the bottom, clear of it, and leave the top to the note.
    const chips = await box(page.getByRole('navigation', { name: 'Where the events are' }));
    const legend = await box(page.locator('.legend'));
    expect(chips.y).toBeGreaterThan(noteBox.y + noteBox.height);
    expect(chips.x).toBeGreaterThanOrEqual(legend.x + legend.width);
    expect(await map.axe()).toEqual([]);
    await note.getByText('More').click();
    expect((await box(line)).height).toBeGreaterThan(lineHeight * 2);
    await expect(note).toContainText(bundled.metadata!.contentNote!);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await map.axe()).toEqual([]);
  });

  test("an event's details take the whole events panel, and Back to events brings the search back", async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open('/?embed=1');
    await page.getByRole('button', { name: `Events (${total})` }).click();
    const panel = page.getByRole('complementary', { name: 'Event list and details' });
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await expect(search).toBeVisible();
    const event = bundled.events.find((e) => e.props.sources.length > 0)!;
    const item = map.item(event.props.title);
    await item.click();
    const details = map.details(event.props.title);
    await expect(details).toBeVisible();
    // The search and the filters step aside: the details start at the top of the panel, and what
    // the reader came for, the title and when and where, is in view without scrolling.
    await expect(search).toBeHidden();
    const area = await box(panel);
    const top = await box(details);
    expect(top.y - area.y, 'the details start under something else').toBeLessThan(20);
    expect(top.y + top.height).toBeLessThanOrEqual(area.y + area.height + 1);
    await expect(details.getByRole('heading', { name: event.props.title })).toBeInViewport({ ratio: 1 });
    await expect(details.getByText('When', { exact: true })).toBeInViewport({ ratio: 1 });
    expect(await map.axe()).toEqual([]);

    await details.getByRole('button', { name: 'Back to events' }).click();
    await expect(details).toBeHidden();
    await expect(search).toBeVisible();
    await expect(item).toBeFocused();
  });
});

test('dialogs start at their heading, close with the ×, keep their footer in view, and copying moves nothing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const map = new MapPage(page);
  await map.open('/?cat=attack&from=2021-01-01&to=2025-04-17');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in a page' });
  await expect(dialog.getByRole('heading', { name: 'Embed this view in a page' })).toBeFocused();
  const done = await box(dialog.getByRole('button', { name: 'Done' }));
  expect(done.y + done.height).toBeLessThanOrEqual(800);
  expect(done.y).toBeGreaterThanOrEqual(0);

  // The preview is the frame the code gives, and its title says what the view shows.
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  const html = await code.inputValue();
  const src = /src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
  const preview = dialog.locator('iframe[title="Preview of the embedded map"]');
  await expect(preview).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Show a preview' }).click();
  await expect(preview).toHaveAttribute('src', src);
  expect(html).toMatch(/title="Map of events: Attacks only · January 2021 to April 2025 · \d+ of \d+ events/);
  await dialog.getByRole('combobox', { name: 'Width' }).selectOption({ label: '480 pixels' });
  await expect(preview).toHaveAttribute('width', '480');
  await dialog.getByRole('button', { name: 'Hide the preview' }).click();
  await expect(preview).toHaveCount(0);

  // Copying shows its message where it has room kept: nothing else moves.
  const copy = dialog.getByRole('button', { name: 'Copy embed code' });
  await copy.scrollIntoViewIfNeeded();
  const before = [await box(code), await box(copy), await box(dialog.getByText('The map sends the page'))];
  await copy.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  expect([await box(code), await box(copy), await box(dialog.getByText('The map sends the page'))]).toEqual(
    before,
  );
  expect(await map.axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await map.axe()).toEqual([]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('"Try the sample data" shows the sample shipped with the app', async ({ page }) => {
  // Records end in CRLF; a line break inside a quoted field is a bare LF.
  const map = new MapPage(page);
  await map.open();
  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Show your own data' });
  await expect(dialog.getByRole('heading', { name: 'Show your own data' })).toBeFocused();
  await expect(dialog.getByLabel('Choose a file, or drop it here')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'sample file' })).toHaveAttribute(
    'href',
    './sample-events.csv',
  );
  await dialog.getByRole('button', { name: 'Try the sample data' }).click();
  await expect(dialog).toBeHidden();
  await expect(map.count).toHaveText(`${SAMPLE_ROWS} of ${SAMPLE_ROWS} events`);
  await expect(page.getByRole('status').filter({ hasText: 'from sample-events.csv' })).toContainText(
    `Loaded ${SAMPLE_ROWS} of ${SAMPLE_ROWS} rows`,
  );
});

test('a printed page fits the map to its box and leaves out what only a screen answers to', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?cat=attack');
  // The legend, a strip below 1400 px, is opened to show its hint on screen.
  await page.getByRole('group', { name: 'Map legend' }).getByRole('button', { name: 'Legend' }).click();
  await expect(page.getByText('Press categories to show only those.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Press categories to show only those.')).toBeHidden();
  const frame = page.locator('.map');
  await expect(async () => {
    const [outer, drawn] = [await box(frame), await box(map.canvas)];
    expect(Math.abs(drawn.width - outer.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(drawn.height - outer.height)).toBeLessThanOrEqual(2);
  }).toPass();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('Press categories to show only those.')).toBeVisible();
});
