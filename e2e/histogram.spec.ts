import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dayFromParts, MONTHS } from '../src/lib/dates';
import { expect, MapPage, test } from './driver';

/**
 * Seven events from 1 Jan 2020 to 31 Dec 2024: five years, so the histogram
 * has one bar per month. Three fall in March 2022 (two days and the month
 * itself), a span runs from mid-November 2021 to early February 2022, and
 * one is known only to the year 2023.
 */
const fixture = readFileSync('e2e/fixtures/timeline.geojson', 'utf8');

/** [certain, possible] per month bar, as the fixture's dates give them. */
const expected = new Map<string, [number, number]>([
  ['January 2020', [1, 0]],
  ['November 2021', [0, 1]],
  ['December 2021', [0, 1]],
  ['January 2022', [0, 1]],
  ['February 2022', [0, 1]],
  ['March 2022', [3, 0]],
  ...MONTHS.map((m) => [`${m} 2023`, [0, 1]] as [string, [number, number]]),
  ['December 2024', [1, 0]],
]);

async function openFixture(page: Page) {
  await page.route('**/events-checked*.json', (route) =>
    route.fulfill({ body: fixture, contentType: 'application/geo+json' }),
  );
  const map = new MapPage(page);
  await map.open();
  await expect(map.count).toHaveText('7 of 7 events');
  return map;
}

async function bars(map: MapPage) {
  return map.histogram.locator('g.bin').evaluateAll((nodes) =>
    nodes.map((n) => ({
      period: n.getAttribute('data-period')!,
      certain: Number(n.getAttribute('data-certain')),
      possible: Number(n.getAttribute('data-possible')),
      inWindow: n.classList.contains('in-window'),
    })),
  );
}

test('the histogram counts a known fixture per month, spans and vague dates as "may fall in it"', async ({
  page,
}) => {
  const map = await openFixture(page);
  const shown = await bars(map);
  expect(shown).toHaveLength(60);
  expect(shown[0]!.period).toBe('January 2020');
  expect(shown.at(-1)!.period).toBe('December 2024');
  for (const bar of shown) {
    expect([bar.certain, bar.possible], bar.period).toEqual(expected.get(bar.period) ?? [0, 0]);
  }

  // The keyboard reads each bar: its period and count.
  await map.histogram.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.histogram-tip')).toHaveText('January 2020: 1 event');
  for (let k = 0; k < 26; k++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.histogram-tip')).toHaveText('March 2022: 3 events');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.histogram-tip')).toHaveText(
    'February 2022: 0 events, and 1 more that may fall in it',
  );
  // Enter shows that bar's period: the span may fall in it, so it is listed, marked as uncertain.
  await page.keyboard.press('Enter');
  await expect(map.count).toHaveText('1 of 7 events');
  await expect(map.item('A winter-long span')).toContainText('may fall in this period');
  const inWindow = (await bars(map)).filter((b) => b.inWindow).map((b) => b.period);
  expect(inWindow).toEqual(['February 2022']);
});

test('events certainly in the window and those that only may be are told apart in list, details and map', async ({
  page,
}) => {
  const map = await openFixture(page);
  await map.fromField.fill('2022-02-01');
  await map.toField.fill('2022-03-31');
  await expect(map.count).toHaveText('4 of 7 events');
  for (const title of ['Fifth of March', 'Twentieth of March', 'Sometime in March']) {
    await expect(map.item(title)).not.toContainText('may fall in this period');
  }
  const span = map.item('A winter-long span');
  await expect(span).toContainText('may fall in this period');
  await span.click();
  await expect(map.details('A winter-long span')).toContainText('May fall in this period');

  // The legend explains the faded markers.
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  await page.getByRole('button', { name: 'Back to events' }).click();
  await expect(page.getByText('Faded: may fall in the time window')).toBeVisible();

  // A window inside March: the month-precise event now only may fall in it.
  await map.fromField.fill('2022-03-01');
  await map.toField.fill('2022-03-10');
  await expect(map.count).toHaveText('2 of 7 events');
  await expect(map.item('Fifth of March')).not.toContainText('may fall in this period');
  await expect(map.item('Sometime in March')).toContainText('may fall in this period');
});

test('zooming the axis changes the tick labels from years to months to days, and the bins with them', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  const labels = () => page.locator('.range-axis text').allTextContents();

  expect(await labels()).not.toHaveLength(0);
  for (const label of await labels()) expect(label).toMatch(/^\d{4}$/);
  await expect(map.histogram).toHaveAttribute('aria-label', /^Events per quarter/);

  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: '2024' });
  await map.expectWindow(dayFromParts(2024, 1, 1), dayFromParts(2024, 12, 31));
  await expect(map.histogram).toHaveAttribute('aria-label', /^Events per week/);
  await expect.poll(labels).toContain('April');
  // The ends are named with their year ("Jan 2024"), the ticks between by month.
  for (const label of await labels()) expect(label).toMatch(/^(2024|2025|[A-Z][a-z]+|[A-Z][a-z]{2} 2024)$/);
  await expect(page.locator('.timeline')).toHaveScreenshot('timeline-2024.png');

  const zoomIn = page.getByRole('button', { name: 'Zoom in on the time axis' });
  for (let k = 0; k < 3; k++) await zoomIn.click();
  await expect(map.histogram).toHaveAttribute('aria-label', /^Events per day/);
  // Days are labelled like "8 Jul", the first of a month by its name.
  await expect.poll(async () => (await labels()).some((l) => /^\d{1,2} [A-Z][a-z]{2}$/.test(l))).toBe(true);
  for (const label of await labels()) expect(label).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]+|\d{4})$/);

  await page.getByRole('button', { name: 'Show later dates' }).click();
  await page.getByRole('button', { name: 'Zoom out on the time axis' }).click();
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'All dates' });
  for (const label of await labels()) expect(label).toMatch(/^\d{4}$/);
  await expect(page.locator('.timeline')).toHaveScreenshot('timeline-full.png');
});
