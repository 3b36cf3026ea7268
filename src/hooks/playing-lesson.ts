import { useSyncExternalStore } from 'react';
import type { Lesson } from '../../lib/lesson';

/**
 * The lesson the page plays now, if any: the player says so (LessonPlayer), and the Lesson panel
 * offers to write on it (LessonWriter's "Edit this lesson"). Both are lazy chunks; this small module
 * is what they share.
 */
let playing: Lesson | null = null;
const listeners = new Set<() => void>();

export function setPlayingLesson(lesson: Lesson | null): void {
  if (playing === lesson) return;
  playing = lesson;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The lesson played now, following it as lessons open and close. */
export function usePlayingLesson(): Lesson | null {
  return useSyncExternalStore(subscribe, () => playing);
}
