import type { Page } from '@playwright/test';
import { expect, MapPage, test } from './driver';
import { PAYLOADS } from './fixtures/hostile';
import { expectInert } from './inert';

const URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://example.org/"onmouseover="alert(1)',
  'https://example.org/article',
];

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** One row per payload, with the payload in every text field and a dangerous URL as the source link. */
const csv = [
  'title,summary,place,country,category,actor,source,source_headline,quote,source_url,date,latitude,longitude',
  ...PAYLOADS.map((p, i) =>
    [
      p,
      p,
      p,
      p,
      p,
      p,
      p,
      p,
      p,
      URLS[i % URLS.length]!,
      `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      String(30 + (i % 10)),
      String(60 + Math.floor(i / 10)),
    ]
      .map(quote)
      .join(','),
  ),
].join('\r\n');

/** Opens the details of many hostile events, with a search highlighting them, and checks each time. */
async function readEverything(page: Page, map: MapPage) {
  await expect(page.getByRole('status').filter({ hasText: 'from hostile.csv' })).toBeVisible();
  const shown = Number((await map.count.textContent())!.split(' ')[0]);
  expect(shown).toBeGreaterThanOrEqual(PAYLOADS.length - 3);
  // The text shows as text.
  await expect(map.item(PAYLOADS[0]!).first()).toBeVisible();
  // Walk the list with j, as a keyboard reader would: each opens its details.
  await page.locator('body').press('j');
  for (let i = 0; i < 12; i++) {
    await expect(page.locator('.details')).toBeVisible();
    await page.keyboard.press('j');
  }
  await expectInert(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('script onerror');
  await expect(map.list.locator('mark').first()).toBeVisible();
  await expectInert(page);
}

test('hostile text in every field of an uploaded file is shown as text and runs nothing', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByLabel('Choose a file, or drop it here').setInputFiles({
    name: 'hostile.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await readEverything(page, map);
  // The report names what was changed, for example the dangerous links that were dropped.
  const notice = page.getByRole('status').filter({ hasText: 'from hostile.csv' });
  await notice.getByText('Show the validation report').click();
  await expect(notice).toContainText('javascript');
  await expectInert(page);
});

test('the same file through ?data= is just as inert', async ({ page }) => {
  await page.route(
    (url) => url.pathname.endsWith('/hostile.csv'),
    (route) => route.fulfill({ body: csv, contentType: 'text/csv' }),
  );
  const map = new MapPage(page);
  await map.open('/?data=./hostile.csv');
  await readEverything(page, map);
});
