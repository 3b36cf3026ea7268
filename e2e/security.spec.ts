import { expect, MapPage, test } from './driver';

test('the app is served with a strict Content-Security-Policy, the same one the build writes for static hosts', async ({
  page,
  request,
}) => {
  const response = await page.goto('/');
  const policy = response!.headers()['content-security-policy']!;
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
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

  // The page runs under it without a single violation (the test fixture fails on any).
  const map = new MapPage(page);
  await expect(map.canvas).toHaveAttribute('data-drawn', /\d+/);
  await map.item('Bomb hits police bus in Mastung').click();
  await page.getByRole('button', { name: 'Keys' }).click();
  await page.keyboard.press('Escape');
});
