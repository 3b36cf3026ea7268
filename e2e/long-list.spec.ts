import type { Page } from '@playwright/test';
import { expect, MapPage, test } from './driver';

const N = 5000;

/** The list's rows that show in its scrolling box: where each one is in the whole list, and its box within the view. */
function rowsInView(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('.event-list .list-scroll')!;
    const view = scroller.getBoundingClientRect();
    const rows = Array.from(scroller.querySelectorAll<HTMLElement>('li[aria-posinset]'), (li) => {
      const box = li.getBoundingClientRect();
      return {
        at: Number(li.getAttribute('aria-posinset')),
        of: Number(li.getAttribute('aria-setsize')),
        top: box.top - view.top,
        bottom: box.bottom - view.top,
      };
    });
    return {
      height: scroller.clientHeight,
      rows: rows.filter((r) => r.bottom > 0 && r.top < scroller.clientHeight).sort((a, b) => a.at - b.at),
    };
  });
}

/**
 * The rows in view follow on from one another, with no gap or overlap, and fill the view: checked
 * until it holds, since a scroll moves the rows before the list lays them out again for it.
 */
async function expectRowsFillTheView(page: Page) {
  let rows: Awaited<ReturnType<typeof rowsInView>>['rows'] = [];
  await expect(async () => {
    const seen = await rowsInView(page);
    rows = seen.rows;
    expect(rows.length).toBeGreaterThan(2);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.at, 'rows in order, none missing').toBe(rows[i - 1]!.at + 1);
      expect(
        Math.abs(rows[i]!.top - rows[i - 1]!.bottom),
        `row ${rows[i]!.at} starts where the one before ends`,
      ).toBeLessThanOrEqual(1);
    }
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    if (first.at > 1) expect(first.top).toBeLessThanOrEqual(0);
    if (last.at < last.of) expect(last.bottom).toBeGreaterThanOrEqual(seen.height);
  }).toPass({ timeout: 5000 });
  return rows;
}

test('the long list: rows follow on without gaps or overlaps wherever it is scrolled, reach the last event, and follow the keyboard', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open(`/?synthetic=${N}&seed=11`);
  const scroller = page.locator('.event-list .list-scroll');
  await expect(map.list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(N));

  await test.step('at the top, the first event first', async () => {
    const rows = await expectRowsFillTheView(page);
    expect(rows[0]!.at).toBe(1);
    expect(rows[0]!.top).toBeGreaterThanOrEqual(0);
  });

  await test.step('scrolled by the wheel, then a third and two thirds of the way', async () => {
    await scroller.hover();
    await page.mouse.wheel(0, 700);
    await expect.poll(async () => (await rowsInView(page)).rows[0]?.at ?? 0).toBeGreaterThan(3);
    await expectRowsFillTheView(page);
    for (const share of [1 / 3, 2 / 3]) {
      await scroller.evaluate((el, s) => (el.scrollTop = s * (el.scrollHeight - el.clientHeight)), share);
      await expect
        .poll(async () => (await rowsInView(page)).rows[0]?.at ?? 0)
        .toBeGreaterThan(N * share - 20);
      const rows = await expectRowsFillTheView(page);
      expect(rows[0]!.at).toBeLessThan(N * share + 20);
    }
  });

  await test.step('scrolled to the end, the last event wholly in view at the bottom', async () => {
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await rowsInView(page)).rows.at(-1)?.at).toBe(N);
    const { height, rows } = await rowsInView(page);
    expect(Math.abs(rows.at(-1)!.bottom - height)).toBeLessThanOrEqual(1);
    await expectRowsFillTheView(page);
  });

  await test.step('arrow keys go down the rows, each one wholly in view as it takes focus', async () => {
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await expect.poll(async () => (await rowsInView(page)).rows[0]?.at ?? 0).toBe(1);
    await map.listItems().first().focus();
    for (let i = 2; i <= 14; i++) {
      await page.keyboard.press('ArrowDown');
      const focused = page.locator('.event-list li:has(> :focus)');
      await expect(focused).toHaveAttribute('aria-posinset', String(i));
      await expect
        .poll(async () => {
          const { height, rows } = await rowsInView(page);
          const row = rows.find((r) => r.at === i);
          return row !== undefined && row.top >= -1 && row.bottom <= height + 1;
        }, `row ${i} wholly in view`)
        .toBe(true);
    }
    await expectRowsFillTheView(page);
  });

  await test.step('scrolled far from the row with the focus, the focus stays on it, out of the way', async () => {
    const focusedAt = () =>
      page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? 'none');
    expect(await focusedAt()).toBe('14');
    const was = await scroller.evaluate((el) => el.scrollTop);
    await scroller.evaluate((el) => (el.scrollTop = (2 / 3) * (el.scrollHeight - el.clientHeight)));
    await expect.poll(async () => (await rowsInView(page)).rows[0]?.at ?? 0).toBeGreaterThan(N / 2);
    await expectRowsFillTheView(page);
    expect(await focusedAt(), 'the focus fell from the row when it left the view').toBe('14');
    // Kept in the page, but not shown among the rows in view.
    expect((await rowsInView(page)).rows.some((r) => r.at === 14)).toBe(false);
    // Scrolled back, it is among the rows again, with the focus.
    await scroller.evaluate((el, top) => (el.scrollTop = top), was);
    await expect.poll(async () => (await rowsInView(page)).rows.some((r) => r.at === 14)).toBe(true);
    await expectRowsFillTheView(page);
    expect(await focusedAt()).toBe('14');
  });

  await test.step('the window narrowed by dragging its start: the list catches up with the map, whole', async () => {
    const track = (await page.getByTestId('timeline-track').boundingBox())!;
    const thumb = (await page.getByRole('slider', { name: 'Start of time window' }).boundingBox())!;
    const y = thumb.y + thumb.height / 2;
    await page.mouse.move(thumb.x + thumb.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(thumb.x + (track.width * 0.6 * i) / 20, y);
    await page.mouse.up();
    const count = async () =>
      Number((await page.getByTestId('event-count').textContent())!.split(' of ')[0]!.replace(/\D/g, ''));
    // The map, the count and every row of the list agree on the events in the window.
    await expect
      .poll(async () => {
        const drawn = Number(await page.locator('canvas.event-canvas').getAttribute('data-drawn'));
        const sizes = new Set((await rowsInView(page)).rows.map((r) => r.of));
        return drawn === (await count()) && sizes.size === 1 && sizes.has(drawn);
      })
      .toBe(true);
    const shown = await count();
    expect(shown).toBeGreaterThan(300);
    expect(shown).toBeLessThan(N);
    await expectRowsFillTheView(page);
  });

  await test.step('an event opened from the list, then Back: the list as it was, its row in view', async () => {
    const row = map.list.locator('li[aria-posinset="14"]');
    const title = (await row.locator('.list-title').textContent())!;
    await row.getByRole('button').click();
    await expect(map.details(title)).toBeVisible();
    await page.getByRole('button', { name: 'Back to events' }).click();
    await expect(row).toBeVisible();
    await expect.poll(async () => (await rowsInView(page)).rows.some((r) => r.at === 14)).toBe(true);
    await expectRowsFillTheView(page);
  });
});
