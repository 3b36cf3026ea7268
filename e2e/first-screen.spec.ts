import { bundled, expect, loneEvent, MapPage, test } from './driver';

// axe in two colour schemes on a shared, slow machine: three times the usual time.
test.beforeEach(() => test.slow());

// One page: the skip links first (they must be the first Tab stops), then the search.
test('skip links are the first Tab stops and take focus to the map, the timeline and the events; Down from the search goes to the first result, whose name has its parts apart', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('skip links are the first Tab stops and take focus to the map, the timeline and the events', async () => {
    for (const name of ['Skip to map', 'Skip to timeline', 'Skip to events']) {
      await page.keyboard.press('Tab');
      const link = page.getByRole('link', { name });
      await expect(link).toBeFocused();
      // Shown while it has focus, over the header.
      const box = (await link.boundingBox())!;
      expect(box.width).toBeGreaterThan(60);
      await expect(link).toBeInViewport();
    }
    await page.keyboard.press('Enter');
    await expect(map.listItems().first()).toBeFocused();

    await page.getByRole('link', { name: 'Skip to map' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.map')).toBeFocused();
    await page.getByRole('link', { name: 'Skip to timeline' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.timeline :focus')).toHaveCount(1);
  });

  await test.step('Down from the search goes to the first result, whose name has its parts apart', async () => {
    const event = bundled.events.find(
      (e) => e.props.place.name.trim() !== '' && e.props.title.includes('Kabul'),
    )!;
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.fill('Kabul');
    await expect(map.item(event.props.title)).toBeVisible();
    await search.press('ArrowDown');
    await expect(map.listItems().first()).toBeFocused();
    // Not "Attack26 August 2021Abbey Gate": each part is heard apart.
    const name = await map.item(event.props.title).evaluate((b) => b.textContent ?? '');
    expect(name).toMatch(/, [A-Z][a-z].*, .*\d{4}/);
    await expect(map.listItems().first()).toHaveAccessibleName(/^[^,]+\s?, [^,]+\s?, [^,]*\d{4}/);

    await search.focus();
    await search.press('Enter');
    await expect(map.listItems().first()).toBeFocused();
  });
});

// One page: the legend opened and closed again, then an event's details.
test('at 1280x800 the legend is a strip that opens whole, and the details take the sidebar with Sources near the top and Back to the list; in a short window the legend scrolls', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('at 1280x800 the legend is a strip that opens whole: named, sizes with units, precision in view, no inner scrolling', async () => {
    const legend = page.getByRole('group', { name: 'Map legend' });
    const toggle = legend.getByRole('button', { name: 'Legend' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const strip = (await legend.boundingBox())!;
    expect(strip.height).toBeLessThan(50);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const sizes = legend.getByRole('list', { name: 'People killed' }).getByRole('listitem');
    await expect(sizes.last()).toHaveText(/^[\d,]+ killed$/);
    const precision = legend.getByRole('list', { name: 'Precision' });
    await expect(precision.getByRole('listitem')).toHaveCount(4);
    const inner = await page
      .locator('.legend')
      .evaluate((l) => ({ scroll: l.scrollHeight, client: l.clientHeight }));
    expect(inner.scroll, 'the legend scrolls inside itself').toBeLessThanOrEqual(inner.client + 1);
    const area = (await page.locator('.map-area').boundingBox())!;
    const key = (await precision.boundingBox())!;
    expect(key.y).toBeGreaterThanOrEqual(area.y);
    expect(key.y + key.height, 'the precision key runs out of the map').toBeLessThanOrEqual(
      area.y + area.height,
    );
    await expect(precision.getByRole('listitem').last()).toBeInViewport({ ratio: 1 });
    expect(await map.axeInBothSchemes('.legend')).toEqual([]);

    await toggle.click();
    await expect(precision).toBeHidden();
  });

  await test.step('at 1280x800 the details take the sidebar, with Sources near the top and Back to the list', async () => {
    const event = bundled.events.find((e) => e.props.sources.length > 0 && e.props.casualties?.killed)!;
    const item = map.item(event.props.title);
    await item.click();
    const details = map.details(event.props.title);
    await expect(details).toBeVisible();
    await expect(map.list).toBeHidden();
    // Under the search, all the rest of the sidebar.
    const search = (await page.getByRole('search').boundingBox())!;
    const side = (await page.getByRole('complementary', { name: 'Event list and details' }).boundingBox())!;
    const box = (await details.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(search.y + search.height);
    expect(box.y - (search.y + search.height), 'the details start under the search').toBeLessThan(80);
    expect(side.y + side.height - (box.y + box.height), 'the details fill the sidebar').toBeLessThan(20);
    expect(box.height).toBeGreaterThan(550);

    const back = details.getByRole('button', { name: 'Back to events' });
    const jump = details.getByRole('button', { name: `Sources (${event.props.sources.length})` });
    await expect(back).toBeInViewport();
    await expect(jump).toBeInViewport();
    await jump.click();
    const sources = details.getByRole('heading', { name: 'Sources', exact: true });
    await expect(sources).toBeFocused();
    await expect(sources).toBeInViewport();
    expect(await map.axeInBothSchemes('.sidebar')).toEqual([]);

    await back.click();
    await expect(details).toBeHidden();
    await expect(item).toBeFocused();
    await expect(map.list).toBeVisible();
  });

  await test.step('in a short window the open legend keeps to the map and scrolls inside, every key in reach', async () => {
    // A laptop's window with the browser's bars, side by side: the map at its least height.
    await page.setViewportSize({ width: 900, height: 600 });
    const legend = page.getByRole('group', { name: 'Map legend' });
    const toggle = legend.getByRole('button', { name: 'Legend' });
    await toggle.click();
    const last = legend.getByRole('list', { name: 'Precision' }).getByRole('listitem').last();
    await expect(last).toBeAttached();
    const area = (await page.locator('.map-area').boundingBox())!;
    const header = (await page.getByRole('banner').boundingBox())!;
    const box = (await legend.boundingBox())!;
    expect(box.y, 'the legend covers the header').toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.y).toBeGreaterThanOrEqual(area.y);
    expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
    // The keys below its fold are reached by scrolling the legend, as by Tab to its buttons.
    await last.scrollIntoViewIfNeeded();
    const key = (await last.boundingBox())!;
    expect(key.y).toBeGreaterThanOrEqual(box.y);
    expect(key.y + key.height).toBeLessThanOrEqual(box.y + box.height + 1);
    expect(await map.axeInBothSchemes('.legend')).toEqual([]);
    // Its button is not under the notices at the map's top, at any corner: it closes the legend again.
    const b = (await toggle.boundingBox())!;
    for (const [x, y] of [
      [b.x + 3, b.y + 3],
      [b.x + b.width - 3, b.y + 3],
      [b.x + 3, b.y + b.height - 3],
      [b.x + b.width - 3, b.y + b.height - 3],
    ]) {
      const on = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.legend-button') !== null,
        [x, y],
      );
      expect(on, `the Legend button is covered at ${x}, ${y}`).toBe(true);
    }
    await toggle.click();
    await expect(last).toBeHidden();
  });
});

for (const viewport of [
  { width: 375, height: 667 },
  { width: 360, height: 740 },
]) {
  test.describe(`a phone, ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    // One page: the header's menu opened and closed again, then the list and an event.
    test('the header is one row, More holds the actions and Keys is not offered on touch; List (N) takes the reader to the list, and an event opens as a sheet that Escape closes', async ({
      page,
    }) => {
      const map = new MapPage(page);
      await map.open();
      await test.step('the header is one row; More holds the actions, by keyboard, and Keys is not offered on touch', async () => {
        const header = page.getByRole('banner');
        const more = header.getByRole('button', { name: 'More', exact: true });
        await expect(more).toHaveAttribute('aria-expanded', 'false');
        for (const name of ['Copy link', 'Embed', 'Cite', 'Keys']) {
          await expect(header.getByRole('button', { name, exact: true })).toBeHidden();
        }
        const title = (await header.getByRole('heading', { level: 1 }).boundingBox())!;
        const button = (await more.boundingBox())!;
        expect(button.y, 'More sits beside the title').toBeLessThan(title.y + title.height);
        expect((await header.boundingBox())!.height).toBeLessThan(110);

        await more.focus();
        await page.keyboard.press('Enter');
        await expect(more).toHaveAttribute('aria-expanded', 'true');
        const menu = page.locator('#header-menu');
        for (const name of ['Copy link', 'Embed', 'Cite', 'Your data', 'About this map']) {
          await expect(menu.getByRole('button', { name, exact: true })).toBeInViewport();
        }
        await expect(menu.getByRole('button', { name: 'Keys', exact: true })).toBeHidden();
        expect(await map.axeInBothSchemes('.header')).toEqual([]);

        // Its items do what the header's buttons did.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await expect(menu.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        const cite = page.getByRole('dialog', { name: 'Cite or download this view' });
        await expect(cite).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(cite).toBeHidden();
        await page.keyboard.press('Escape');
        await expect(more).toHaveAttribute('aria-expanded', 'false');
        await expect(more).toBeFocused();
        await expect(menu.getByRole('button', { name: 'Cite', exact: true })).toBeHidden();
      });

      await test.step('List (N) takes the reader to the list; an event opens as a sheet over the screen that Escape closes', async () => {
        const total = bundled.events.length;
        const bar = page.getByRole('navigation', { name: 'Map or list' });
        const toList = bar.getByRole('button', { name: `List (${total})` });
        const toMap = bar.getByRole('button', { name: 'Map', exact: true });
        await expect(toList).toBeInViewport();
        await expect(toMap).toHaveAttribute('aria-current', 'true');
        // A bar across the page right under the map, over nothing: the timeline follows it.
        const barBox = (await bar.boundingBox())!;
        const mapBox = (await page.locator('.map-area').boundingBox())!;
        const timelineBox = (await page.locator('.timeline').boundingBox())!;
        expect(barBox.x).toBe(0);
        expect(barBox.width).toBe(viewport.width);
        expect(barBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
        expect(timelineBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
        await toList.click();
        const heading = page.getByRole('heading', { name: 'Events', exact: true });
        await expect(heading).toBeInViewport();
        await expect(map.listItems().first()).toBeFocused();
        await expect(toList).toHaveAttribute('aria-current', 'true');
        // Scrolled past, the bar stays at the top of the screen, and the list's heading comes out below it.
        const stuck = (await bar.boundingBox())!;
        expect(stuck.y).toBe(0);
        expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(stuck.height - 1);
        expect(await map.axeInBothSchemes('.phone-switch')).toEqual([]);
        await toMap.click();
        await expect(page.locator('.map')).toBeFocused();
        await expect(page.locator('.map-area')).toBeInViewport({ ratio: 0.9 });
        await expect(toMap).toHaveAttribute('aria-current', 'true');
        await toList.click();

        const event = bundled.events[0]!;
        await map.item(event.props.title).click();
        const details = map.details(event.props.title);
        await expect(details).toBeVisible();
        const sheet = (await details.boundingBox())!;
        expect(sheet).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
        await expect(details.getByRole('button', { name: 'Back to events' })).toBeInViewport();
        expect(await map.axeInBothSchemes('.details')).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(details).toBeHidden();
        await expect(map.item(event.props.title)).toBeFocused();
      });
    });
    test('a link to an event opens with its title and its marker in the first screen', async ({ page }) => {
      const map = new MapPage(page);
      const event = loneEvent();
      await map.open(`/?event=${event.id}`);
      const details = map.details(event.props.title);
      await expect(details.getByRole('heading', { name: event.props.title })).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The map stays in view above the details: most of it.
      const area = (await page.locator('.map-area').boundingBox())!;
      const top = (await details.boundingBox())!.y;
      expect(area.y).toBeLessThan(120);
      expect(top - area.y, 'the details cover the map').toBeGreaterThan(250);
      await expect(map.canvas).toHaveAttribute('data-drawn', String(bundled.events.length));
      expect(await map.axeInBothSchemes('.details')).toEqual([]);
    });
  });
}
