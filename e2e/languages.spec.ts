import type { Page } from '@playwright/test';
import { tr } from './catalogue';
import { bundled, expect, MapPage, test } from './driver';

/**
 * The interface in the reader's language (issue 16): the whole reader journey in Arabic, Urdu and
 * Russian, found by the names a reader of each language hears (from its catalogue); right to left
 * for Arabic and Urdu with the map and the time axis unmirrored; choosing, remembering and linking
 * the language; and the pseudo-locale's longer text fitting at 320 pixels.
 */

/** The window's start, as the slider says it (a day number). */
async function startValue(page: Page, code: string): Promise<number> {
  return Number(
    await page.getByRole('slider', { name: tr(code, 'Start of time window') }).getAttribute('aria-valuenow'),
  );
}

/** A word from the bundled events that some titles have and others do not. */
const SEARCHED = 'Kabul';
const matching = bundled.events.filter((e) => e.props.title.includes(SEARCHED)).length;

for (const { code, dir, font } of [
  { code: 'ar', dir: 'rtl', font: 'Noto Naskh Arabic' },
  { code: 'ur', dir: 'rtl', font: 'Noto Nastaliq Urdu' },
  { code: 'ru', dir: 'ltr', font: null },
]) {
  test.describe(`in ${code}`, () => {
    // The flight to the chosen event is the same in every language: taken in the first, at once after.
    test.use({
      permissions: ['clipboard-read', 'clipboard-write'],
      reducedMotion: code === 'ar' ? 'no-preference' : 'reduce',
    });

    test('the reader journey: window, filter, search, details, sources, share link and embed, all in the language', async ({
      page,
    }) => {
      const map = new MapPage(page);
      await map.open(`/?lang=${code}`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('combobox', { name: tr(code, 'Language') })).toHaveValue(code);
      if (font) expect(await page.evaluate((f) => document.fonts.check(`16px "${f}"`, 'ا'), font)).toBe(true);

      // The map is never mirrored; the page around it is.
      const mapBox = (await page.locator('.map-area').boundingBox())!;
      const sideBox = (await page.locator('.sidebar').boundingBox())!;
      if (dir === 'rtl') expect(sideBox.x + sideBox.width).toBeLessThanOrEqual(mapBox.x + 1);
      else expect(sideBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width - 1);
      const zoomIn = (await page
        .getByRole('button', { name: tr(code, 'Zoom in'), exact: true })
        .boundingBox())!;
      expect(zoomIn.x - mapBox.x, "Leaflet's zoom stays at the map's left").toBeLessThan(60);

      // The time axis runs left to right: the start handle is on the left, and → moves it later.
      const start = page.getByRole('slider', { name: tr(code, 'Start of time window') });
      const end = page.getByRole('slider', { name: tr(code, 'End of time window') });
      expect((await start.boundingBox())!.x).toBeLessThan((await end.boundingBox())!.x);
      const before = await startValue(page, code);
      await start.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => startValue(page, code)).toBeGreaterThan(before);
      await page.getByRole('button', { name: tr(code, 'Show all dates') }).click();

      // A filter, then a search, each narrowing the list the reader hears.
      const items = map.page.locator('.event-list .list-item');
      await expect(items).toHaveCount(bundled.events.length);
      await page.locator('.filter-panel summary').click();
      await page.locator('.filter-panel').getByRole('checkbox').first().check();
      await expect.poll(() => items.count()).toBeLessThan(bundled.events.length);
      await page.locator('.filter-panel').getByRole('checkbox').first().uncheck();
      await page.getByRole('searchbox', { name: tr(code, 'Search events') }).fill(SEARCHED);
      await expect(items).toHaveCount(matching);

      // Details and sources: the event's own words, the interface's around them.
      await items.first().click();
      const details = page.locator('.details');
      await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(page.locator('#details-sources')).toHaveText(tr(code, 'Sources'));
      expect(page.url()).toContain(`lang=${code}`);

      await expect(await map.axeInBothSchemes()).toEqual([]);

      // The link and the Embed code carry the language.
      await page.getByRole('button', { name: tr(code, 'Copy link'), exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: tr(code, 'Link copied') })).toBeVisible();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.searchParams.get('lang')).toBe(code);
      expect(copied.searchParams.get('q')).toBe(SEARCHED);
      await page.getByRole('button', { name: tr(code, 'Embed'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: tr(code, 'Embed this view in a page') });
      await expect(dialog.getByRole('textbox', { name: tr(code, 'Embed code') })).toHaveValue(
        new RegExp(`lang=${code}`),
      );
    });
  });
}

test('an English page shows its compiled messages without a warning for each', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('Uncompiled message'))
      warnings.push(message.text());
  });
  const map = new MapPage(page);
  const event = bundled.events.find((e) => e.props.claims)!;
  await map.open(`/?event=${event.id}`);
  await expect(page.locator('#details-title')).toHaveText(event.props.title);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('combobox', { name: tr('ru', 'Language') }).selectOption('en');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  expect(warnings).toEqual([]);
});

test('the language menu changes every text at once, and the choice is remembered and linked', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  // Chosen by keyboard focus, then changed: the focus stays on the menu while every text changes.
  await page.getByRole('combobox', { name: 'Language' }).focus();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('searchbox', { name: tr('ru', 'Search events') })).toBeVisible();
  await expect(page.getByRole('combobox', { name: tr('ru', 'Language') })).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ru');

  // Next visit, with no language in the address: the one chosen here, put in the address.
  await map.open('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');

  // Mirrored at once, without a reload.
  await page.getByRole('combobox', { name: tr('ru', 'Language') }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('searchbox', { name: tr('ar', 'Search events') })).toBeVisible();
});

test.describe('a browser set to Urdu', () => {
  test.use({ locale: 'ur-PK' });

  test('gets the map in Urdu on its first visit', async ({ page }) => {
    const map = new MapPage(page);
    await map.open('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ur');
  });
});

test('a ?lang= the map has no interface in opens as the browser would, and says so', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?lang=<b>xx</b>&cat=attack');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
  await expect(notice).toContainText('the map has no interface in “<b>xx</b>”, so it is shown in English');
  const url = new URL(page.url());
  expect(url.searchParams.get('lang')).toBeNull();
  expect(url.searchParams.get('cat')).toBe('attack');
});

test('a page-wide key works on a keyboard that types another script', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?lang=ru');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  // The key where "j" is on a US keyboard types "о" on a Russian one.
  await page.evaluate(() =>
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'о', code: 'KeyJ', bubbles: true })),
  );
  await expect(page.locator('.details').getByRole('heading', { level: 2 })).toBeVisible();
});

for (const size of [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280x800 at 200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
]) {
  test.describe(`the pseudo-locale (40% longer), ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('nothing scrolls sideways and no control clips its words', async ({ page }) => {
      const map = new MapPage(page);
      await map.open('/?lang=pseudo');
      // Pseudo-text where the interface speaks: accented, and padded with dots.
      await expect(page.getByRole('searchbox')).toHaveAccessibleName(/^·+\S.*\S·+$/);
      await expect(page.getByRole('searchbox')).not.toHaveAccessibleName('Search events');
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const width = document.documentElement.scrollWidth;
        if (width > window.innerWidth)
          found.push(`the page is ${width} px wide in a ${window.innerWidth} px window`);
        for (const el of document.querySelectorAll<HTMLElement>(
          'button, summary, label, .button, select, h1, h2, h3',
        )) {
          const box = el.getBoundingClientRect();
          // Not drawn, or text for screen readers only (a one-pixel box).
          if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
          // A control that hides what overflows it and is narrower than its text cuts words off.
          const clips = getComputedStyle(el).overflowX !== 'visible';
          const ellipsis = getComputedStyle(el).textOverflow === 'ellipsis';
          if (clips && !ellipsis && el.scrollWidth > el.clientWidth + 1)
            found.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" clips its text`);
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  });
}

test('the events’ own words in the reader’s language where the data translates them, else as written, each marked', async ({
  page,
}) => {
  const map = new MapPage(page);
  const event = bundled.events.find(
    (e) => e.props.translations?.ur?.title && e.props.translations.ur.summary,
  )!;
  const urdu = event.props.translations!.ur!;
  await map.open('/?lang=ur');
  const item = page.locator(`[data-event-id="${event.id}"]`);
  await expect(item.locator('.list-title')).toHaveText(urdu.title!);
  await expect(item.locator('.list-title')).toHaveAttribute('lang', 'ur');
  // The place's full name is not translated: it is marked as the English it is.
  await expect(item.locator('.list-meta [lang="en"]')).toHaveText(event.props.place.name);
  // A reader searches in their own language.
  await page.getByRole('searchbox', { name: tr('ur', 'Search events') }).fill(urdu.title!.split(' ')[0]!);
  await expect(item).toBeVisible();
  await item.click();
  const heading = page.locator('#details-title');
  await expect(heading).toHaveText(urdu.title!);
  await expect(heading).toHaveAttribute('lang', 'ur');
  await expect(page.locator('.details .summary')).toHaveText(urdu.summary!);
  await expect(page.locator('.details .language-note')).toBeVisible();
  // Quotes stay in the article's words and language.
  await expect(page.locator('.details blockquote').first()).toHaveAttribute('lang', 'en');

  // French: the data has no French; the event shows as written, in English, and says so.
  await map.open(`/?lang=fr&event=${event.id}`);
  await expect(heading).toHaveText(event.props.title);
  await expect(heading).toHaveAttribute('lang', 'en');
  await expect(page.locator('.details .language-note')).toContainText('anglais');
});

test('the events’ words come with the language chosen, one file for it alone, and the view stays', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const file = /\/assets\/(events-[^/]+\.json)$/.exec(request.url())?.[1];
    if (file && !file.startsWith('events-checked')) fetched.push(file);
  });
  const map = new MapPage(page);
  const event = bundled.events.find((e) => e.props.translations?.ru?.title)!;
  await map.open(`/?event=${event.id}`);
  const heading = page.locator('#details-title');
  await expect(heading).toHaveText(event.props.title);
  const start = await startValue(page, 'en');
  // An English reader fetches no translation.
  expect(fetched).toEqual([]);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(heading).toHaveText(event.props.translations!.ru!.title!);
  await expect(heading).toHaveAttribute('lang', 'ru');
  await expect(page.locator(`[data-event-id="${event.id}"] .list-title`)).toHaveText(
    event.props.translations!.ru!.title!,
  );
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/^events-ru-/);
  // The same view: the window, the selection and the address.
  expect(await startValue(page, 'ru')).toBe(start);
  expect(new URL(page.url()).searchParams.get('event')).toBe(event.id);

  // Back to English: the event's own words, with nothing fetched again.
  await page.getByRole('combobox', { name: tr('ru', 'Language') }).selectOption('en');
  await expect(heading).toHaveText(event.props.title);
  await expect(heading).toHaveAttribute('lang', 'en');
  expect(fetched).toHaveLength(1);
});

/** The words of a message around its placeholders: what a notice with values put in must contain. */
const wordsOf = (message: string) =>
  message
    .split(/\{\w+\}/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 1);

test.describe('a language picked after a notice', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: .* 503/] });

  test('words the notice again in it', async ({ page }) => {
    const map = new MapPage(page);
    await map.open('/?cat=nonsense');
    const notice = page.locator('.map-notice');
    await expect(notice).toContainText("'nonsense' is not a category");
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    for (const words of wordsOf(tr('ru', '{value} is not a category')))
      await expect(notice).toContainText(words);
    await expect(notice).not.toContainText('is not a category');

    // The events could not be loaded at all.
    await page.route('**/assets/events-checked-*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('/?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The events could not be loaded: the server answered 503');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    for (const english of ['The events could not be loaded: {reason}.', 'the server answered {status}'])
      for (const words of wordsOf(tr('ar', english))) await expect(alert).toContainText(words);
    await expect(alert).not.toContainText('could not be loaded');
  });
});

test('an embed in a language with longer words keeps its name and never scrolls sideways', async ({
  page,
}) => {
  const map = new MapPage(page);
  const sizes = [
    { width: 320, height: 480 },
    { width: 480, height: 360 },
  ];
  // Each language is opened at one size and then made the other: half of them open at each
  // size, so each size is seen both as the page opens in it and as the page is resized to it.
  for (const [n, code] of ['ru', 'fr', 'es', 'pseudo'].entries()) {
    const order = n % 2 === 0 ? sizes : [...sizes].reverse();
    for (const [k, viewport] of order.entries()) {
      await page.setViewportSize(viewport);
      if (k === 0) await map.open(`/?lang=${code}&embed=1`);
      else await map.settled();
      const where = `${code} at ${viewport.width}x${viewport.height}${k === 0 ? '' : ', resized'}`;
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(viewport.width);
      const brand = (await page.locator('.brand').boundingBox())!;
      const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(brand.x + brand.width, `${where}: the name is cut`).toBeLessThanOrEqual(
        heading.x + heading.width + 0.5,
      );
    }
  }
});
