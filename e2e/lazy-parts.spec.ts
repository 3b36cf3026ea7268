import { bundled, expect, HEADER_DIALOGS, MapPage, test } from './driver';

/**
 * The parts that come in chunks of their own (a dialog's contents, the
 * legend, the filters, an event's details) are shown as soon as their chunk
 * is in, with no timer between. React's `lazy()` with `<Suspense>` held each
 * back on a timer, until 300 ms after the last fallback shown anywhere on the
 * page; with the page's clock stopped such a part never comes, so this test
 * stops the clock once the page has settled and then opens each of them.
 */
test('every part in a chunk of its own is shown once its chunk is in, with the page clock stopped', async ({
  page,
}) => {
  await page.clock.install();
  const map = new MapPage(page);
  await map.open();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

  for (const [button, title] of HEADER_DIALOGS) {
    await test.step(`the ${button} dialog`, async () => {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      // Its contents, past the heading and the Close button: more than the loading line.
      await expect(dialog.getByText('Loading…')).toHaveCount(0);
      await expect(dialog.locator('.dialog-body')).not.toBeEmpty();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }

  await test.step('the legend', async () => {
    const legend = page.getByRole('group', { name: 'Map legend' });
    await legend.getByRole('button', { name: 'Legend' }).click();
    await expect(legend.getByRole('list', { name: 'Precision' }).getByRole('listitem')).toHaveCount(4);
  });

  await test.step('the filters', async () => {
    await page.locator('.filter-panel summary').click();
    await expect(
      page.getByRole('group', { name: 'Category', exact: true }).getByRole('checkbox').first(),
    ).toBeVisible();
  });

  await test.step("an event's details", async () => {
    const event = bundled.events.find((e) => e.props.sources.length > 0)!;
    await map.item(event.props.title).click();
    const details = map.details(event.props.title);
    await expect(details.getByRole('heading', { name: event.props.title })).toBeVisible();
    await expect(page.getByText('Loading the details…')).toHaveCount(0);
  });
});
