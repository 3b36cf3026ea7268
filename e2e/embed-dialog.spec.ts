import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preferredHeight } from '../src/lib/embed-height';
import { expect, expectPictureWithoutMap, MapPage, test } from './driver';

/**
 * A school's page on another local origin: its own server, on another port
 * and host name (127.0.0.1 is not localhost to the browser). It serves
 * whatever lesson page the test gives it.
 */
let lesson = '';
let server: Server;
let host = '';
test.beforeAll(async () => {
  server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(lesson);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
test.use({ otherOrigins: 'http://127.0.0.1:' });

async function openEmbedDialog(map: MapPage) {
  await map.page.getByRole('button', { name: 'Embed', exact: true }).click();
  return map.page.getByRole('dialog', { name: 'Embed this view in a page' });
}

test('"Embed" writes the iframe code for this view, with its options and size, and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const map = new MapPage(page);
  await map.open('/?from=2024-01-01&to=2024-12-31&cat=attack');
  const dialog = await openEmbedDialog(map);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe\n/);
  const src = () =>
    code.inputValue().then((html) => new URL(/src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&')));
  let url = await src();
  expect(url.searchParams.get('embed')).toBe('1');
  expect(url.searchParams.get('from')).toBe('2024-01-01');
  expect(url.searchParams.get('cat')).toBe('attack');
  await expect(code).toHaveValue(/data-wherewhen-resize/);
  await expect(code).toHaveValue(/<script src="http:\/\/localhost:\d+\/embed\.js" async><\/script>$/);

  await dialog.getByRole('checkbox', { name: 'Show the timeline' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Keep the time window as it is now' }).check();
  url = await src();
  expect(url.searchParams.get('timeline')).toBe('0');
  expect(url.searchParams.get('lock')).toBe('1');
  await dialog.getByRole('combobox', { name: 'Width' }).selectOption({ label: '640 pixels' });
  await dialog.getByRole('checkbox', { name: /Fit the height/ }).uncheck();
  await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('420');
  await expect(code).toHaveValue(/width="640"\n {2}height="420"/);
  await expect(code).not.toHaveValue(/<script/);
  await expect(dialog.getByRole('link', { name: 'Preview the embedded map' })).toHaveAttribute(
    'href',
    /embed=1.*lock=1|lock=1.*embed=1/,
  );
  expect(await map.axe()).toEqual([]);

  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test('a lesson page on another origin embeds the view, and the script fits the frame to the map', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?from=2024-01-01&to=2024-12-31');
  const dialog = await openEmbedDialog(map);
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toContain('height="500"');

  // The lesson page holds just the code; the map and the script come from the app's own server.
  lesson = `<!doctype html><html lang="en"><head><title>Lesson</title></head>
    <body style="margin:0"><main id="column" style="width:760px"><h1>A lesson</h1>${snippet}</main></body></html>`;
  await page.goto(`${host}/lesson.html`);
  const iframe = page.locator('iframe[data-wherewhen-resize]');
  const frame = page.frameLocator('iframe[data-wherewhen-resize]');
  await expect(frame.locator('canvas.event-canvas')).toHaveAttribute('data-drawn', /\d+/);
  await expect(frame.getByRole('link', { name: 'Open full map' })).toBeVisible();

  /** The height the map asks for at the frame's present width. */
  const asked = () =>
    frame.locator('html').evaluate((html) => ({
      width: html.clientWidth,
      header: html.querySelector('.header')!.getBoundingClientRect().height,
      timeline: html.querySelector('.layout > .timeline')!.getBoundingClientRect().height,
    }));
  const frameHeight = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  const fitted = async () => {
    const a = await asked();
    return (await frameHeight()) === preferredHeight(a.width, a.header, a.timeline);
  };
  await expect.poll(fitted).toBe(true);
  const wide = await frameHeight();
  expect(wide).not.toBe(500);
  await expectPictureWithoutMap(page, 'embed-lesson-wide.png', { fullPage: true });

  // A narrower column: the map asks for a taller frame for its width, and gets it.
  await page.locator('#column').evaluate((el) => (el.style.width = '380px'));
  await expect.poll(async () => (await asked()).width).toBe(380);
  await expect.poll(fitted).toBe(true);
  expect((await frameHeight()) / 380).toBeGreaterThan(wide / 760);
  await expectPictureWithoutMap(page, 'embed-lesson-narrow.png', { fullPage: true });

  // A message from anything but the map's frame changes nothing.
  const before = await frameHeight();
  // A listener added after embed.js's runs after it on the same message, so once it has heard
  // the message, embed.js has had its say.
  await page.evaluate(
    () =>
      new Promise<void>((heard) => {
        window.addEventListener('message', function listen(e) {
          if ((e.data as { height?: number }).height !== 1500) return;
          window.removeEventListener('message', listen);
          heard();
        });
        window.postMessage({ type: 'wherewhen:resize', height: 1500 }, '*');
      }),
  );
  expect(await frameHeight()).toBe(before);
});
