import { Trans } from '@lingui/react/macro';
import type { Lesson } from '../lib/lesson';
import { lessonFileName } from '../lib/lesson-file';

/** Saves the lesson as its JSON file, named for its title, which "Your data" and `?lesson=` open again. */
export function downloadLesson(lesson: Lesson): void {
  const blob = new Blob([`${JSON.stringify(lesson, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = lessonFileName(lesson.title);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

/** "Download lesson (JSON)": the lesson as a file, to keep, send or put online. */
export function DownloadLessonButton({ lesson }: { lesson: Lesson }) {
  return (
    <button type="button" className="button" onClick={() => downloadLesson(lesson)}>
      <Trans>Download lesson (JSON)</Trans>
    </button>
  );
}
