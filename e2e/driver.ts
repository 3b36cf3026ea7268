import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { MapEvent } from '../src/lib/dataset';
import { parseDataset } from '../src/lib/parse-dataset';
import { axeViolations } from './axe';
import { formatDay, type Day } from '../src/lib/dates';

/** The bundled events, read from the file the app ships, for expectations. */
export const bundled = parseDataset(JSON.parse(readFileSync('data/events.geojson', 'utf8'))).dataset;

/** Events overlapping [from, to], by a plain scan, independent of the app's index. */
/** The rows of the sample file the import dialog offers (public/sample-events.csv), without its header. */
export const SAMPLE_ROWS = readFileSync('public/sample-events.csv', 'utf8').trim().split('\r\n').length - 1;

export function eventsInWindow(from: Day, to: Day): MapEvent[] {
  return bundled.events.filter((e) => e.start <= to && e.end >= from);
}

/** The header's buttons that open a dialog, by name, and the name of the dialog each opens. */
export const HEADER_DIALOGS = [
  ['Embed', 'Embed this view in a page'],
  ['Cite', 'Cite or download this view'],
  ['Your data', 'Show your own data'],
  ['Keys', 'Keyboard shortcuts'],
  ['About this map', 'About this map'],
] as const;

/** The address the bundled events are given for a source (the file ships with none): never followed. */
export function sourceAddress(source: { outlet: string; headline?: string }): string {
  return `https://news.example/${encodeURIComponent(source.outlet)}/${encodeURIComponent(source.headline ?? '')}`;
}

/** Serves the bundled events with an address on every source, so their details show links to follow. */
export async function serveWithSourceLinks(page: Page) {
  const file = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as {
    features: Array<{ properties: { sources: Array<{ outlet: string; headline?: string; url?: string }> } }>;
  };
  for (const feature of file.features) {
    for (const source of feature.properties.sources) source.url = sourceAddress(source);
  }
  await page.route('**/events-checked*.json', (route) =>
    route.fulfill({ body: JSON.stringify(file), contentType: 'application/geo+json' }),
  );
}

/**
 * The event farthest from any other (of those `which` accepts), so at the
 * opening zoom it is a marker of its own, in no cluster, and the map centre is
 * its marker once the map pans to it.
 */
export function loneEvent(which: (e: MapEvent) => boolean = () => true): MapEvent {
  const nearest = (e: MapEvent) =>
    Math.min(...bundled.events.filter((o) => o !== e).map((o) => Math.hypot(o.lon - e.lon, o.lat - e.lat)));
  return bundled.events.filter(which).reduce((best, e) => (nearest(e) > nearest(best) ? e : best));
}

/**
 * Every test fails on a console error, an uncaught exception, a Content-Security-Policy
 * violation, a dialog (alert, confirm, prompt) or a request to any host but the one
 * serving the app.
 */
export const test = base.extend<{
  page: Page;
  allowedConsoleErrors: RegExp | RegExp[];
  /** Other local origins a test serves itself (a host page embedding the map). */
  otherOrigins: string | string[];
}>({
  allowedConsoleErrors: [[], { option: true }],
  otherOrigins: [[], { option: true }],
  page: async ({ page, baseURL, allowedConsoleErrors, otherOrigins }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      // `test.use` unwraps a one-element array, so accept a single pattern as well.
      const allowed = [allowedConsoleErrors].flat();
      if (m.type() !== 'error' || allowed.some((re) => re.test(m.text()))) return;
      problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    // Anything the Content-Security-Policy blocks is a failure, reported with what and where.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    page.on('dialog', (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      const url = r.url();
      const local = [origin, ...[otherOrigins].flat()].some((o) => url.startsWith(o));
      if (!local && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request to another host: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'console errors or third-party requests').toEqual([]);
  },
});

export { expect };

/**
 * Compares the page with its picture (see playwright.config.ts) with the map's drawing hidden, in
 * every frame: after a flight, or under a dialog, the map is in the same place to within a pixel,
 * but not the same pixel from run to run. Everything over the map is in the picture: controls,
 * notices, chips, the legend, a lesson's bar. The map's own drawing is checked by the tests that
 * read its canvases (canvas-layers, color-scheme, place-labels) and by the pictures of a map no
 * flight has moved. Hidden by script: the app's policy refuses the style Playwright would add.
 */
export async function expectPictureWithoutMap(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  const hide = (hidden: boolean) =>
    Promise.all(
      page.frames().map((frame) =>
        frame
          .evaluate((hidden) => {
            for (const pane of document.querySelectorAll<HTMLElement>('.leaflet-map-pane'))
              pane.style.visibility = hidden ? 'hidden' : '';
          }, hidden)
          .catch(() => undefined),
      ),
    );
  await hide(true);
  try {
    await expect(page).toHaveScreenshot(name, options);
  } finally {
    await hide(false);
  }
}

/** The steps a reader takes, named once. */
export class MapPage {
  readonly count: Locator;
  readonly startHandle: Locator;
  readonly endHandle: Locator;
  readonly list: Locator;
  readonly canvas: Locator;
  readonly fromField: Locator;
  readonly toField: Locator;
  readonly histogram: Locator;
  readonly announcement: Locator;
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.count = page.getByTestId('event-count');
    this.startHandle = page.getByRole('slider', { name: 'Start of time window' });
    this.endHandle = page.getByRole('slider', { name: 'End of time window' });
    this.list = page.getByRole('list', { name: /Events in the time window/ });
    this.canvas = page.locator('canvas.event-canvas');
    this.fromField = page.getByRole('textbox', { name: 'From', exact: true });
    this.toField = page.getByRole('textbox', { name: 'To', exact: true });
    this.histogram = page.getByTestId('histogram');
    this.announcement = page.getByTestId('window-announcement');
    this.region = page.getByRole('region', { name: /^Map of events/ });
  }

  /** Opens the page and waits until the map has settled: clusters in, with their buttons. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.settled({ clustered: true });
  }

  /**
   * Waits for the layout around the map to settle: the timeline chart has
   * arrived (the map's box shrinks for it), and the markers are drawn for the
   * map's box as it is now. With `clustered`, also that the markers are
   * clustered and whatever clusters are drawn have their buttons (the first
   * view may be framed again as the layout settles, and its clusters with it).
   * Checked in the page on every animation frame, so the wait ends on the
   * frame where all of it holds.
   */
  async settled({ clustered = false } = {}) {
    const waited = this.page.waitForFunction(
      (clustered) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.event-canvas');
        const box = canvas?.closest('.map');
        if (!canvas || !box || document.querySelector('.timeline-pending')) return false;
        if (canvas.clientWidth !== box.clientWidth || canvas.clientHeight !== box.clientHeight) return false;
        if (!clustered) return true;
        const { drawn, clustered: done, clusters } = canvas.dataset;
        if (drawn === undefined || done !== 'true') return false;
        return clusters === '0' || document.querySelector('.cluster-button') !== null;
      },
      clustered,
      { polling: 'raf', timeout: 15_000 },
    );
    await waited.catch(async (error: Error) => {
      // Say what did not settle: the canvas's own account, and whether the chart is still to come.
      const state = await this.page
        .evaluate(() => ({
          canvas: { ...document.querySelector<HTMLCanvasElement>('canvas.event-canvas')?.dataset },
          pending: document.querySelector('.timeline-pending') !== null,
          buttons: document.querySelectorAll('.cluster-button').length,
        }))
        .catch(() => null);
      throw new Error(`The map did not settle: ${JSON.stringify(state)}\n${error.message}`);
    });
  }

  /** Opens one of the header's dialogs by its button and waits until its content has loaded. */
  async openHeaderDialog(button: string, title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Loading…')).toHaveCount(0);
    return dialog;
  }

  /** The "Your data" dialog. */
  importDialog() {
    return this.page.getByRole('dialog', { name: 'Show your own data' });
  }

  /**
   * Opens "Your data" and picks a file, as a reader does: from disk (a path,
   * or a name and contents written to a file first, since a buffer would be
   * made a file by script in the page, a long task of the test's own).
   * Returns the dialog, which closes once the file has loaded.
   */
  async pickFile(file: string | { name: string; contents: string | Buffer }) {
    const path = typeof file === 'string' ? file : join(mkdtempSync(join(tmpdir(), 'wherewhen-')), file.name);
    if (typeof file !== 'string') writeFileSync(path, file.contents);
    await this.page.getByRole('button', { name: 'Your data' }).click();
    const dialog = this.importDialog();
    await dialog.getByLabel('Choose a file, or drop it here').setInputFiles(path);
    return dialog;
  }

  /** The details panel of an event, found by its title as a reader would. */
  details(title: string) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The colour under a point of the map, on the event layer only (alpha 0 where nothing is drawn). */
  async markerPixel(x: number, y: number): Promise<[number, number, number, number]> {
    return this.canvas.evaluate(
      (canvas: HTMLCanvasElement, [px, py]: [number, number]) => {
        const ratio = canvas.width / canvas.clientWidth;
        const data = canvas.getContext('2d')!.getImageData(px * ratio, py * ratio, 1, 1).data;
        return [data[0]!, data[1]!, data[2]!, data[3]!] as [number, number, number, number];
      },
      [x, y] as [number, number],
    );
  }

  /** The map's view as it exposes it (`data-view`): centre and zoom. */
  async view(): Promise<{ lat: number; lng: number; zoom: number }> {
    const [lat, lng, zoom] = (await this.page.locator('.map').getAttribute('data-view'))!
      .split(',')
      .map(Number);
    return { lat: lat!, lng: lng!, zoom: zoom! };
  }

  async mapCentre(): Promise<{ x: number; y: number }> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('map not laid out');
    return { x: Math.round(box.width / 2), y: Math.round(box.height / 2) };
  }

  listItems() {
    return this.list.getByRole('button');
  }

  item(title: string) {
    return this.list.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  /** How many markers the canvas layer drew last frame. */
  async drawnMarkers(): Promise<number> {
    return Number(await this.canvas.getAttribute('data-drawn'));
  }

  /** The buttons over the clusters on screen, named by what they hold ("12 events: 7 attacks, ..."). */
  clusterButtons() {
    return this.region.getByRole('button', { name: /^[\d,]+ events: / });
  }

  /**
   * What the map shows, read in one go: the count of each cluster on screen
   * (from its button's name), the lone markers, the clusters and the events
   * drawn in all, and the window they were drawn for.
   */
  async clusterSummary() {
    return this.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.event-canvas')!;
      const names = Array.from(document.querySelectorAll('.cluster-button'), (b) =>
        b.getAttribute('aria-label')!,
      );
      return {
        counts: names.map((name) => Number(/^([\d,]+) events/.exec(name)![1]!.replace(/,/g, ''))),
        names,
        singles: Number(canvas.dataset.singles),
        clusters: Number(canvas.dataset.clusters),
        drawn: Number(canvas.dataset.drawn),
        window: canvas.dataset.window!,
      };
    });
  }

  async expectShowing(events: MapEvent[]) {
    await expect(this.count).toHaveText(`${events.length} of ${bundled.events.length} events`);
    await expect(this.canvas).toHaveAttribute('data-drawn', String(events.length));
    if (events.length > 0) {
      await expect(this.listItems()).toHaveCount(events.length);
      for (const e of events) await expect(this.item(e.props.title)).toBeVisible();
    }
  }

  /** Back to the whole extent, by the timeline's "Show all dates". */
  async showAllDates() {
    await this.page.getByRole('button', { name: 'Show all dates' }).first().click();
  }

  async expectWindow(from: Day, to: Day) {
    await expect(this.startHandle).toHaveAttribute('aria-valuetext', formatDay(from));
    await expect(this.endHandle).toHaveAttribute('aria-valuetext', formatDay(to));
  }

  async windowDays(): Promise<[Day, Day]> {
    return [
      Number(await this.startHandle.getAttribute('aria-valuenow')),
      Number(await this.endHandle.getAttribute('aria-valuenow')),
    ];
  }

  /** Drags a handle to a fraction (0 to 1) of the timeline track with the mouse. */
  async dragHandle(handle: Locator, fraction: number) {
    const track = await this.page.getByTestId('timeline-track').boundingBox();
    const box = await handle.boundingBox();
    if (!track || !box) throw new Error('timeline not laid out');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    const x = track.x + track.width * fraction;
    await this.page.mouse.move(x, box.y + box.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** What axe finds wrong in the page as it is now (nothing, or one line per rule broken). */
  axe(): Promise<string[]> {
    return axeViolations(this.page);
  }

  /**
   * What `check` finds wrong in the page in the colour scheme it is in and
   * then in the other, each line saying which; the page is left in the scheme
   * it was in. The scheme changes nothing but colours, so one state of the
   * page is checked in both.
   */
  async inBothSchemes(check: () => Promise<string[]>): Promise<string[]> {
    const dark = await this.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    const order = dark ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
    const found: string[] = [];
    for (const colorScheme of order) {
      await this.page.emulateMedia({ colorScheme });
      for (const line of await check()) found.push(`${colorScheme}: ${line}`);
    }
    await this.page.emulateMedia({ colorScheme: order[0] });
    return found;
  }

  /** What axe finds wrong in the page (or the part `include` selects), in both colour schemes. */
  axeInBothSchemes(include?: string): Promise<string[]> {
    return this.inBothSchemes(() => axeViolations(this.page, include));
  }
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, as a reader
 * would, and fails if focus falls back to the page on the way (lost) or the
 * target is not reached. Only reads where focus is: it never moves it.
 */
export async function tabTo(page: Page, target: Locator, { limit = 80, back = false } = {}): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    const where = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
    if (presses > 0) expect(where, `focus lost after ${presses} presses of Tab`).not.toBe('BODY');
    if (
      await target
        .evaluate((e) => e === document.activeElement, undefined, { timeout: 1000 })
        .catch(() => false)
    ) {
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
