/**
 * A lesson as a file: the name it is downloaded under, and how a file picked in "Your data" is told
 * to be a lesson rather than events.
 */

/** What every lesson file says of itself (see lesson.ts). */
const FORMAT = 'wherewhen-lesson';

/** Whether a file's text is a lesson's JSON (valid or not: `parseLesson` says what is wrong with it). */
export function isLessonText(text: string): boolean {
  // A quick look first: a large CSV is not parsed as JSON to learn that it is not a lesson.
  if (!text.trimStart().startsWith('{') || !text.includes(FORMAT)) return false;
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === FORMAT;
  } catch {
    return false;
  }
}

/** A file name for a lesson, from its title: its letters and digits, joined by hyphens. */
export function lessonFileName(title: string): string {
  const words = title
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
  const name = words.join('-').slice(0, 60).replace(/-+$/, '');
  return `${name || 'lesson'}.lesson.json`;
}
