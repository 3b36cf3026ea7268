import type { ServerResponse } from 'node:http';
import { bundled, expect, MapPage, test } from './driver';
import { startSite, type OtherSite } from './other-site';
import { SECOND_BUILD, secondBuildReady } from './second-build';

/**
 * Another site's files, for ?data=: a Node https server on 127.0.0.1 (another
 * origin than the app's localhost), with a certificate made here, so the
 * app loads them under its real policy (connect-src 'self' https:).
 */
const CSV =
  'title,date,place,latitude,longitude\r\nMarket bombing,2024-03-22,Kabul,34.5,69.2\r\nRaid,2024-05,Quetta,30.18,66.99\r\n';
const open = new Set<ServerResponse>();
/** The address the lesson page embeds. */
let lesson = '';

function serve(response: ServerResponse, path: string) {
  const cors = { 'access-control-allow-origin': '*' };
  if (path === '/events.csv') {
    response.writeHead(200, { ...cors, 'content-type': 'text/csv; charset=utf-8' });
    response.end(CSV);
  } else if (path === '/stall.csv') {
    // Headers and the first line, then nothing, for as long as the page waits.
    response.writeHead(200, { ...cors, 'content-type': 'text/csv' });
    response.write('title,date,place,latitude,longitude\r\n');
    open.add(response);
  } else if (path === '/lesson.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><title>Lesson</title><iframe src="${lesson.replace(/&/g, '&amp;')}" title="Map" width="640" height="480"></iframe>`,
    );
  } else if (path === '/private.csv') {
    response.writeHead(200, { 'content-type': 'text/csv' });
    response.end(CSV);
  } else if (path === '/loop.csv') {
    response.writeHead(302, { ...cors, location: '/loop.csv' });
    response.end();
  } else if (path === '/favicon.ico') {
    response.writeHead(204);
    response.end();
  } else {
    response.writeHead(404, cors);
    response.end();
  }
}

/** A site of these files on `port`, any free one by default. */
function startServer(port = 0): Promise<OtherSite> {
  return startSite((request, response) => serve(response, request.url ?? '/'), port, open);
}

let site: OtherSite;
let origin = '';
let host = '';
test.beforeAll(async () => {
  site = await startServer();
  origin = site.origin;
  host = new URL(origin).host;
});
test.afterAll(() => site.stop());
test.use({ ignoreHTTPSErrors: true, otherOrigins: 'https://127.0.0.1:' });

const question = (map: MapPage) => map.page.getByRole('dialog', { name: 'Load events from another site?' });

test('?data= from another host asks first, naming it; loads on "Load", and does not ask again', async ({
  page,
}) => {
  const map = new MapPage(page);
  await page.goto(`/?data=${origin}/events.csv`);
  const dialog = question(map);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`This link loads events from ${host}. Load them?`);
  await expect(dialog.getByRole('button', { name: 'Load' })).toBeFocused();
  expect(await map.axe()).toEqual([]);
  await dialog.getByRole('button', { name: 'Load' }).click();
  await expect(dialog).toBeHidden();
  await expect(map.count).toHaveText('2 of 2 events');
  await expect(page.getByRole('status').filter({ hasText: 'from events.csv' })).toContainText(
    'Loaded 2 of 2 rows from events.csv.',
  );

  await page.reload();
  await expect(map.count).toHaveText('2 of 2 events');
  await expect(question(map)).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([
    `wherewhen:load-data-from:${origin}`,
  ]);
});

test('"Show the bundled events instead" shows them, and the address no longer asks for the file', async ({
  page,
}) => {
  const map = new MapPage(page);
  await page.goto(`/?data=${origin}/events.csv&cat=attack`);
  await question(map).getByRole('button', { name: 'Show the bundled events instead' }).click();
  const attacks = bundled.events.filter((e) => e.props.category === 'attack');
  await expect(map.count).toHaveText(`${attacks.length} of ${bundled.events.length} events`);
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  expect(new URL(page.url()).searchParams.get('cat')).toBe('attack');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test.describe('embedded in another page', () => {
  test("loads the page's choice without asking, and the caption names the host", async ({
    page,
    baseURL,
  }) => {
    // The lesson page is the other host's own, as when a site embeds a map of its own data.
    lesson = `${baseURL}/?embed=1&data=${encodeURIComponent(`${origin}/events.csv`)}`;
    await page.goto(`${origin}/lesson.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByText(`Events from ${host}`)).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Events (2)' })).toBeVisible();
    await expect(frame.getByRole('dialog')).toHaveCount(0);
  });

  test('?embed=1 in a tab of its own still asks: a link cannot skip the question', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto(`/?embed=1&data=${origin}/events.csv`);
    await expect(question(map)).toBeVisible();
  });
});

test.describe('when the download fails', () => {
  // One pattern: `test.use` would read two as a fixture's value and its options.
  test.use({ allowedConsoleErrors: /blocked by CORS policy|Failed to load resource/ });

  async function loadAndFail(map: MapPage, address: string) {
    await map.page.goto(`/?data=${encodeURIComponent(address)}`);
    await question(map).getByRole('button', { name: 'Load' }).click();
    return map.page.getByRole('alert');
  }

  test('a download that stops half way fails after 30 seconds without a byte, and says so', async ({
    page,
  }) => {
    await page.clock.install();
    const map = new MapPage(page);
    const response = page.waitForResponse((r) => r.url().endsWith('/stall.csv'));
    const alert = await loadAndFail(map, `${origin}/stall.csv`);
    await response;
    await page.clock.fastForward(29_000);
    await expect(page.getByRole('status').filter({ hasText: 'Loading events' })).toBeVisible();
    await page.clock.fastForward(1_500);
    await expect(alert).toContainText(
      `The download from ${host} stopped: nothing arrived for 30 seconds, after 1 kB.`,
    );
    await expect(alert.getByRole('link', { name: 'Show the bundled events instead' })).toBeVisible();
  });

  test('a host that does not allow other sites to read the file is told to send Access-Control-Allow-Origin', async ({
    page,
  }) => {
    const alert = await loadAndFail(new MapPage(page), `${origin}/private.csv`);
    await expect(alert).toContainText(
      `${host} answered, but does not let other sites read the file: its server must send the header Access-Control-Allow-Origin`,
    );
  });

  test('redirects in a loop are told as such', async ({ page }) => {
    const alert = await loadAndFail(new MapPage(page), `${origin}/loop.csv`);
    await expect(alert).toContainText(`${host} sends the download on to another address (a redirect)`);
  });

  test('a host that cannot be reached is told as such', async ({ page }) => {
    // A port nothing listens on: taken, then given back.
    const closed = await startServer();
    const nowhere = closed.origin;
    await closed.stop();
    const alert = await loadAndFail(new MapPage(page), `${nowhere}/events.csv`);
    await expect(alert).toContainText(`${new URL(nowhere).host} could not be reached`);
  });
});

test('a ?data= value that cannot be used is explained with the rest of the link, over the bundled events', async ({
  page,
}) => {
  const map = new MapPage(page);
  const total = `${bundled.events.length} of ${bundled.events.length} events`;
  for (const [query, reason] of [
    [
      'data=javascript:alert(1)',
      "data: 'javascript:alert(1)' is a javascript: address; only http and https addresses can be loaded",
    ],
    [
      'data=https://data.example.org/e%zz.csv',
      'data: \'https://data.example.org/e%zz.csv\' has a broken %-escape ("%zz")',
    ],
    ['data=', 'data: is empty'],
  ]) {
    await map.open(`/?${query}`);
    await expect(map.count).toHaveText(total);
    await expect(page.getByRole('status').filter({ hasText: 'Parts of this link' })).toContainText(reason!);
  }
  await expect(page.getByText('URI malformed')).toHaveCount(0);
});

test.describe('a build that allows only some data hosts', () => {
  /** The second build of playwright.config.ts lists https://127.0.0.1:<port + 2> in VITE_DATA_HOSTS. */
  const port = Number(process.env.E2E_PORT ?? 4173);
  test.use({ baseURL: SECOND_BUILD });
  test.beforeEach(secondBuildReady);

  test('loads from a listed host without asking, and refuses any other by name before any request', async ({
    page,
  }) => {
    const listed = await startServer(port + 2);
    try {
      const map = new MapPage(page);
      const response = await page.goto(`/?data=${listed.origin}/events.csv`);
      expect(response!.headers()['content-security-policy']).toContain(
        `connect-src 'self' ${listed.origin};`,
      );
      await expect(map.count).toHaveText('2 of 2 events');
      await expect(question(map)).toHaveCount(0);

      // The test fails on any request to another host: the refusal comes first.
      await page.goto('/?data=https://elsewhere.example/events.csv');
      await expect(page.getByRole('alert')).toContainText(
        `this site loads events only from 127.0.0.1:${port + 2}, and elsewhere.example is not one of them`,
      );
    } finally {
      await listed.stop();
    }
  });
});
