import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Lesson } from '../src/lib/lesson';
import { readView } from '../src/lib/url-state';
import { bundled, expect, MapPage, test } from './driver';
import { drawnAt, inside, overlays } from './map-geometry';
import { radiusScaleFor } from '../src/features/map/marker-style';

/** The example lesson the build ships, read as the tests' own copy of its steps. */
const lesson = JSON.parse(readFileSync('data/lessons/example.json', 'utf8')) as Lesson;
const total = lesson.steps.length;
const steps = lesson.steps.map((s) => {
  const view = readView(s.view).view;
  const selected = view.selected === null ? null : bundled.events[bundled.byId.get(view.selected)!]!;
  return { ...s, window: view.window!, map: view.map, selected };
});

const bar = (page: Page) => page.getByRole('region', { name: `Lesson: ${lesson.title}` });

/** The step the bar says it shows, and its heading. */
async function expectStepShown(page: Page, n: number) {
  await expect(bar(page).getByText(`Step ${n} of ${total}`, { exact: true })).toBeVisible();
  await expect(bar(page).getByRole('heading', { level: 3 })).toHaveText(steps[n - 1]!.heading);
}

/** The map's view as it exposes it (updated when a move ends), as the step's link writes it. */
const mapView = (n: number) => {
  const m = steps[n - 1]!.map!;
  return `${m.lat},${m.lng},${m.zoom}`;
};

/** Step 2 of the example lesson on Playwright's clock, paused, then Page Down: step 3 on its way, not yet moved. */
async function nextStepFromTwo(page: Page): Promise<MapPage> {
  await page.clock.install();
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=2');
  await expect(page.locator('.map')).toHaveAttribute('data-view', mapView(2));
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await bar(page).focus();
  await page.keyboard.press('PageDown');
  await expectStepShown(page, 3);
  return map;
}

// The steps' flights are this file's "moving between steps": autoplay's steps come at once.
test.describe('autoplay', () => {
  test.use({ reducedMotion: 'reduce' });

  test('plays the steps at the chosen interval and stops at the last; from there it starts again, and a press anywhere stops it', async ({
    page,
  }) => {
    // Time runs as normal; the test runs the page's timers on by the seconds autoplay waits.
    await page.clock.install();
    const map = new MapPage(page);
    await map.open('/?lesson=example&step=5');
    const lessonBar = bar(page);
    const status = lessonBar.getByRole('status');
    await expect(status).toBeHidden();
    await lessonBar.getByRole('combobox', { name: 'Seconds per step' }).selectOption('10');
    await lessonBar.getByRole('button', { name: 'Autoplay', exact: true }).click();
    await expect(status).toHaveText('A step every 10 seconds');
    await expect(lessonBar.getByRole('combobox', { name: 'Seconds per step' })).toBeDisabled();

    await page.clock.runFor(9_000);
    await expectStepShown(page, 5);
    await page.clock.runFor(1_000);
    await expectStepShown(page, 6);
    await page.clock.runFor(10_000);
    await expectStepShown(page, 7);
    await expect(status).toHaveText('Autoplay stopped at the last step.');
    await expect(lessonBar.getByRole('button', { name: 'Autoplay', exact: true })).toBeVisible();
    await page.clock.runFor(30_000);
    await expectStepShown(page, 7);
    await map.expectWindow(steps[6]!.window.start, steps[6]!.window.end);

    // At the last step, autoplay starts from the first.
    await lessonBar.getByRole('button', { name: 'Autoplay', exact: true }).click();
    await expectStepShown(page, 1);
    await page.clock.runFor(10_000);
    await expectStepShown(page, 2);
    // Stop autoplay is the one thing that does not count as the reader's: it stops, and says so.
    await lessonBar.getByRole('button', { name: 'Stop autoplay' }).click();
    await expect(status).toHaveText('Autoplay stopped.');

    // A press on the page's header, which does nothing else, stops it too.
    await lessonBar.getByRole('button', { name: 'Autoplay', exact: true }).click();
    await expect(status).toHaveText('A step every 10 seconds');
    await page.getByRole('banner').getByRole('heading', { level: 1 }).click();
    await expect(status).toHaveText('Autoplay stopped: you used the page.');
    await page.clock.runFor(30_000);
    await expectStepShown(page, 2);
  });

  test('a kiosk link plays the lesson by itself until a key is pressed or the wheel turns; an unusable interval is reported', async ({
    page,
  }) => {
    await page.clock.install();
    const map = new MapPage(page);
    await map.open('/?lesson=example&autoplay=30');
    const lessonBar = bar(page);
    const status = lessonBar.getByRole('status');
    await expect(status).toHaveText('A step every 30 seconds');
    await expect(lessonBar.getByRole('combobox', { name: 'Seconds per step' })).toHaveValue('30');
    await page.clock.runFor(30_000);
    await expectStepShown(page, 2);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Autoplay stopped: you used the page.');
    await page.clock.runFor(60_000);
    await expectStepShown(page, 2);

    // Started again, the wheel over the map stops it.
    await lessonBar.getByRole('button', { name: 'Autoplay', exact: true }).click();
    await expect(status).toHaveText('A step every 30 seconds');
    const box = (await map.canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 100);
    await expect(status).toHaveText('Autoplay stopped: you used the page.');

    await map.open('/?lesson=example&autoplay=soon');
    const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
    await expect(notice).toContainText(
      'autoplay: must be a whole number of seconds from 5 to 600; the lesson waits for the reader instead',
    );
    await expect(bar(page).getByRole('button', { name: 'Autoplay', exact: true })).toBeVisible();
    await page.clock.runFor(60_000);
    await expectStepShown(page, 1);
  });
});

test.describe('moving between steps', () => {
  // Steps 2 and 3: from Kabul's airport in August 2021 to the border, August to December.
  const [two, three] = [steps[1]!, steps[2]!];

  test('with reduced motion, the next step’s view is there at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const map = await nextStepFromTwo(page);
    // A few frames: the map is set on the next one.
    await page.clock.runFor(50);
    await expect(page.locator('.map')).toHaveAttribute('data-view', mapView(3));
    await map.expectWindow(three.window.start, three.window.end);
  });

  test('without, the map flies and the window slides, landing on the same view, which is the step’s', async ({
    page,
  }) => {
    const map = await nextStepFromTwo(page);
    // Halfway: the window is on its way, the map still flying.
    await page.clock.runFor(600);
    const [from, to] = await map.windowDays();
    expect(from).toBe(two.window.start);
    expect(to).toBeGreaterThan(two.window.end);
    expect(to).toBeLessThan(three.window.end);
    expect(await page.locator('.map').getAttribute('data-view')).not.toBe(mapView(3));
    // Landed: exactly the step's view, so there is no "Back to step 3".
    await page.clock.runFor(1_000);
    await expect(page.locator('.map')).toHaveAttribute('data-view', mapView(3));
    await map.expectWindow(three.window.start, three.window.end);
    await expect(bar(page).getByRole('button', { name: 'Back to step 3' })).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]step=3&from=2021-08-01&to=2021-12-31&/);

    // Back to step 2; halfway, the reader turns the wheel over the timeline: the window stays where it is.
    await page.keyboard.press('PageUp');
    await expectStepShown(page, 2);
    await page.clock.runFor(600);
    const [, halfway] = await map.windowDays();
    expect(halfway).toBeGreaterThan(two.window.end);
    const chart = (await map.histogram.boundingBox())!;
    await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
    await page.mouse.wheel(0, 100);
    await page.clock.runFor(1_000);
    expect((await map.windowDays())[1]).toBe(halfway);
    await expect(bar(page).getByRole('button', { name: 'Back to step 2' })).toBeVisible();
  });

  test('a drag during the flight takes the map over: the reader’s view is kept, and Back to step returns', async ({
    page,
  }) => {
    const map = await nextStepFromTwo(page);
    await page.clock.runFor(600);
    // Halfway through the flight, the reader drags the map (away from the overlays at its edges).
    const box = (await map.region.boundingBox())!;
    const [x, y] = [box.x + box.width * 0.75, box.y + box.height * 0.65];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 80, y - 40, { steps: 6 });
    await page.mouse.up();
    await page.clock.runFor(2_000);
    // The view is the reader's now: in the address, and the bar offers the way back.
    const back = bar(page).getByRole('button', { name: 'Back to step 3' });
    await expect(back).toBeVisible();
    const shown = (await page.locator('.map').getAttribute('data-view'))!;
    expect(shown).not.toBe(mapView(3));
    // The address holds the reader's view (rounded as links write it), not the step's.
    const [lat, lng] = shown.split(',').map(Number);
    await expect
      .poll(() => {
        const [aLat, aLng] = (new URL(page.url()).searchParams.get('map') ?? '').split(',').map(Number);
        return Math.abs(aLat! - lat!) < 0.001 && Math.abs(aLng! - lng!) < 0.001;
      })
      .toBe(true);
    await back.click();
    await page.clock.runFor(2_000);
    // Back on the step's view (to the map's own rounding: the bar's height changes as the button goes).
    const step = steps[2]!.map!;
    await expect
      .poll(async () => {
        const [vLat, vLng, vZoom] = (await page.locator('.map').getAttribute('data-view'))!
          .split(',')
          .map(Number);
        return Math.abs(vLat! - step.lat) < 0.02 && Math.abs(vLng! - step.lng) < 0.02 && vZoom === step.zoom;
      })
      .toBe(true);
    await expect(back).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the bar folds the step’s text, and with the details of the step’s event the map keeps 40% of the screen', async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open('/?lesson=example&step=3');
    const lessonBar = bar(page);
    await expectStepShown(page, 3);
    for (const name of ['Previous', 'Next'])
      await expect(lessonBar.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    const fold = lessonBar.getByRole('button', { name: 'Show the step’s text' });
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(lessonBar.getByText(steps[2]!.question!)).toBeHidden();
    await expect(map.details(steps[2]!.selected!.props.title)).toBeVisible();

    const geometry = () =>
      page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const [m, b, s] = [box('.map'), box('.lesson-bar'), box('.sidebar > .details')];
        const top = Math.max(m.top, b.bottom, 0);
        const bottom = Math.min(m.bottom, s.top, window.innerHeight);
        return { shown: bottom - top, barBottom: b.bottom, sheetTop: s.top, height: window.innerHeight };
      });
    let g = await geometry();
    expect(g.shown, 'the map keeps at least 40% of the screen').toBeGreaterThanOrEqual(0.4 * g.height);
    expect(g.barBottom, 'the bar and the sheet do not overlap').toBeLessThanOrEqual(g.sheetTop);

    // Opened, the text is there; the map is still not covered.
    await fold.click();
    await expect(lessonBar.getByRole('button', { name: 'Hide the step’s text' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(lessonBar.getByText(steps[2]!.question!)).toBeVisible();
    g = await geometry();
    expect(g.shown).toBeGreaterThan(0);
    expect(g.barBottom).toBeLessThanOrEqual(g.sheetTop);
    expect(await map.axe()).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await expect(lessonBar.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
    // Once what sizes itself to the page (the timeline's chart) has followed the new width.
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
          ),
        { message: 'the page scrolls sideways' },
      )
      .toBeLessThanOrEqual(0);
  });
});

test('on a large screen the step’s text is open, and folds', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=3');
  const lessonBar = bar(page);
  const fold = lessonBar.getByRole('button', { name: 'Hide the step’s text' });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect(lessonBar.getByText(steps[2]!.question!)).toBeVisible();
  await fold.click();
  await expect(lessonBar.getByText(steps[2]!.question!)).toBeHidden();
  await expect(lessonBar.getByRole('button', { name: 'Show the step’s text' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('until the reader folds or opens the step’s text, it follows the window: folded while small, open once large', async ({
  page,
}) => {
  // A course page's frame opens at the height in its code and is fitted to the map after.
  await page.setViewportSize({ width: 760, height: 500 });
  const map = new MapPage(page);
  await map.open('/?embed=1&lesson=example&step=3');
  const lessonBar = page.locator('section.lesson-bar');
  await expect(lessonBar.getByRole('button', { name: 'Show the step’s text' })).toBeVisible();
  await page.setViewportSize({ width: 760, height: 820 });
  await expect(lessonBar.getByText(steps[2]!.question!)).toBeVisible();
  // Folded by the reader, it stays folded whatever the window does, and on the next step.
  await lessonBar.getByRole('button', { name: 'Hide the step’s text' }).click();
  await page.setViewportSize({ width: 760, height: 500 });
  await page.setViewportSize({ width: 760, height: 900 });
  await lessonBar.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveText(steps[3]!.heading);
  await expect(lessonBar.getByRole('button', { name: 'Show the step’s text' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test.describe('embedded on a phone', () => {
  test.use({ viewport: { width: 375, height: 640 } });

  test('each step with a place shows its event clear of what is over the map', async ({ page }) => {
    // Each step's view is set at once: its landing is what is checked.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const map = new MapPage(page);
    await map.open('/?embed=1&lesson=example');
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
      // The frame has no room to show "Lesson:", but its bar is still named so.
      await expect(bar(page)).toContainText(`Step ${n} of ${total}`);
      const { selected, map: view } = steps[n - 1]!;
      if (!selected || !view) continue;
      const radius = radiusScaleFor(bundled.events)(selected.props.casualties?.killed?.value ?? 0);
      await expect
        .poll(
          async () => {
            const shown = (await page.locator('.map').getAttribute('data-view'))!;
            if (Number(shown.split(',')[2]) !== view.zoom) return `at ${shown}, not yet the step's zoom`;
            const at = (await drawnAt(page))(selected);
            if (!inside(at, (await page.locator('.map').boundingBox())!)) return `off the map, at ${shown}`;
            // The whole marker: its disc, as the map sizes it, and the ring that marks it selected
            // (drawn 5 px out, 5 px wide: event-canvas-layer.ts).
            const under = (await overlays(page)).filter((b) => inside(at, b, radius + 7.5));
            return under.length > 0 ? `under ${JSON.stringify(under)}` : 'clear';
          },
          { message: `step ${n}: ${selected.id}` },
        )
        .toBe('clear');
    }
  });
});
