import type { Page } from '@playwright/test';
import { focusRing } from './contrast';
import { bundled, expect, HEADER_DIALOGS, MapPage, serveWithSourceLinks, test } from './driver';

/** The non-text contrast WCAG 1.4.11 asks of a focus indicator against what is around it. */
const MIN_CONTRAST = 3;

/**
 * Presses Tab until focus comes back to where it first stopped, and returns
 * how many stops it made, with what is wrong with the focus indicator at
 * each, if anything. An element can be several stops in a row (a date field's
 * day, month, year and calendar button). Focus passing out to the browser
 * between the end and the start of the page is not a stop.
 */
async function tabThrough(page: Page, limit: number): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = [];
  let stops = 0;
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'outside';
      const start = window as { firstStop?: Element };
      if (start.firstStop === element) return 'round';
      start.firstStop ??= element;
      return 'stop';
    });
    if (where === 'round') return { stops, problems };
    if (where === 'outside') continue;
    stops++;
    const { element, ring, contrast } = await focusRing(page);
    if (!ring) problems.push(`${element}: no focus indicator`);
    else if (contrast < MIN_CONTRAST)
      problems.push(`${element}: focus indicator contrast ${contrast.toFixed(2)}`);
  }
  throw new Error(`focus did not come round in ${limit} presses of Tab`);
}

/** An event whose details hold links (each source is given one) and actors. */
const event = bundled.events.find((e) => e.props.sources.length > 1 && e.props.actors.length > 0)!;

/** Each colour scheme in turn, on the page as it is: the scheme changes nothing but colours. */
const SCHEMES = ['light', 'dark'] as const;

test('every stop of Tab through the page shows a focus indicator that stands out, light or dark', async ({
  page,
}) => {
  await serveWithSourceLinks(page);
  const map = new MapPage(page);
  await map.open();
  // Open what hides controls: the details of an event, the filter options, the list of active filters.
  await map.item(event.props.title).click();
  await expect(map.details(event.props.title)).toBeVisible();
  await page.locator('.filter-panel summary').click();
  await page.getByRole('checkbox', { name: /^Report/ }).check();

  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    // Round again from wherever focus is, counting afresh.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      delete (window as { firstStop?: Element }).firstStop;
    });
    const { stops, problems } = await tabThrough(page, 250);
    expect(problems, colorScheme).toEqual([]);
    // Header, map, clusters, legend, timeline, filters, details and list: far more than a few stops.
    expect(stops, colorScheme).toBeGreaterThan(60);
  }
});

test('every stop of Tab in each dialog shows a focus indicator that stands out, light or dark', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const [button, title] of HEADER_DIALOGS) {
      const dialog = await map.openHeaderDialog(button, title);
      await page.evaluate(() => delete (window as { firstStop?: Element }).firstStop);
      const { stops, problems } = await tabThrough(page, 40);
      expect(problems, `${button}, ${colorScheme}`).toEqual([]);
      expect(stops, `${button}, ${colorScheme}`).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }
});
