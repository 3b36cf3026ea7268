import { LESSON_FRAGMENT } from '../../lib/lesson-fragment';
import { t } from '@lingui/core/macro';
import { isLessonText } from '../../lib/lesson-file';

/** Above this a picked file is not looked at as a lesson: no lesson the format allows comes near it. */
const MOST_LESSON_BYTES = 2_000_000;

/**
 * A lesson file picked in "Your data" (one the Lesson panel downloaded): checked, then played, by
 * putting it in the address's fragment as a lesson link carries it; the page plays what a link's
 * fragment holds (App's followLessonLinks). Says `not-a-lesson` for events, to be read as they are;
 * the problems, step by step and field by field, for a lesson file that is not right.
 */
export async function openLessonFile(file: Blob): Promise<'not-a-lesson' | 'opened' | { problems: string }> {
  if (file.size > MOST_LESSON_BYTES) return 'not-a-lesson';
  const text = await file.text();
  if (!isLessonText(text)) return 'not-a-lesson';
  // The lesson format's checks (zod) and the link's encoding come with lesson files only.
  const [{ parseLesson, lessonIssueText }, { encodeLesson }] = await Promise.all([
    import('../../lib/lesson'),
    import('../../lib/lesson-link'),
  ]);
  const result = parseLesson(JSON.parse(text));
  if (!result.ok) {
    const issues = result.issues.map(lessonIssueText).join('; ');
    return { problems: t`The lesson file has problems: ${issues}` };
  }
  window.location.hash = `${LESSON_FRAGMENT}${await encodeLesson(result.lesson)}`;
  return 'opened';
}
