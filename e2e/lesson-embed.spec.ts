import { readFileSync } from 'node:fs';
import type { Lesson } from '../src/lib/lesson';
import { preferredHeight } from '../src/lib/embed-height';
import { expect, MapPage, test } from './driver';
import { startPlainSite, type OtherSite } from './other-site';

const lesson = JSON.parse(readFileSync('data/lessons/example.json', 'utf8')) as Lesson;
const total = lesson.steps.length;

/**
 * A course page on another local origin (127.0.0.1 is not localhost to the browser), with its own
 * server: it embeds the example lesson with the documented script and writes down what it hears.
 */
let page_ = '';
let site: OtherSite;
let host = '';
test.beforeAll(async () => {
  site = await startPlainSite((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page_);
  });
  host = site.origin;
});
test.afterAll(() => site.stop());
test.use({ otherOrigins: 'http://127.0.0.1:' });

type Heard = { step: number; of: number; complete: boolean };

/** The course page: its title, then the example lesson in a frame marked for the script, then `more`. */
const coursePage = (baseURL: string | undefined, more = '') =>
  `<!doctype html><html lang="en"><head><title>Course</title></head>
    <body style="margin:0"><main style="width:760px"><h1>A course</h1>
    <iframe src="${baseURL}/?embed=1&amp;lesson=example" title="Lesson" width="100%" height="500"
      style="border:0;max-width:100%" data-wherewhen-resize></iframe>${more}</main></body></html>`;

test('a course page on another origin hears each step of an embedded lesson and its completion, and fits the frame to the bar and the map', async ({
  page,
  baseURL,
}) => {
  page_ = coursePage(
    baseURL,
    `<iframe class="unmarked" src="${baseURL}/?embed=1&amp;lesson=example&amp;step=7" title="Another map"
      width="480" height="360" style="border:0"></iframe>
    <script src="${baseURL}/embed.js" async></script>
    <script>
      window.heard = [];
      document.addEventListener('wherewhen:lesson', function (e) {
        window.heard.push({ on: e.target.tagName, detail: e.detail });
      });
    </script>`,
  );
  await page.goto(`${host}/course.html`);
  const frame = page.frameLocator('iframe[data-wherewhen-resize]');
  const lessonBar = frame.getByRole('region', { name: lesson.title });
  await expect(lessonBar.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
  const heard = () =>
    page.evaluate(() => (window as unknown as { heard: { on: string; detail: Heard }[] }).heard);
  await expect.poll(heard).toEqual([{ on: 'IFRAME', detail: { step: 1, of: total, complete: false } }]);

  for (let n = 2; n <= total; n++) {
    await lessonBar.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(lessonBar.getByText(`Step ${n} of ${total}`, { exact: true })).toBeVisible();
  }
  const steps = Array.from({ length: total }, (_, i) => ({
    on: 'IFRAME',
    detail: { step: i + 1, of: total, complete: i + 1 === total },
  }));
  await expect.poll(heard).toEqual(steps);
  // Back a step after the last: still complete.
  await lessonBar.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect
    .poll(heard)
    .toEqual([...steps, { on: 'IFRAME', detail: { step: total - 1, of: total, complete: true } }]);

  // The frame is as tall as the header, the bar, the timeline and a map for its width.
  const iframe = page.locator('iframe[data-wherewhen-resize]');
  const fitted = async () => {
    const parts = await frame.locator('html').evaluate((html) => {
      const h = (s: string) => html.querySelector(s)!.getBoundingClientRect().height;
      return {
        width: html.clientWidth,
        header: h('.header'),
        timeline: h('.layout > .timeline'),
        bar: h('.lesson-bar'),
      };
    });
    const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    return height === preferredHeight(parts.width, parts.header, parts.timeline, parts.bar);
  };
  await expect.poll(fitted).toBe(true);
  // The step's text folded away, the frame shrinks with the bar.
  const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  await lessonBar.getByRole('button', { name: 'Hide the step’s text' }).click();
  await expect.poll(fitted).toBe(true);
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(before);

  // The same message from anything but the lesson's frame is not handed on: neither from a map
  // frame the page has not marked as one (on its last step, complete), nor from the page itself.
  await expect(
    page.frameLocator('iframe.unmarked').getByText(`Step ${total} of ${total}`, { exact: true }).first(),
  ).toBeVisible();
  const count = (await heard()).length;
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        // A listener added after embed.js's runs after it on the same message.
        window.addEventListener('message', function listen() {
          window.removeEventListener('message', listen);
          done();
        });
        window.postMessage({ type: 'wherewhen:lesson', step: 1, of: 7, complete: true }, '*');
      }),
  );
  expect((await heard()).length).toBe(count);
});

test('a script that starts after the lesson has sent its first step still hears it, and fits the frame', async ({
  page,
  baseURL,
}) => {
  // No script yet: the page adds it once the lesson shows its first step, as a slow or deferred
  // script would start. The map, told hello, sends its step and its height again.
  page_ = coursePage(baseURL);
  await page.goto(`${host}/course.html`);
  const lessonBar = page.frameLocator('iframe').getByRole('region', { name: lesson.title });
  await expect(lessonBar.getByText(`Step 1 of ${total}`, { exact: true })).toBeVisible();
  await page.evaluate((src) => {
    const w = window as unknown as { heard: unknown[] };
    w.heard = [];
    document.addEventListener('wherewhen:lesson', (e) => w.heard.push((e as CustomEvent).detail));
    const script = document.createElement('script');
    script.src = src;
    document.body.append(script);
  }, `${baseURL}/embed.js`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
    .toEqual([{ step: 1, of: total, complete: false }]);
  await expect.poll(() => page.locator('iframe').evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
});

test.describe('in a small frame', () => {
  test.use({ viewport: { width: 480, height: 360 } });

  test('the bar folds the step’s text, the step’s event leaves the events panel shut, and the map keeps more room than the bar', async ({
    page,
  }) => {
    const map = new MapPage(page);
    await map.open('/?embed=1&lesson=example&step=3');
    const lessonBar = page.locator('section.lesson-bar');
    await expect(lessonBar.getByRole('heading', { level: 3 })).toHaveText(lesson.steps[2]!.heading);
    await expect(lessonBar.getByRole('button', { name: 'Show the step’s text' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByRole('button', { name: /^Events \(/ })).toHaveAttribute('aria-expanded', 'false');
    const g = await page.evaluate(() => {
      const bar = document.querySelector('.lesson-bar')!;
      return {
        scrolls: bar.scrollHeight > bar.clientHeight,
        bar: bar.getBoundingClientRect().height,
        map: document.querySelector('.map')!.getBoundingClientRect().height,
      };
    });
    expect(g.scrolls, 'the bar scrolls').toBe(false);
    expect(g.map).toBeGreaterThan(g.bar);
    expect(await map.axeInBothSchemes()).toEqual([]);
  });
});
