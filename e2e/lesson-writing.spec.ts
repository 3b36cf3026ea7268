import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { MAX_LINK_LENGTH } from '../src/lib/lesson-fragment';
import { expect, MapPage, tabTo, test } from './driver';
import { startSite, type OtherSite } from './other-site';

const panel = (page: Page) => page.getByRole('region', { name: 'Write a lesson' });
const steps = (page: Page) => panel(page).getByRole('list', { name: 'Steps' }).getByRole('listitem');
const playing = (page: Page, title: string) => page.getByRole('region', { name: `Lesson: ${title}` });

/** Opens the Lesson panel from the header, by keyboard. */
async function openPanel(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'Lesson', exact: true }));
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { name: 'Write a lesson' })).toBeFocused();
}

/** Types into the field that has focus, after what it holds is selected (so it is replaced). */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Searches the events by keyboard, and waits for the address to carry it (the view a step takes). */
async function search(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Search events' }).focus();
  await retype(page, words);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${words}(&|$)`));
}

/** Adds the view on screen as a step, by keyboard, and writes its words; focus starts on its heading. */
async function addStep(
  page: Page,
  words: { heading: string; text: string; question?: string },
  { back = false } = {},
) {
  // From the search, below the panel, the way back up is Shift+Tab.
  await tabTo(page, panel(page).getByRole('button', { name: 'Add this view as a step' }), { back });
  await page.keyboard.press('Enter');
  const step = steps(page).last();
  await expect(step.getByLabel('Heading')).toBeFocused();
  await page.keyboard.type(words.heading);
  await page.keyboard.press('Tab');
  await page.keyboard.type(words.text);
  if (words.question) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(words.question);
  }
}

/** The link the panel offers to copy. */
function lessonLink(page: Page): Promise<string> {
  return panel(page).getByRole('textbox', { name: 'Lesson link' }).inputValue();
}

async function expectPlaying(bar: Locator, n: number, of: number, heading: string) {
  await expect(bar.getByText(`Step ${n} of ${of}`, { exact: true })).toBeVisible();
  await expect(bar.getByRole('heading', { level: 3 })).toHaveText(heading);
}

test('a lesson of three steps is written with the keyboard alone, reordered, and its link plays it in a fresh browser', async ({
  page,
  browser,
}) => {
  const map = new MapPage(page);
  await map.open();
  await openPanel(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(panel(page).getByLabel('Lesson title')).toBeFocused();
  await page.keyboard.type('Three searches');

  await addStep(page, {
    heading: 'All of it',
    text: 'Every *event* on the map.',
    question: 'What stands out?',
  });
  await search(page, 'Kabul');
  await addStep(page, { heading: 'Kabul', text: 'Events that name Kabul.' }, { back: true });
  await search(page, 'Mastung');
  await addStep(page, { heading: 'Mastung', text: '- one\n- two' }, { back: true });
  await expect(steps(page)).toHaveCount(3);
  await expect(steps(page).nth(2)).toContainText('Shows all the dates');

  // The last step goes up one, by keyboard: focus stays on its button, in its new place, and the move is said.
  const up = steps(page).nth(2).getByRole('button', { name: 'Move up' });
  await tabTo(page, up);
  await page.keyboard.press('Enter');
  await expect(steps(page).nth(1).getByLabel('Heading')).toHaveValue('Mastung');
  await expect(steps(page).nth(1).getByRole('button', { name: 'Move up' })).toBeFocused();
  await expect(panel(page).locator('[aria-live="polite"]')).toHaveText('“Mastung” moved to step 2 of 3.');
  // At the top, the step's Move up is disabled: focus goes to its Move down.
  await page.keyboard.press('Enter');
  await expect(steps(page).nth(0).getByRole('button', { name: 'Move down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(steps(page).nth(1).getByRole('button', { name: 'Move down' })).toBeFocused();
  await expect(steps(page).nth(1).getByLabel('Heading')).toHaveValue('Mastung');

  // Preview shows a step's view on the map; the share part has the link.
  await steps(page).nth(2).getByRole('button', { name: 'Preview' }).press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Kabul');
  const link = await lessonLink(page);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#lesson=[\w-]+$/);
  expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  // The embed code plays the same lesson in a frame.
  const embed = await panel(page).getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(embed).toContain(`src="${link.replace('/#', '/?embed=1#')}"`);

  // Another browser, with nothing of this one's: the link alone carries the lesson.
  const other = await browser.newContext();
  try {
    const student = await other.newPage();
    await student.goto(link);
    const bar = playing(student, 'Three searches');
    await expectPlaying(bar, 1, 3, 'All of it');
    await expect(bar.getByRole('emphasis')).toHaveText('event');
    await expect(bar).toContainText('Question: What stands out?');
    await bar.getByRole('button', { name: 'Next' }).press('Enter');
    await expectPlaying(bar, 2, 3, 'Mastung');
    await expect(bar.getByRole('listitem')).toHaveText(['one', 'two']);
    await expect(student.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Mastung');
    await bar.focus();
    await student.keyboard.press('PageDown');
    await expectPlaying(bar, 3, 3, 'Kabul');
    await expect(student.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Kabul');
    // The Embed dialog, while the lesson plays, embeds the lesson at this step.
    await student.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = await student.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(/embed=1[^"]*#lesson=[\w-]+"/);
    expect(code).toContain('step=3');
  } finally {
    await other.close();
  }
});

test('a draft survives a reload, a corrupt one is reported, and Discard draft asks first; the panel passes axe in both schemes', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await page.getByRole('button', { name: 'Lesson', exact: true }).click();
  await panel(page).getByLabel('Lesson title').fill('Kept');
  await panel(page).getByRole('button', { name: 'Add this view as a step' }).click();
  await steps(page).first().getByLabel('Heading').fill('First');
  // An empty text is said to be wrong beside it, once the field is left.
  await steps(page).first().getByLabel('Text').focus();
  await steps(page).first().getByLabel('Heading').focus();
  await expect(steps(page).first().getByLabel('Text')).toHaveAttribute('aria-invalid', 'true');
  await expect(steps(page).first()).toContainText('must not be empty');
  await expect(panel(page)).toContainText('step 1, field "text": must not be empty');
  expect(await map.axeInBothSchemes()).toEqual([]);

  await page.reload();
  await map.settled();
  await page.getByRole('button', { name: 'Lesson', exact: true }).click();
  await expect(panel(page).getByLabel('Lesson title')).toHaveValue('Kept');
  await expect(steps(page)).toHaveCount(1);
  await expect(steps(page).first().getByLabel('Heading')).toHaveValue('First');

  // Discard asks first; "Keep the draft" keeps it.
  await panel(page).getByRole('button', { name: 'Discard draft' }).click();
  await expect(panel(page).getByRole('button', { name: 'Keep the draft' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('button', { name: 'Discard draft' })).toBeFocused();
  await expect(steps(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await panel(page).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(panel(page).getByLabel('Lesson title')).toHaveValue('');
  await expect(steps(page)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('wherewhen:lesson-draft:v1'))).toBeNull();

  // A draft that cannot be read is said so, and the page still works.
  await page.evaluate(() => localStorage.setItem('wherewhen:lesson-draft:v1', '{"title": 3'));
  await page.reload();
  await map.settled();
  await page.getByRole('button', { name: 'Lesson', exact: true }).click();
  await expect(panel(page)).toContainText('The lesson draft kept in this browser could not be read');
  await panel(page).getByRole('button', { name: 'Discard the kept draft' }).click();
  await expect(panel(page).getByLabel('Lesson title')).toBeVisible();
  await expect(map.count).toBeVisible();

  // On a phone the panel opens from More, which closes, and still passes axe.
  await page.setViewportSize({ width: 375, height: 740 });
  await panel(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('button', { name: 'More', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Lesson', exact: true }).click();
  await expect(panel(page).getByRole('heading', { name: 'Write a lesson' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  expect(await map.axeInBothSchemes()).toEqual([]);
});

test('a lesson too long for a link says so and is downloaded; the file opens again through Your data and plays; a wrong file says what is wrong', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open();
  await page.getByRole('button', { name: 'Lesson', exact: true }).click();
  await panel(page).getByLabel('Lesson title').fill('Long');
  const add = panel(page).getByRole('button', { name: 'Add this view as a step' });
  // Random letters do not compress: five steps of them make a link far past the limit.
  const noise = randomBytes(6000).toString('base64');
  for (let i = 0; i < 5; i++) {
    await add.click();
    await steps(page)
      .last()
      .getByLabel('Heading')
      .fill(`Part ${i + 1}`);
    await steps(page)
      .last()
      .getByLabel('Text')
      .fill(noise.slice(i * 1600, (i + 1) * 1600));
  }
  await expect(panel(page).getByText(/This lesson is too long for a link/)).toContainText(
    `links longer than ${MAX_LINK_LENGTH.toLocaleString('en')} are cut short`,
  );
  await expect(panel(page).getByRole('textbox', { name: 'Lesson link' })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Download lesson (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('long.lesson.json');
  const path = join(mkdtempSync(join(tmpdir(), 'wherewhen-')), 'long.lesson.json');
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'wherewhen-lesson', title: 'Long' });

  // A wrong lesson file: every problem, with its step and field.
  const wrong = join(mkdtempSync(join(tmpdir(), 'wherewhen-')), 'wrong.json');
  writeFileSync(
    wrong,
    JSON.stringify({
      format: 'wherewhen-lesson',
      version: 1,
      title: '',
      steps: [{ heading: 'x', view: '' }],
    }),
  );
  await map.pickFile(wrong);
  await expect(map.importDialog().getByRole('alert')).toContainText(
    'The lesson file has problems: field "title": must not be empty; step 1, field "text": is missing',
  );

  await map.importDialog().getByLabel('Choose a file, or drop it here').setInputFiles(path);
  await expect(map.importDialog()).toBeHidden();
  const bar = playing(page, 'Long');
  await expectPlaying(bar, 1, 5, 'Part 1');
  await bar.getByRole('button', { name: 'Next' }).click();
  await expectPlaying(bar, 2, 5, 'Part 2');

  // The file's lesson plays from the address, whole: its link is as long as the panel's was, and
  // Copy link says so, offers the file, and copies the long link only when asked.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const note = page.getByRole('status').filter({ hasText: 'This link would be' });
  await expect(note).toContainText(
    /This link would be [\d,]+ characters long, because it carries the whole lesson/,
  );
  const said = Number(
    /would be ([\d,]+) characters/.exec((await note.textContent())!)![1]!.replace(/,/g, ''),
  );
  await expect(note).toContainText('?lesson=');
  const again = page.waitForEvent('download');
  await note.getByRole('button', { name: 'Download lesson (JSON)' }).click();
  expect((await again).suggestedFilename()).toBe('long.lesson.json');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  await note.getByRole('button', { name: 'Copy the long link anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBe(said);
  expect(copied.length).toBeGreaterThan(MAX_LINK_LENGTH);
  expect(new URL(copied).hash).toBe(new URL(page.url()).hash);

  // The Embed code carries the same address: it says so above the code, which is still there.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view in a page' });
  await expect(dialog.getByText('This embed code carries the whole lesson in its address')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download lesson (JSON)' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/#lesson=/);
  expect(await map.axeInBothSchemes()).toEqual([]);
});

test('a lesson file opened while another lesson plays takes its place, from its first step, and a reload keeps it', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=4');
  const file = join(mkdtempSync(join(tmpdir(), 'wherewhen-')), 'two.lesson.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'wherewhen-lesson',
      version: 1,
      title: 'Two views',
      steps: [
        { heading: 'First view', text: 'One.', view: 'from=2021-08-01&to=2021-08-31' },
        { heading: 'Second view', text: 'Two.', view: 'from=2024-03-01&to=2024-03-31' },
      ],
    }),
  );
  await map.pickFile(file);
  await expect(map.importDialog()).toBeHidden();
  const bar = playing(page, 'Two views');
  await expectPlaying(bar, 1, 2, 'First view');
  // The address names the file's lesson alone: no ?lesson= of the other, and the new lesson's step.
  const query = () => new URL(page.url()).searchParams;
  expect(query().has('lesson')).toBe(false);
  expect(query().get('step')).toBe('1');
  await page.reload();
  await expectPlaying(playing(page, 'Two views'), 1, 2, 'First view');
});

test('the lesson played is taken into the panel to edit, once asked over a draft; a second tab follows the draft', async ({
  page,
}) => {
  const map = new MapPage(page);
  await map.open('/?lesson=example&step=2');
  const bar = page.getByRole('region', { name: /^Lesson: / });
  const title = (await bar.getByRole('heading', { level: 2 }).innerText()).replace(/^Lesson:\s*/, '');
  const headings = (
    await bar.getByRole('combobox', { name: 'Go to step' }).locator('option').allInnerTexts()
  ).map((option) => option.replace(/^\d+\.\s*/, '').replace(/[\u2068\u2069]/g, ''));
  expect(headings.length).toBeGreaterThan(2);

  await page.getByRole('button', { name: 'Lesson', exact: true }).click();
  await panel(page).getByLabel('Lesson title').fill('Mine');
  await expect(panel(page).getByText(`The lesson “${title}” is playing.`, { exact: false })).toBeVisible();
  // A draft with something in it is replaced only once the reader says so.
  const edit = panel(page).getByRole('button', { name: 'Edit this lesson' });
  await edit.click();
  await expect(
    panel(page).getByText('This replaces your draft “Mine” (0 steps).', { exact: false }),
  ).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Keep the draft' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  await expect(panel(page).getByLabel('Lesson title')).toHaveValue('Mine');

  await edit.click();
  await panel(page).getByRole('button', { name: 'Replace my draft' }).click();
  await expect(panel(page).getByLabel('Lesson title')).toHaveValue(title);
  await expect(panel(page).getByLabel('Lesson title')).toBeFocused();
  await expect(steps(page)).toHaveCount(headings.length);
  for (const [i, heading] of headings.entries())
    await expect(steps(page).nth(i).getByLabel('Heading')).toHaveValue(heading);
  await expect(edit).toHaveCount(0);
  // Taken in whole, it is a lesson at once: its link is offered.
  await expect(panel(page).getByRole('textbox', { name: 'Lesson link' })).toHaveValue(/#lesson=/);

  // The panel open in a second tab shows the draft, and each tab follows what the other writes.
  const other = await page.context().newPage();
  await new MapPage(other).open();
  await other.getByRole('button', { name: 'Lesson', exact: true }).click();
  await expect(panel(other).getByLabel('Lesson title')).toHaveValue(title);
  await panel(other).getByLabel('Lesson title').fill('Changed in the other tab');
  await expect(panel(page).getByLabel('Lesson title')).toHaveValue('Changed in the other tab');
  await expect(panel(page).getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible();
  await steps(page).first().getByLabel('Heading').fill('Rewritten here');
  await expect(steps(other).first().getByLabel('Heading')).toHaveValue('Rewritten here');
  await expect(panel(other).getByLabel('Lesson title')).toHaveValue('Changed in the other tab');
});

test('where the browser keeps nothing, the draft still lasts while the page does: closing the panel loses nothing', async ({
  page,
}) => {
  // Storage that refuses every write, as a full or a locked-down browser's does.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const map = new MapPage(page);
  await map.open();
  const lessonButton = page.getByRole('button', { name: 'Lesson', exact: true });
  await lessonButton.click();
  await panel(page).getByLabel('Lesson title').fill('Kept in the page');
  await panel(page).getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(panel(page).getByText(/This browser does not keep the draft/)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close', exact: true }).click();
  await lessonButton.click();
  await expect(panel(page).getByLabel('Lesson title')).toHaveValue('Kept in the page');
  await expect(steps(page)).toHaveCount(1);
});

test.describe('a lesson file from another host', () => {
  let site: OtherSite;
  const lesson = {
    format: 'wherewhen-lesson',
    version: 1,
    title: 'From afar',
    steps: [{ heading: 'Far step', text: 'Served elsewhere.', view: 'q=Kabul' }],
  };
  test.beforeAll(async () => {
    site = await startSite((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(JSON.stringify(lesson));
    });
  });
  test.afterAll(() => site.stop());
  test.use({ ignoreHTTPSErrors: true, otherOrigins: 'https://127.0.0.1:' });

  test('?lesson=<url> asks first, as ?data= does, then plays it', async ({ page }) => {
    const map = new MapPage(page);
    const host = new URL(site.origin).host;
    await map.open(`/?lesson=${encodeURIComponent(`${site.origin}/far.json`)}`);
    const question = page.getByRole('region', { name: 'Open a lesson from another site?' });
    await expect(question).toContainText(`This link opens a lesson from ${host}.`);
    await expect(question.getByRole('heading')).toBeFocused();
    await question.getByRole('button', { name: 'Open the lesson' }).click();
    const bar = playing(page, 'From afar');
    await expectPlaying(bar, 1, 1, 'Far step');
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Kabul');
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain(
      `wherewhen:load-data-from:${site.origin}`,
    );
  });
});
