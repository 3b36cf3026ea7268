import type { Page } from '@playwright/test';
import { expect, MapPage, test } from './driver';
import { PAYLOADS } from './fixtures/hostile';
import { hostileLessonFile } from './fixtures/hostile-lesson';
import { expectInert } from './inert';

/**
 * The hostile payloads in every field of a lesson the page opens. Until lessons can be opened from
 * elsewhere, the file is served in the place of the shipped example lesson (the page fetches it).
 */
async function serveLesson(page: Page, lesson: unknown) {
  await page.route(/\/lesson-example[^/]*\.json$/, (route) =>
    route.fulfill({ body: JSON.stringify(lesson), contentType: 'application/json' }),
  );
}

test('hostile text in every field of a lesson is shown as text in the bar and on the worksheet, and runs nothing', async ({
  page,
}) => {
  const lesson = hostileLessonFile();
  await serveLesson(page, lesson);
  const map = new MapPage(page);
  await map.open('/?lesson=example');
  const bar = page.locator('section.lesson-bar');
  await expect(bar.getByRole('heading', { level: 2 })).toContainText(lesson.title);
  await expect(bar).toContainText(`Step 1 of ${lesson.steps.length}`);
  await expectInert(page);

  // Every step, by keyboard: its heading and question as written, its search in the search box.
  await bar.focus();
  for (const [i, step] of lesson.steps.entries()) {
    if (i > 0) await page.keyboard.press('PageDown');
    await expect(bar.getByRole('heading', { level: 3 })).toHaveText(step.heading);
    await expect(bar.locator('.lesson-question')).toContainText(step.question);
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
      new URLSearchParams(step.view).get('q')!,
    );
  }
  await expectInert(page);

  // On paper: every field of every step, as text.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('article.worksheet');
  await expect(sheet).toBeVisible();
  const sections = sheet.getByRole('region');
  await expect(sections).toHaveCount(lesson.steps.length);
  for (const [i, step] of lesson.steps.entries()) {
    const section = sections.nth(i);
    await expect(section).toHaveAccessibleName(step.heading);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(step.heading);
    await expect(section).toContainText(step.question);
  }
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expectInert(page);
});

test('a payload as a step’s view is refused with the step and field named, as text', async ({ page }) => {
  const lesson = hostileLessonFile();
  await serveLesson(page, {
    ...lesson,
    steps: PAYLOADS.slice(0, 50).map((view, i) => ({ ...lesson.steps[i % lesson.steps.length]!, view })),
  });
  const map = new MapPage(page);
  await map.open('/?lesson=example');
  const problem = page.getByRole('region', { name: 'The lesson could not be opened' });
  await expect(problem).toContainText(
    'The lesson file has problems: step 1, field "view": has parameter "<script>',
  );
  await expect(problem).toContainText('step 50, field "view"');
  await expectInert(page);
});
