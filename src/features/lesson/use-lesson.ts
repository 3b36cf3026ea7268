import { useEffect, useState } from 'react';
import type { Lesson } from '../../lib/lesson';
import { loadLesson, type Loaded } from './load-lesson';

/** A question to the reader before a lesson is fetched from another host, and how to answer it. */
export interface LessonQuestion {
  readonly host: string;
  readonly answer: (open: boolean) => void;
}

/**
 * The lesson an address names (see loadLesson), loaded once per name; null while it loads. `onLesson`
 * hears the lesson when it arrives, before it is drawn.
 */
export function useLesson(
  name: string,
  onLesson: (lesson: Lesson) => void,
): { loaded: Loaded | null; question: LessonQuestion | null } {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [question, setQuestion] = useState<LessonQuestion | null>(null);
  useEffect(
    function load() {
      const controller = new AbortController();
      const ask = (host: string) =>
        new Promise<boolean>((resolve) => {
          setQuestion({
            host,
            answer: (open) => {
              setQuestion(null);
              resolve(open);
            },
          });
        });
      void loadLesson(name, ask, controller.signal).then((result) => {
        if (controller.signal.aborted) return;
        if ('lesson' in result) onLesson(result.lesson);
        setLoaded(result);
      });
      return function cancel() {
        controller.abort();
        setQuestion(null);
      };
    },
    // Once per name: the player's callback changes with each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [name],
  );
  return { loaded, question };
}
