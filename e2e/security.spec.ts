import { expect, MapPage, test } from './driver';

test('the app is served with a strict Content-Security-Policy, the same one the build writes for static hosts', async ({
  page,
  request,
}) => {
  const scripts: Promise<Record<string, string>>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.allHeaders());
  });
  const response = await page.goto('/');
  const policy = response!.headers()['content-security-policy']!;
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    // Any https host for ?data= (the reader is asked first); a build may list the only ones instead.
    "connect-src 'self' https:;",
    "object-src 'none'",
    'frame-ancestors *',
  ]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(response!.headers()['x-content-type-options']).toBe('nosniff');

  const headersFile = await (await request.get('/_headers')).text();
  expect(headersFile).toContain(`Content-Security-Policy: ${policy}`);

  // The build's files, their names hashed, are kept for a year, as _headers says; the page, which
  // names them, is asked for again every time.
  const forAYear = 'public, max-age=31536000, immutable';
  expect(headersFile).toContain(`/assets/*\n  Cache-Control: ${forAYear}\n`);
  expect(response!.headers()['cache-control']).toBe('no-cache');
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  for (const headers of await Promise.all(scripts)) expect(headers['cache-control']).toBe(forAYear);

  // The page runs under it without a single violation (the test fixture fails on any).
  const map = new MapPage(page);
  await expect(map.canvas).toHaveAttribute('data-drawn', /\d+/);
  await map.item('Bomb hits police bus in Mastung').click();
  await page.getByRole('button', { name: 'Keys' }).click();
  await page.keyboard.press('Escape');
});

test.describe('when a part of the page fails to load', () => {
  test.use({
    allowedConsoleErrors: /Failed to load resource|Failed to fetch dynamically imported module/,
  });

  test('the details say so and offer to try again, and the rest keeps working', async ({ page }) => {
    let fail = true;
    await page.route('**/assets/EventDetails-*.js', (route) =>
      fail ? route.fulfill({ status: 503, body: 'Service unavailable' }) : route.fallback(),
    );
    const map = new MapPage(page);
    await map.open();
    const title = 'Bomb hits police bus in Mastung';
    await map.item(title).click();
    const alert = page.getByRole('alert').filter({ hasText: 'the details could not be shown' });
    await expect(alert).toBeVisible();
    // The map, the timeline and the list still work.
    await map.endHandle.focus();
    await page.keyboard.press('Home');
    await expect(map.count).not.toHaveText(/^19 of/);
    await page.keyboard.press('End');
    await expect(map.count).toHaveText('19 of 19 events');
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(map.details(title)).toBeVisible();
  });
});
