import type { Page } from '@playwright/test';
import { tr } from './catalogue';
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
import { dayFromParts, partsFromDay } from '../src/lib/dates';
import type { MapEvent } from '../src/lib/dataset';
import { foldText } from '../src/lib/search-text';
import { addMonths } from '../src/lib/slider-keys';

/**
 * The keyboard in right-to-left languages (issue 16): a reader of Arabic or Urdu goes from the top
 * of the page to an event's source and a link to share without a mouse, and Tab follows the
 * mirrored layout (right to left along each row) everywhere but on the map and the time axis, which
 * run left to right in every language (README, "Languages"). Controls are found by the names a
 * reader of the language hears (`tr`).
 */

/** The window's day where a slider is now (`aria-valuenow`). */
async function valueOf(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole('slider', { name }).getAttribute('aria-valuenow'));
}

/** Whether an event's searchable text holds a word, as the search box folds both (lib/filters.ts). */
function mentions(e: MapEvent, word: string): boolean {
  const p = e.props;
  const text = [
    p.title,
    p.summary,
    p.place.name,
    p.place.label ?? '',
    ...p.actors.map((a) => a.name),
    ...p.sources.map((s) => s.outlet),
    JSON.stringify(p.translations ?? {}),
  ].join('\n');
  return foldText(text).includes(foldText(word));
}

/** Each right-to-left language, with a word its readers search the bundled events for: "bombing", "Balochistan". */
for (const { code, word } of [
  { code: 'ar', word: 'تفجير' },
  { code: 'ur', word: 'بلوچستان' },
]) {
  test.describe(`in ${code}, by keyboard only`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('skip link, time window, filter, search, list, details, source, link and embed', async ({
      page,
    }) => {
      await serveWithSourceLinks(page);
      const map = new MapPage(page);
      await map.open(`/?lang=${code}`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

      // From the top of the page, the first stops are the skip links; the second goes to the timeline.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: tr(code, 'Skip to map') })).toBeFocused();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: tr(code, 'Skip to timeline') });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(map.histogram).toBeFocused();
      expect(new URL(page.url()).hash).toBe('');

      // The time axis runs left to right: → is later and moves the handle right, as the reader sees.
      const startName = tr(code, 'Start of time window');
      const endName = tr(code, 'End of time window');
      const start = page.getByRole('slider', { name: startName });
      const end = page.getByRole('slider', { name: endName });
      await page.keyboard.press('Tab');
      await expect(start).toBeFocused();
      const extent = bundled.index.extent!;
      expect(await valueOf(page, startName)).toBe(extent.start);
      const x = async () => (await start.boundingBox())!.x;
      const before = await x();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => valueOf(page, startName)).toBe(extent.start + 1);
      expect(await x()).toBeGreaterThan(before);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => valueOf(page, startName)).toBe(extent.start);
      expect(await x()).toBe(before);
      // Page Up a month later, Page Down a month earlier; End the last day the handle can take, Home the first.
      await page.keyboard.press('PageUp');
      await expect.poll(() => valueOf(page, startName)).toBe(addMonths(extent.start, 1));
      await page.keyboard.press('PageDown');
      await expect.poll(() => valueOf(page, startName)).toBe(extent.start);
      await page.keyboard.press('End');
      await expect.poll(() => valueOf(page, startName)).toBe(extent.end);
      await page.keyboard.press('Home');
      await expect.poll(() => valueOf(page, startName)).toBe(extent.start);
      // With Shift, a year: the window narrowed to 2021 on, the end handle a day back and forth.
      const years = 2021 - partsFromDay(extent.start).year;
      for (let i = 0; i < years; i++) await page.keyboard.press('Shift+PageUp');
      const from = addMonths(extent.start, 12 * years);
      expect(from).toBe(dayFromParts(2021, 1, 1));
      await expect.poll(() => valueOf(page, startName)).toBe(from);
      await page.keyboard.press('Tab');
      await expect(end).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => valueOf(page, endName)).toBe(extent.end - 1);
      await page.keyboard.press('End');
      await expect.poll(() => valueOf(page, endName)).toBe(extent.end);
      const items = page.locator('.event-list .list-item');
      const inWindow = eventsInWindow(from, extent.end);
      expect(inWindow.length).toBeLessThan(bundled.events.length);
      await expect(items).toHaveCount(inWindow.length);

      // `/` goes to the search from anywhere; the reader types a word in their language.
      await page.keyboard.press('/');
      const search = page.getByRole('searchbox', { name: tr(code, 'Search events') });
      await expect(search).toBeFocused();
      await page.keyboard.type(word);
      const found = inWindow.filter((e) => mentions(e, word));
      expect(found.length).toBeGreaterThan(1);
      await expect(items).toHaveCount(found.length);

      // On to the filters: Enter opens them, Space ticks a category, Enter on the heading closes them.
      const filters = page.locator('.filter-panel');
      const summary = filters.locator('summary');
      await tabTo(page, summary, { limit: 6 });
      await expect(summary).toContainText(tr(code, 'Filters'));
      await page.keyboard.press('Enter');
      await expect(filters).toHaveAttribute('open', '');
      const attack = filters.getByRole('checkbox', { name: new RegExp(`^${tr(code, 'Attack')}`) });
      await tabTo(page, attack, { limit: 3 });
      await page.keyboard.press('Space');
      await expect(attack).toBeChecked();
      const attacks = found.filter((e) => e.props.category === 'attack');
      expect(attacks.length).toBeGreaterThan(1);
      expect(attacks.length).toBeLessThan(found.length);
      await expect(items).toHaveCount(attacks.length);
      await tabTo(page, summary, { limit: 3, back: true });
      await page.keyboard.press('Enter');
      await expect(filters).not.toHaveAttribute('open');
      const ids = attacks.map((e) => e.id);
      expect(await items.evaluateAll((all) => all.map((i) => i.getAttribute('data-event-id')))).toEqual(ids);

      // Through the list: the arrows move focus along it, j and k choose the next and previous event.
      const item = (i: number) => page.locator(`.event-list .list-item[data-event-id="${ids[i]}"]`);
      await tabTo(page, item(0), { limit: 3 });
      await page.keyboard.press('ArrowDown');
      await expect(item(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(item(0)).toBeFocused();
      const heading = page.locator('#details-title');
      const titleOf = (i: number) => attacks[i]!.props.translations![code]!.title!;
      // j and k show the next and previous event, their title taking focus where the list was.
      await page.keyboard.press('j');
      await expect(heading).toHaveText(titleOf(0));
      await expect(heading).toBeFocused();
      await page.keyboard.press('j');
      await expect(heading).toHaveText(titleOf(1));
      await expect(heading).toBeFocused();
      await page.keyboard.press('k');
      await expect(heading).toHaveText(titleOf(0));
      await expect(heading).toBeFocused();
      // Escape goes back to the event in the list.
      await page.keyboard.press('Escape');
      await expect(heading).toBeHidden();
      await expect(item(0)).toBeFocused();

      // Enter on the next event opens its details at its title; the next stops reach its first source.
      await page.keyboard.press('ArrowDown');
      await expect(item(1)).toBeFocused();
      await page.keyboard.press('Enter');
      const event = attacks[1]!;
      const details = map.details(titleOf(1));
      await expect(details).toBeVisible();
      await expect(heading).toBeFocused();
      await expect(heading).toHaveAttribute('lang', code);
      await expect(details.locator('#details-sources')).toHaveText(tr(code, 'Sources'));
      const link = details.getByRole('link', { name: event.props.sources[0]!.headline });
      await tabTo(page, link, { limit: 8 });
      await expect(link).toHaveAttribute('href', sourceAddress(event.props.sources[0]!));
      await expect(link).toBeInViewport();
      // Escape closes them, and focus is back on the event the reader opened.
      await page.keyboard.press('Escape');
      await expect(details).toBeHidden();
      await expect(item(1)).toBeFocused();

      // Back up to the header: Copy link, then Embed, each carrying the language.
      const copy = page.getByRole('button', { name: tr(code, 'Copy link'), exact: true });
      await tabTo(page, copy, { back: true });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: tr(code, 'Link copied') })).toBeVisible();
      await expect(copy).toBeFocused();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.searchParams.get('lang')).toBe(code);
      expect(copied.searchParams.get('q')).toBe(word);
      expect(copied.searchParams.get('cat')).toBe('attack');
      const embed = page.getByRole('button', { name: tr(code, 'Embed'), exact: true });
      await page.keyboard.press('Tab');
      await expect(embed).toBeFocused();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: tr(code, 'Embed this view in a page') });
      await expect(dialog).toBeVisible();
      await expect(
        dialog.getByRole('heading', { name: tr(code, 'Embed this view in a page') }),
      ).toBeFocused();
      const snippet = dialog.getByRole('textbox', { name: tr(code, 'Embed code') });
      await tabTo(page, snippet, { limit: 20 });
      await expect(snippet).toHaveValue(new RegExp(`[?&;]lang=${code}\\b`));
      // Escape closes the dialog and gives focus back to the button that opened it.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(embed).toBeFocused();
    });
  });
}

/** A box on the screen. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One stop of Tab: what has focus, and what a reader sees of it and of the stop before. */
interface Stop {
  /** Which control, the same in every language: its tag, first class and place among the page's controls. */
  key: string;
  /** Its name, for messages. */
  name: string;
  /** Where its focus indicator is drawn (the control, or the label of a control too small to see). */
  box: Box;
  /** Inside a part that runs left to right in every language (the map, the time axis). */
  ltrPart: string | null;
  /** The stop before, measured now (focus may have scrolled it), if it was another control. */
  previous: { key: string; box: Box; ltrPart: string | null } | null;
  /** Anything wrong with how the reader sees it: off screen, covered, no focus indicator. */
  problems: string[];
}

/**
 * Reads the focused control after a press of Tab, in the page. Its focus indicator is compared with
 * how the previous control looks now that focus has left it, so an indicator is one that focus
 * makes, not a border the control always has.
 */
function readStop(): Stop | null {
  const w = window as unknown as { lastStop?: { element: Element; ring: string } };
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const controls = Array.from(
    document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'),
  );
  const keyOf = (e: Element) => `${e.tagName.toLowerCase()}.${e.classList[0] ?? ''}#${controls.indexOf(e)}`;
  // A control drawn too small to see (a radio or checkbox under a chip) shows its focus on its label.
  const shown = (e: Element) => {
    const r = e.getBoundingClientRect();
    const hidden = r.width < 4 || r.height < 4 || getComputedStyle(e).opacity === '0';
    return hidden ? (e.closest('label') ?? e.parentElement ?? e) : e;
  };
  const boxOf = (e: Element): Box => {
    const r = shown(e).getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  };
  const ringOf = (e: Element) => {
    const s = getComputedStyle(shown(e));
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? s.outlineStyle : '';
    return `${outline} ${outline && s.outlineWidth} ${outline && s.outlineColor} | ${s.boxShadow}`;
  };
  const ltrPart = (e: Element) => {
    const part = e.closest('.map, .range, .pan-buttons');
    return part ? keyOf(part) : null;
  };
  const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
  const problems: string[] = [];
  const box = boxOf(element);
  const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
  // On screen, and not cut off by a part of the page that scrolls or clips (a row of chips).
  const outside = (b: Box, within: Box) =>
    b.left < within.left - 1 ||
    b.top < within.top - 1 ||
    b.right > within.right + 1 ||
    b.bottom > within.bottom + 1;
  const clip = (() => {
    for (let e = shown(element).parentElement; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        if (outside(box, e.getBoundingClientRect()))
          return `${e.tagName.toLowerCase()}.${e.classList[0] ?? ''}`;
      }
    }
    return null;
  })();
  if (outside(box, { left: 0, top: 0, right: view.width, bottom: view.height }))
    problems.push(`not all on screen: ${JSON.stringify(box)} in ${view.width}x${view.height}`);
  else if (clip) problems.push(`cut off by ${clip}`);
  else {
    // Not under something else: nothing opaque is drawn over its middle (a tinted band may be).
    const label = shown(element);
    const mine = (e: Element) => element.contains(e) || label.contains(e) || e.contains(label);
    for (const at of document.elementsFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2)) {
      if (mine(at)) break;
      const background = getComputedStyle(at).backgroundColor;
      const alpha = background.startsWith('rgba') ? Number(/[\d.]+(?=\)$)/.exec(background)?.[0]) : 1;
      if (alpha > 0.9) {
        problems.push(`covered by ${at.tagName.toLowerCase()}.${at.classList[0] ?? ''}`);
        break;
      }
    }
  }
  const ring = ringOf(element);
  if (!/^(solid|dotted|dashed|double|auto)/.test(ring) && /\| none$/.test(ring))
    problems.push('no focus indicator');
  let previous: Stop['previous'] = null;
  const last = w.lastStop;
  if (last && last.element !== element) {
    // The previous control's look without focus must differ from its look with it.
    if (ringOf(last.element) === last.ring)
      problems.push(`the stop before, ${keyOf(last.element)}, looks the same without focus`);
    previous = { key: keyOf(last.element), box: boxOf(last.element), ltrPart: ltrPart(last.element) };
  }
  w.lastStop = { element, ring };
  return { key: keyOf(element), name, box, ltrPart: ltrPart(element), previous, problems };
}

/** Presses Tab `presses` times from the top of the page, or until focus comes back round, reading each stop. */
async function tabStops(page: Page, presses: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(readStop);
    if (!stop) continue;
    if (stops[0]?.key === stop.key) break;
    stops.push(stop);
  }
  return stops;
}

/** Two boxes on one visual row: they share at least half the height of the smaller. */
function sameRow(a: Box, b: Box): boolean {
  const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return shared >= Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
}

for (const size of [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 740 } },
]) {
  test.describe(`focus order, ${size.name} ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport });

    test('Tab reaches the same controls in Arabic as in English, right to left along each row but on the map and the time axis, each on screen and ringed', async ({
      page,
    }) => {
      const map = new MapPage(page);
      const orders: Record<string, string[]> = {};
      for (const code of ['en', 'ar']) {
        await map.open(code === 'en' ? '/' : `/?lang=${code}`);
        const stops = await tabStops(page, 48);
        orders[code] = stops.map((s) => s.key);
        const problems: string[] = [];
        /** The steps checked along a row, by the way they should go. */
        const steps = { withPage: 0, leftToRight: 0 };
        for (const stop of stops) {
          for (const p of stop.problems) problems.push(`${stop.key} "${stop.name}": ${p}`);
          const before = stop.previous;
          if (!before || !sameRow(before.box, stop.box)) continue;
          // Side by side (not one over the other, as the skip links are shown in turn).
          const rightward = stop.box.left >= before.box.right - 1;
          const leftward = stop.box.right <= before.box.left + 1;
          if (!rightward && !leftward) continue;
          const ltrPart = stop.ltrPart !== null && stop.ltrPart === before.ltrPart;
          steps[ltrPart ? 'leftToRight' : 'withPage']++;
          const ltr = code === 'en' || ltrPart;
          if (ltr !== rightward)
            problems.push(
              `${before.key} → ${stop.key} "${stop.name}" goes ${rightward ? 'right' : 'left'} along a row`,
            );
        }
        expect(problems, `in ${code}`).toEqual([]);
        // Rows of the header, the notices and the timeline's controls; the two handles on the time axis.
        expect(steps.withPage, `steps along a row in ${code}`).toBeGreaterThan(10);
        expect(steps.leftToRight, `steps along the time axis in ${code}`).toBeGreaterThan(0);
        // Header, map, timeline and on into the side panel.
        expect(stops.length, `stops in ${code}`).toBeGreaterThan(30);
      }
      expect(orders.ar).toEqual(orders.en);
    });
  });
}
