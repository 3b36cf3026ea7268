import { useEffect, useRef } from 'react';
import { lessonMessage } from '../../lib/lesson-message';

/**
 * In a frame, tells the page around it each step shown and when the last is
 * reached (see public/embed.js, which hands it on as a DOM event), so a
 * course page can mark the lesson done. The step is not private and the
 * course page's origin is not known, so it goes to any parent; the map
 * listens to no message.
 */
export function useLessonMessages(step: number, count: number): void {
  const completed = useRef(false);
  useEffect(
    function tellParent() {
      if (count === 0 || window.parent === window) return;
      const message = lessonMessage(step, count, completed.current);
      completed.current = message.complete;
      window.parent.postMessage(message, '*');
    },
    [step, count],
  );
}
