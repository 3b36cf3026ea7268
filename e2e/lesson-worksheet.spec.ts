import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import * as engine from '../src/lib/engine';
import type { Lesson } from '../src/lib/lesson';
import { readView } from '../src/lib/url-state';
import { viewEvents } from '../src/lib/view-events';
import { bundled, expect, MapPage, serveWithSourceLinks, sourceAddress, test } from './driver';

/** The example lesson the build ships, and the events each step shows, worked out apart from the page. */
const lesson = JSON.parse(readFileSync('data/lessons/example.json', 'utf8')) as Lesson;
const index = engine.buildFilterIndex(bundled.events);
const steps = lesson.steps.map((s) => ({
  ...s,
  events: viewEvents(bundled, index, engine, readView(s.view).view),
}));

/** The worksheet, as paper shows it. */
function worksheet(page: Page): Locator {
  return page.getByRole('article', { name: lesson.title });
}

/** The page as it prints, once every small map has its outlines. */
async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(worksheet(page)).toBeVisible();
  await expect(page.locator('.worksheet-map[data-land="drawn"]')).toHaveCount(steps.length);
}

test('"Print worksheet" prints; on paper the lesson is a worksheet: each step with its words, events, sources, map and question, without the screen', async ({
  page,
}) => {
  await serveWithSourceLinks(page);
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=2');
  const bar = page.getByRole('region', { name: `Lesson: ${lesson.title}` });
  // On screen the worksheet is not there to see.
  await expect(worksheet(page)).toBeHidden();

  // The button asks the browser to print (counted here: a headless browser has no print dialog).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  await bar.getByRole('button', { name: 'Print worksheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await printed(page);
  // None of the screen: the bar, the map, the controls.
  for (const control of [
    bar.getByRole('button', { name: 'Next' }),
    bar.getByRole('button', { name: 'Print worksheet' }),
    page.getByRole('button', { name: 'Copy link' }),
    page.getByRole('searchbox', { name: 'Search events' }),
    map.startHandle,
  ])
    await expect(control).toBeHidden();
  await expect(page.locator('.map')).toBeHidden();

  const sheet = worksheet(page);
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(sheet).toContainText(lesson.introduction!.slice(0, 60));
  for (const [i, step] of steps.entries()) {
    const section = sheet.getByRole('region', { name: step.heading, exact: true });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(step.heading);
    await expect(section).toContainText(`Step ${i + 1} of ${steps.length}`);
    await expect(section).toContainText(`Question: ${step.question!}`);
    // The step's events, numbered, each with its sources' outlets and addresses.
    const events = section.getByRole('list', { name: 'Events in this step' }).locator(':scope > li');
    await expect(events).toHaveCount(Math.min(step.events.length, 12));
    // The event the step is about says so.
    const selected = readView(step.view).view.selected;
    if (selected) {
      const own = bundled.events[bundled.byId.get(selected)!]!;
      await expect(events.filter({ hasText: own.props.title })).toContainText('(this step’s event)');
    }
    const first = step.events[0]!;
    await expect(events.first()).toContainText(first.props.title);
    const source = first.props.sources[0]!;
    await expect(events.first().getByRole('list', { name: 'Sources' })).toContainText(source.outlet);
    await expect(events.first().getByRole('link', { name: sourceAddress(source) })).toBeVisible();
    // A small map with a text alternative naming its dots.
    await expect(
      section.getByRole('img', { name: /^Map of this step’s view, with \d+ events?, numbered/ }),
    ).toBeVisible();
  }

  // A4: a step keeps to one sheet where it fits, so seven steps print on four sheets or more, not one.
  const pdf = await page.pdf({ format: 'A4' });
  // Pages are the PDF's "/Type /Page" objects (not "/Pages", the tree).
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(Math.ceil(steps.length / 2));
  expect(pages).toBeLessThanOrEqual(steps.length + 1);

  // Back on screen: the map, not the worksheet.
  await page.emulateMedia({ media: 'screen' });
  await expect(worksheet(page)).toBeHidden();
  await expect(page.locator('.map')).toBeVisible();
});

/** Where a part of a printed source is, and its words. */
interface PartBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  text: string | null;
}

test('in Arabic each source reads from the right: outlet, date, headline, then its address, each part isolated in its own direction', async ({
  page,
}) => {
  await serveWithSourceLinks(page);
  // A narrow sheet, so that some headlines do not fit beside their outlet and date.
  await page.setViewportSize({ width: 760, height: 900 });
  const map = new MapPage(page);
  await map.open('/?lesson=example&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await printed(page);
  const lines = worksheet(page).locator('.worksheet-sources > li');
  const count = await lines.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const line = lines.nth(i);
    // Each part its own isolate: the sources' words in their language and direction, the date in the page's, the address left to right.
    const outlet = line.locator('bdi.worksheet-outlet');
    const date = line.locator('bdi.worksheet-date');
    const headline = line.locator('cite bdi.worksheet-headline');
    const address = line.locator('a.worksheet-url bdi');
    await expect(outlet).toHaveAttribute('lang', 'en');
    await expect(headline).toHaveAttribute('lang', 'en');
    await expect(address).toHaveAttribute('dir', 'ltr');
    await expect(date).not.toHaveAttribute('lang');
    // Where they are on paper.
    const [o, d, h, a] = (await line.evaluate((li) =>
      ['.worksheet-outlet', '.worksheet-date', '.worksheet-headline', '.worksheet-url bdi'].map((part) => {
        const el = li.querySelector(part)!;
        const r = el.getClientRects()[0]!;
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: el.textContent };
      }),
    )) as [PartBox, PartBox, PartBox, PartBox];
    const where = `source ${i + 1}, "${o.text}: ${h.text}"`;
    // Right to left on the line: the outlet first, at the right, then its date.
    expect(Math.abs(o.top - d.top), `${where}: the date is off the outlet's line`).toBeLessThan(4);
    expect(d.right, `${where}: the date is not left of the outlet`).toBeLessThanOrEqual(o.left + 0.5);
    // Then the headline, whole (its end never first on the next line): left of the date on its line, or under it.
    const rects = await line.locator('.worksheet-headline').evaluate((e) => e.getClientRects().length);
    expect(rects, `${where}: the headline is split across the lines`).toBe(1);
    if (h.top < d.bottom - 4)
      expect(h.right, `${where}: the headline is not left of the date`).toBeLessThanOrEqual(d.left + 0.5);
    else expect(h.top, `${where}: the headline is above the date`).toBeGreaterThanOrEqual(d.bottom - 4);
    // The address last, under them.
    expect(a.top, `${where}: the address is not under the headline`).toBeGreaterThanOrEqual(h.top + 4);
  }
});

test('without a lesson, printing still gives the map’s handout', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?lesson=example');
  await page.getByRole('button', { name: 'Close lesson' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.worksheet')).toHaveCount(0);
  await expect(page.locator('.map')).toBeVisible();
});

const SIZES = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280x800 at 200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

for (const size of SIZES)
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('the lesson bar and its worksheet fit the width: nothing scrolls sideways, every control is in reach', async ({
      page,
    }) => {
      const map = new MapPage(page);
      await map.open('/?lesson=example&step=4');
      const bar = page.getByRole('region', { name: `Lesson: ${lesson.title}` });
      const width = size.viewport.width;
      await expectNoSidewaysScroll(page);
      for (const control of [
        bar.getByRole('combobox', { name: 'Go to step' }),
        bar.getByRole('button', { name: 'Previous' }),
        bar.getByRole('button', { name: 'Next' }),
        bar.getByRole('button', { name: 'Close lesson' }),
      ]) {
        await control.scrollIntoViewIfNeeded();
        await expect(control).toBeInViewport();
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(-0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
        // The control itself, not something over it, takes a press.
        await control.click({ trial: true });
      }

      // The bar leaves printing to the browser here (its menu, Ctrl+P), which still gives the worksheet.
      await expect(bar.getByRole('button', { name: 'Print worksheet' })).toBeHidden();
      await printed(page);
      await expectNoSidewaysScroll(page);
      // Every part of the worksheet within the width: maps, sources' addresses, the lines to write on.
      // (A dot at a map's edge is cut by the map's own box: the map is measured, not what it clips.)
      const widest = await worksheet(page).evaluate((sheet) =>
        Math.max(
          ...Array.from(sheet.querySelectorAll('*:not(svg *)'), (e) => e.getBoundingClientRect().right),
        ),
      );
      expect(widest).toBeLessThanOrEqual(width + 0.5);
    });
  });

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    width: window.innerWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width);
}
