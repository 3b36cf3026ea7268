import type { Page } from '@playwright/test';
import { LOCALES } from '../src/lib/i18n/locales';
import { expect, MapPage, test } from './driver';

/**
 * The header on small screens, in every language: its language menu shows the chosen language's
 * name whole, and nothing in it lies over anything else (the title, the menu, the buttons).
 */

const CODES = LOCALES.map((l) => l.code);

/** A box of the page, in CSS pixels. */
interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The header's visible parts: the name, the dataset's title, the language menu and each button or link. */
async function headerParts(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.header')!;
    const parts = [
      ...header.querySelectorAll<HTMLElement>('.brand, .dataset-title, .language-menu label'),
      ...header.querySelectorAll<HTMLElement>('.header-actions .button'),
    ];
    return (
      parts
        .map((el) => {
          const r = el.getBoundingClientRect();
          const name =
            el.className.split(' ').find((c) => c !== '' && c !== 'button') ?? el.tagName.toLowerCase();
          return {
            what: `${name} "${el.textContent!.trim().slice(0, 24)}"`,
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
          };
        })
        // Shown: a part kept for screen readers alone is a pixel.
        .filter((b) => b.width > 1 && b.height > 1)
    );
  });
}

/** No two of the header's parts overlap (by more than half a pixel), and each is whole across the window. */
async function expectNothingOverlaps(page: Page, where: string) {
  const parts = await headerParts(page);
  const width = page.viewportSize()!.width;
  expect(parts.length, `${where}: the header's parts`).toBeGreaterThanOrEqual(3);
  for (const [i, a] of parts.entries()) {
    expect(a.x, `${where}: ${a.what} starts off the left edge`).toBeGreaterThanOrEqual(-0.5);
    expect(a.x + a.width, `${where}: ${a.what} runs off the right edge`).toBeLessThanOrEqual(width + 0.5);
    for (const b of parts.slice(i + 1)) {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      expect(across > 0.5 && down > 0.5, `${where}: ${a.what} overlaps ${b.what}`).toBe(false);
    }
  }
}

/**
 * The language menu is at least as wide as the chosen language's name needs: a copy of it with that
 * name alone, at its natural width, in the same place (so the same font and language), is no wider.
 */
async function expectLanguageNameWhole(page: Page, where: string) {
  const { shown, needed, name } = await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('.header .language-menu select')!;
    const chosen = select.selectedOptions[0]!;
    const copy = document.createElement('select');
    copy.append(chosen.cloneNode(true));
    copy.style.setProperty('max-width', 'none');
    copy.style.setProperty('width', 'auto');
    copy.style.setProperty('field-sizing', 'fixed');
    select.after(copy);
    const needed = copy.getBoundingClientRect().width;
    copy.remove();
    return { shown: select.getBoundingClientRect().width, needed, name: chosen.textContent };
  });
  expect(shown, `${where}: the language menu cuts "${name}"`).toBeGreaterThanOrEqual(needed - 0.5);
}

/**
 * Shows the page in each language in turn, as a reader would change it: opened at `path` in the
 * language `first`, then each other chosen from the language menu, waiting for the page to take it (its
 * language, its fonts and the layout that follows). Opening a page afresh for each language cost a
 * quarter of this file's time; the first view in a language from the address is checked by
 * e2e/languages.spec.ts.
 */
async function* inEachLanguage(map: MapPage, first: (typeof CODES)[number], path: (code: string) => string) {
  const { page } = map;
  const menu = page.locator('.header .language-menu select');
  const at = CODES.indexOf(first);
  for (const [i, code] of [...CODES.slice(at), ...CODES.slice(0, at)].entries()) {
    if (i === 0) await map.open(path(code));
    else await menu.selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(menu).toHaveValue(code);
    // The fonts the new script needs, and the frames of layout after them.
    await page.evaluate(async () => {
      document.body.getBoundingClientRect();
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    yield code;
  }
}

test.describe('the small embed, 480x360', () => {
  test.use({ viewport: { width: 480, height: 360 } });

  test('the language menu names the language in full, beside the other controls, on the header’s one row', async ({
    page,
  }) => {
    for await (const code of inEachLanguage(new MapPage(page), 'ur', (code) => `/?embed=1&lang=${code}`)) {
      const where = `${code}, embedded at 480x360`;
      await expectLanguageNameWhole(page, where);
      await expectNothingOverlaps(page, where);
      // Where the title and the controls shared a row, they still do: the map keeps its room.
      if (['en', 'ar', 'ur', 'ps', 'fa'].includes(code)) {
        const brand = (await page.locator('.brand').boundingBox())!;
        const menu = (await page.locator('.header .language-menu').boundingBox())!;
        expect(
          Math.abs(brand.y + brand.height / 2 - (menu.y + menu.height / 2)),
          `${where}: the controls are on a row of their own`,
        ).toBeLessThan(8);
      }
      // The dataset's title shows a few words or none, never a letter and an ellipsis ("I…"), and
      // it is the heading's name either way.
      const title = (await page.locator('.header .dataset-title').boundingBox())!;
      expect(title.width <= 1 || title.width >= 96, `${where}: the title is cut to ${title.width} px`).toBe(
        true,
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(/^wherewhen\s*\S/);
      // Every control of the header on one row: never a third.
      const tops = (await headerParts(page))
        .filter((p) => !/brand|dataset-title/.test(p.what))
        .map((p) => p.y);
      expect(Math.max(...tops) - Math.min(...tops), `${where}: the controls take two rows`).toBeLessThan(8);
    }
  });
});

test.describe('the narrow embed, 320x480', () => {
  test.use({ viewport: { width: 320, height: 480 } });

  test('the name has a line, the controls one more in English, and nothing lies over anything else', async ({
    page,
  }) => {
    for await (const code of inEachLanguage(new MapPage(page), 'ar', (code) => `/?embed=1&lang=${code}`)) {
      const where = `${code}, embedded at 320x480`;
      await expectNothingOverlaps(page, where);
      await expectLanguageNameWhole(page, where);
      if (code !== 'en') continue;
      // Two rows in all, not three: the frame's height goes to the map.
      const brand = (await page.locator('.brand').boundingBox())!;
      const tops = (await headerParts(page))
        .filter((p) => !/brand|dataset-title/.test(p.what))
        .map((p) => p.y);
      expect(Math.min(...tops), `${where}: the controls share the name's row`).toBeGreaterThan(brand.y + 8);
      expect(Math.max(...tops) - Math.min(...tops), `${where}: the controls take two rows`).toBeLessThan(8);
    }
  });
});

for (const [viewport, first] of [
  [{ width: 320, height: 640 }, 'ps'],
  [{ width: 375, height: 667 }, 'fa'],
] as const) {
  test.describe(`${viewport.width} px wide`, () => {
    test.use({ viewport });

    test('nothing in the header lies over anything else, in any language; its controls can be pressed', async ({
      page,
    }) => {
      for await (const code of inEachLanguage(new MapPage(page), first, (code) => `/?lang=${code}`)) {
        await expect(page.locator('.dataset-title')).toBeVisible();
        await expect(page.locator('.header .dataset-line')).toBeVisible();
        const where = `${code} at ${viewport.width} px`;
        await expectNothingOverlaps(page, where);
        await expectLanguageNameWhole(page, where);
        // Pressed, each control gets the press itself: nothing lies over it.
        await page.locator('.header .language-menu select').click({ trial: true, timeout: 3000 });
        await page.locator('.header .more-button').click({ trial: true, timeout: 3000 });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(viewport.width);
      }
    });
  });
}
