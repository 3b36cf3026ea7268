import { bundled, expect, MapPage, test } from './driver';

// One page as it opens, read in turn: what it shows and names first, then the About dialog, then the note hidden.
test('opens on the whole dataset with its basemap, names the map, and tells its sources and its content note', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await test.step('opens on the whole dataset: every event listed in date order and drawn on the map', async () => {
    await expect(page).toHaveTitle(/wherewhen/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(bundled.metadata!.title);

    const extent = bundled.index.extent!;
    await map.expectWindow(extent.start, extent.end);
    await map.expectShowing([...bundled.events]);
    const titles = await map.listItems().locator('.list-title').allTextContents();
    expect(titles).toEqual(bundled.events.map((e) => e.props.title));
  });

  await test.step('draws the bundled basemap and place labels without any tile server', async () => {
    // Country outlines are vector shapes served with the app, drawn on canvas.
    await expect(page.locator('.map')).toHaveAttribute('data-countries', /^\d{3}$/);
    await expect(page.locator('canvas.basemap-canvas')).toBeVisible();
    await expect(page.locator('.leaflet-tile')).toHaveCount(0);
    // Place names drawn on canvas too: the events' and, quieter, the countries' (place-labels.spec.ts has the rest).
    const labels = page.locator('canvas.label-canvas');
    await expect(labels).toHaveAttribute('data-labels', /^[1-9]\d*$/);
    await expect(labels).toHaveAttribute('data-country-labels', /^[1-9]\d*$/);
    await expect(page.getByText('Natural Earth · GeoNames')).toBeVisible();
  });

  await test.step('the map is named for assistive technology and points to the list', async () => {
    await expect(page.getByRole('region', { name: /^Map of events/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  });

  await test.step('the About dialog names the sources and closes with Escape', async () => {
    await page.getByRole('button', { name: 'About this map' }).click();
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    await expect(dialog).toBeVisible();
    const outlets = new Set(bundled.events.flatMap((e) => e.props.sources.map((s) => s.outlet)));
    for (const outlet of outlets) await expect(dialog.getByText(outlet).first()).toBeVisible();
    await expect(dialog.getByText(bundled.metadata!.contentNote!)).toBeVisible();
    await expect(dialog).toContainText('placed and dated only as precisely as its sources allow');
    await expect(dialog).toContainText('The IANS story is dated only “Dec 17”, with no year');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('the dataset content note is one line over the map, whole behind "More", until the reader hides it', async () => {
    const note = page.getByRole('complementary', { name: 'Content note' });
    await expect(note).toContainText(bundled.metadata!.contentNote!);
    const line = note.locator('p');
    const lineHeight = await line.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    expect((await line.boundingBox())!.height).toBeLessThanOrEqual(lineHeight + 1);
    await note.getByText('More').click();
    expect((await line.boundingBox())!.height).toBeGreaterThan(lineHeight * 1.5);
    await note.getByRole('button', { name: 'Hide note' }).click();
    await expect(note).toBeHidden();
  });
});
