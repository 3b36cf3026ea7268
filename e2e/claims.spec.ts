import { bundled, expect, MapPage, test } from './driver';

test('a claim the sources do not confirm is labelled, in words, in the list and in the details', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  const moscow = bundled.events.find((e) => e.id === 'moscow-concert-hall-attack-2024')!;
  const [byIs, byUs] = moscow.props.claims!;

  // The label is part of what a screen reader hears for the item, with who makes each claim.
  const item = map.item(moscow.props.title);
  await expect(item).toHaveAccessibleName(/Unverified claim by Islamic State \(IS\); claim by US officials$/);
  await expect(item.locator('.claim-label')).toHaveText('Unverified');
  // An event with nothing flagged carries no label.
  const plain = bundled.events.find((e) => !e.props.claims)!;
  await expect(map.item(plain.props.title).locator('.claim-label')).toHaveCount(0);

  await item.click();
  const details = map.details(moscow.props.title);
  const claims = details.getByRole('list').filter({ has: page.getByText(byIs!.note) });
  await expect(details.getByRole('heading', { name: 'Disputed or unverified claims' })).toBeVisible();
  await expect(claims.getByRole('listitem')).toHaveText([
    `Unverified claim by Islamic State (IS) about itself.${byIs!.note}Source: The Guardian`,
    `Unverified claim by US officials about Islamic State Khorasan Province (IS-K).${byUs!.note}Source: The Guardian`,
  ]);
  expect(await map.axe()).toEqual([]);
  // Beside the actor the claim is about, too.
  await expect(
    details.locator('dd').filter({ hasText: 'Islamic State Khorasan Province (IS-K)' }),
  ).toContainText('Unverified');
});
