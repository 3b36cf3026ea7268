import type { Page } from '@playwright/test';
import { tr } from './catalogue';
import { bundled, expect, MapPage, test } from './driver';

/**
 * What the map draws on its canvases, in the reader's language (issue 16): the events' place labels
 * as the data translates them, the countries as the browser names them, counts in the language's
 * digits; back in English when the reader switches back, without a reload. Read from the label
 * canvas's `data-boxes` (what was drawn, and where).
 */

interface Label {
  text: string;
  kind: 'event' | 'country' | 'place';
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const LATIN_CAPITALS = /^[\p{Lu}\p{Script=Latin} .,'&()-]+$/u;

async function labels(page: Page, kind: Label['kind']): Promise<string[]> {
  const boxes = await page.locator('canvas.label-canvas').getAttribute('data-boxes');
  return (JSON.parse(boxes ?? '[]') as Label[]).filter((l) => l.kind === kind).map((l) => l.text);
}

/** Each event's place label in a language, as the data has it, else as written. */
const placeLabels = (code: string) =>
  new Set(bundled.events.map((e) => e.props.translations?.[code]?.placeLabel ?? e.props.place.label));
const english = new Set(bundled.events.map((e) => e.props.place.label));

/** Whether a label names a place as a whole word (as the label layer asks, lib/reference-places). */
const names = (label: string, place: string) =>
  new RegExp(`(^|[^\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(label);

for (const code of ['ar', 'ur']) {
  test(`in ${code}, the map names events' places and countries in the language, and in English again after switching`, async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open(`/?lang=${code}`);
    const canvas = page.locator('canvas.label-canvas');
    await expect(canvas).toHaveAttribute('data-country-labels', /^[1-9]\d*$/);

    // The events' place labels are the data's translations, in the script of the language.
    const translated = placeLabels(code);
    const events = await labels(page, 'event');
    expect(events.length).toBeGreaterThan(0);
    for (const text of events) {
      expect(translated.has(text), `${text} is a ${code} place label of the data`).toBe(true);
      expect(text).toMatch(ARABIC_SCRIPT);
    }
    // Country names as the browser writes them in the language: Arabic script, not Natural Earth's English.
    const countries = await labels(page, 'country');
    expect(countries.filter((c) => ARABIC_SCRIPT.test(c)).length).toBeGreaterThan(countries.length / 2);
    expect(countries).not.toContain('AFGHANISTAN');
    expect(countries).not.toContain('IRAN');

    // Switched back through the menu, without a reload: the labels follow.
    await page.getByRole('combobox', { name: tr(code, 'Language') }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect
      .poll(async () => {
        const shown = [...(await labels(page, 'event')), ...(await labels(page, 'country'))];
        return shown.length > 0 && shown.every((t) => !ARABIC_SCRIPT.test(t));
      })
      .toBe(true);
    for (const text of await labels(page, 'event')) expect(english.has(text)).toBe(true);
    const back = await labels(page, 'country');
    expect(back.length).toBeGreaterThan(0);
    for (const text of back) expect(text).toMatch(LATIN_CAPITALS);
  });
}

test('a language picked after the page opened names the events’ places in it, once its words arrive', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/');
  await expect.poll(async () => (await labels(page, 'event')).length).toBeGreaterThan(0);
  for (const text of await labels(page, 'event')) expect(english.has(text)).toBe(true);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
  const urdu = placeLabels('ur');
  await expect
    .poll(async () => {
      const shown = await labels(page, 'event');
      return shown.length > 0 && shown.every((t) => urdu.has(t) && ARABIC_SCRIPT.test(t));
    })
    .toBe(true);
  // The chips over the map too, with the words that came after the map framed the events.
  for (const name of await page.locator('.away-chip bdi').allTextContents())
    expect(name).toMatch(ARABIC_SCRIPT);
});

test('a capital an event already names, in its own words or translated, is not named again', async ({
  page,
}) => {
  // Near Moscow, the capitals and seats named (they arrive with the outlines)…
  await new MapPage(page).open('/?lang=ar&map=55.75,37.5,7');
  const canvas = page.locator('canvas.label-canvas');
  await expect(canvas).toHaveAttribute('data-place-labels', /^[1-9]\d*$/);
  // …then close enough that an event's place, "Outside Moscow" ("ضواحي موسكو"), stands apart.
  const zoomIn = page.getByRole('button', { name: tr('ar', 'Zoom in'), exact: true });
  await zoomIn.click();
  await expect(page.locator('canvas.event-canvas')).toHaveAttribute('data-zoom', '8');
  await zoomIn.click();
  await expect(page.locator('canvas.event-canvas')).toHaveAttribute('data-zoom', '9');
  await expect.poll(() => labels(page, 'event')).toContain('ضواحي موسكو');
  const events = await labels(page, 'event');
  const originals = bundled.events
    .filter((e) => events.includes(e.props.translations?.ar?.placeLabel ?? e.props.place.label))
    .map((e) => e.props.place.label);
  for (const place of await labels(page, 'place'))
    for (const label of [...events, ...originals])
      expect(names(label, place), `${place} is named by ${label}`).toBe(false);
  expect(await labels(page, 'place')).not.toContain('Moscow');
});

test('in Dari, the places and counts over the map are in its words and digits, as their buttons say them', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lang=fa');
  const persian = /^[۰-۹٫٬]+$/;
  const chips = page.locator('.away-chip-count');
  await expect(chips.first()).toBeVisible();
  for (const count of await chips.allTextContents()) expect(count).toMatch(persian);
  // Each chip names its places in Dari (the data's translated labels, the browser's names of
  // countries, joined with its "and"), and its name says the count it shows.
  const names = page.locator('.away-chip bdi');
  for (const name of await names.allTextContents()) expect(name).toMatch(ARABIC_SCRIPT);
  for (const chip of await page.locator('.away-chip').all()) {
    const shown = (await chip.locator('.away-chip-count').textContent())!;
    expect(await chip.getAttribute('aria-label')).toContain(shown);
    expect(await chip.getAttribute('aria-label')).toContain((await chip.locator('bdi').textContent())!);
  }
  // The clusters' buttons say their counts in the same digits.
  const clusters = await page.locator('.cluster-button').evaluateAll((b) => b.map((e) => e.ariaLabel ?? ''));
  expect(clusters.length).toBeGreaterThan(0);
  for (const name of clusters) expect(name).toMatch(/^[۰-۹]+ /);

  await page.getByRole('combobox', { name: tr('fa', 'Language') }).selectOption('en');
  await expect(chips.first()).toHaveText(/^\d+$/);
  for (const name of await names.allTextContents()) expect(name).not.toMatch(ARABIC_SCRIPT);
  // The clusters' names are kept from frame to frame, for the language they were made in only.
  await expect(page.locator('.cluster-button').first()).toHaveAttribute('aria-label', /^\d+ /);
  const again = await page.locator('.cluster-button').evaluateAll((b) => b.map((e) => e.ariaLabel ?? ''));
  expect(again.length).toBe(clusters.length);
  for (const name of again) expect(name).toMatch(/^\d+ events?: .*\. (Zoom in|Show the list)$/);
});
