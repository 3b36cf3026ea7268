import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Lesson } from '../src/lib/lesson';
import { readView } from '../src/lib/url-state';
import { tr } from './catalogue';
import { bundled, expect, MapPage, test } from './driver';

/** The example lesson the build ships, read as the tests' own copy of its steps. */
const lesson = JSON.parse(readFileSync('data/lessons/example.json', 'utf8')) as Lesson;
const total = lesson.steps.length;
const steps = lesson.steps.map((s) => {
  const view = readView(s.view).view;
  const selected = view.selected === null ? null : bundled.events[bundled.byId.get(view.selected)!]!;
  return { ...s, window: view.window!, selected };
});
const ISK = 'Islamic State Khorasan Province (IS-K)';

function bar(page: Page) {
  return page.getByRole('region', { name: `Lesson: ${lesson.title}` });
}

/** What a reader sees at step `n` (from 1): its words in the bar, its window, its event's details, the address. */
async function expectStep(map: MapPage, n: number) {
  const step = steps[n - 1]!;
  const lessonBar = bar(map.page);
  await expect(lessonBar.getByText(`Step ${n} of ${total}`, { exact: true })).toBeVisible();
  await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveText(step.heading);
  await expect(lessonBar.getByRole('combobox', { name: 'Go to step' })).toHaveValue(String(n));
  await map.expectWindow(step.window.start, step.window.end);
  if (step.selected) await expect(map.details(step.selected.props.title)).toBeVisible();
  await expect(map.page).toHaveURL(new RegExp(`[?&]lesson=example&step=${n}(&|$)`));
}

// The steps' flights and slides are lesson-play.spec's ("moving between steps"): here each step's view
// comes at once, without seconds of frames, and what the reader sees there is checked the same.
test.describe('each step at once, as with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the example lesson opens from the About dialog and steps with Next and the keyboard; exploring and Back to step return', async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open();
    const about = await map.openHeaderDialog('About this map', 'About this map');
    await about.getByRole('link', { name: 'Take the example lesson' }).click();
    await map.settled();
    const lessonBar = bar(page);
    await expect(lessonBar).toBeVisible();
    await expectStep(map, 1);
    await expect(lessonBar.getByRole('button', { name: 'Previous' })).toBeDisabled();

    // Next, with the mouse: the step is said once, in a polite live region.
    await lessonBar.getByRole('button', { name: 'Next' }).click();
    await expectStep(map, 2);
    const live = lessonBar.locator('[aria-live="polite"]');
    await expect(live).toHaveText(`Step 2 of ${total}: ${steps[1]!.heading}`);

    // The keyboard, with the bar focused: Page Down, then the arrows.
    await lessonBar.focus();
    await page.keyboard.press('PageDown');
    await expectStep(map, 3);
    await expect(live).toHaveText(`Step 3 of ${total}: ${steps[2]!.heading}`);
    await page.keyboard.press('ArrowDown');
    await expectStep(map, 4);
    // Step 4 filters to one actor over the whole IS-K period: the list holds just its events.
    const named = bundled.events.filter(
      (e) =>
        e.props.actors.some((a) => a.name === ISK) &&
        e.end >= steps[3]!.window.start &&
        e.start <= steps[3]!.window.end,
    );
    await expect(map.count).toHaveText(`${named.length} of ${bundled.events.length} events`);
    await expect(map.listItems()).toHaveCount(named.length);
    await page.keyboard.press('PageUp');
    await expectStep(map, 3);
    await expect(lessonBar.getByRole('button', { name: 'Back to step 3' })).toHaveCount(0);

    // The reader explores: a search. "Back to step 3" brings the step's view back, and goes.
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Taliban');
    const back = lessonBar.getByRole('button', { name: 'Back to step 3' });
    await expect(back).toBeVisible();
    await back.click();
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    await expectStep(map, 3);
    await expect(back).toHaveCount(0);
    await expect(lessonBar).toBeFocused();

    // The list of steps jumps.
    await lessonBar.getByRole('combobox', { name: 'Go to step' }).selectOption(String(total));
    await expectStep(map, total);
    await expect(lessonBar.getByRole('button', { name: 'Next' })).toBeDisabled();

    // Closing leaves the lesson and the view on screen.
    await lessonBar.getByRole('button', { name: 'Close lesson' }).click();
    await expect(lessonBar).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('lesson')).toBe(false);
    expect(new URL(page.url()).searchParams.has('step')).toBe(false);
    await map.expectWindow(steps[total - 1]!.window.start, steps[total - 1]!.window.end);
  });
});

test('a link with step=3 opens the lesson at step 3, and Back in the browser returns to the step before', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=3');
  await expectStep(map, 3);
  await bar(page).getByRole('button', { name: 'Next' }).click();
  await expectStep(map, 4);
  await page.goBack();
  await expectStep(map, 3);
});

test('the lesson bar has no axe violations in either colour scheme, and does not scroll sideways at 320 px', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=2');
  await expectStep(map, 2);
  expect(await map.axeInBothSchemes()).toEqual([]);

  await page.setViewportSize({ width: 320, height: 640 });
  await expect(bar(page).getByRole('button', { name: 'Close lesson' })).toBeVisible();
  const { scroll, width } = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    width: window.innerWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width);
  expect(await map.axe()).toEqual([]);
});

test('an address naming a lesson the map does not have says so, and closes', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?lesson=nosuch');
  const problem = page.getByRole('region', { name: 'The lesson could not be opened' });
  await expect(problem).toContainText('The address names no lesson this map has.');
  await problem.getByRole('button', { name: 'Close lesson' }).click();
  await expect(problem).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('lesson')).toBe(false);
});

test('a lesson file on another host is not fetched before the reader agrees; closing fetches nothing', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lesson=https://elsewhere.example/lesson.json');
  const question = page.getByRole('region', { name: 'Open a lesson from another site?' });
  await expect(question).toContainText('This link opens a lesson from elsewhere.example.');
  await question.getByRole('button', { name: 'Close lesson' }).click();
  await expect(question).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('lesson')).toBe(false);
});

test('in Arabic the bar speaks Arabic around the lesson’s English words, and the arrows follow the reading direction', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lang=ar&lesson=example&step=2');
  const lessonBar = page.locator('section.lesson-bar');
  await expect(lessonBar.getByRole('button', { name: tr('ar', 'Close lesson') })).toBeVisible();
  await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveText(steps[1]!.heading);
  await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'en');
  await expect(lessonBar.locator('.lesson-text').first()).toHaveAttribute('lang', 'en');
  // Right to left, the next step is to the left.
  await lessonBar.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveText(steps[2]!.heading);
  await expect(page).toHaveURL(/[?&]step=3&from=2021-08-01&to=2021-12-31&/);
  await page.keyboard.press('ArrowRight');
  await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveText(steps[1]!.heading);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});
