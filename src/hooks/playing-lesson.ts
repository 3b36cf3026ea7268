import { useSyncExternalStore } from 'react';
import type { Lesson } from '../lib/lesson';

/**
 * The lesson the page plays now, if any: the player says so (LessonPlayer); the Lesson panel offers
 * to write on it (EditPlayedLesson), and Copy link and Embed offer its file where its link is too long
 * (LongLessonLinkNote). They are lazy chunks of several features; this small module is what they share.
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
