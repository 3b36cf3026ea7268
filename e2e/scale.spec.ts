import { generateEvents } from '../src/lib/synthetic';
import { expect, MapPage, test } from './driver';

const N = 5000;
const SEED = 11;
const events = generateEvents(N, SEED);

function countIn(from: number, to: number) {
  return events.filter((e) => e.start <= to && e.end >= from).length;
}

// One page of 5,000 made-up events, checked as it opens, then with a narrower window, then an event opened.
test('a synthetic dataset shows the counts the generator implies, in the list, on the map and in every histogram bar; selecting from the long list opens the event', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open(`/?synthetic=${N}&seed=${SEED}`);
  await test.step('the counts the generator implies, in the list and on the map', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      `Synthetic demo: 5,000 made-up events`,
    );
    await expect(map.count).toHaveText('5,000 of 5,000 events');
    await expect(map.canvas).toHaveAttribute('data-drawn', String(N));
    // The long list is virtual: each row says where it stands in the whole.
    await expect(map.list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(N));
  });

  await test.step('every histogram bar counts the events the generator puts in its period', async () => {
    const bars = await map.histogram.locator('g.bin').evaluateAll((nodes) =>
      nodes.map((n) => ({
        from: Number(n.getAttribute('data-from')),
        to: Number(n.getAttribute('data-to')),
        certain: Number(n.getAttribute('data-certain')),
        possible: Number(n.getAttribute('data-possible')),
      })),
    );
    expect(bars.length).toBeGreaterThan(30);
    for (const bar of bars) {
      const overlapping = events.filter((e) => e.start <= bar.to && e.end >= bar.from);
      const inside = overlapping.filter((e) => e.start >= bar.from && e.end <= bar.to).length;
      expect([bar.certain, bar.possible], `bar from day ${bar.from}`).toEqual([
        inside,
        overlapping.length - inside,
      ]);
    }
  });

  await test.step('a narrower window: the counts of the events in it', async () => {
    await map.endHandle.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('Shift+PageDown');
    await map.startHandle.focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+PageUp');
    const [from, to] = await map.windowDays();
    const expected = countIn(from, to);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(N);
    await expect(map.count).toHaveText(`${expected.toLocaleString('en-GB')} of 5,000 events`);
    await expect(map.canvas).toHaveAttribute('data-drawn', String(expected));
    await expect(map.list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(expected));
  });

  await test.step('selecting from the long list opens the event', async () => {
    const first = map.listItems().first();
    const title = (await first.locator('.list-title').textContent())!;
    await first.click();
    await expect(map.details(title)).toBeVisible();
    await expect(map.details(title)).toContainText('synthetic event made up to show the map at scale');
  });
});

test('a malformed synthetic size falls back to the bundled data', async ({ page }) => {
  const map = new MapPage(page);
  await map.open('/?synthetic=lots&seed=%3Cscript%3E');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Synthetic');
  await expect(map.count).toHaveText(/^\d+ of \d+ events$/);
});
