import { useEffect, useRef } from 'react';
import { isHelloFromParent } from '../../lib/embed-hello';
import { lessonMessage, type LessonMessage } from '../../lib/lesson-message';

/**
 * In a frame, tells the page around it each step shown and when the last is
 * reached (see public/embed.js, which hands it on as a DOM event), so a
 * course page can mark the lesson done. The step is not private and the
 * course page's origin is not known, so it goes to any parent. The page's
 * script, if it starts late, says hello, and the step is sent again (see
 * lib/embed-hello.ts).
 */
export function useLessonMessages(step: number, count: number): void {
  const completed = useRef(false);
  const sent = useRef<LessonMessage | null>(null);
  useEffect(
    function tellParent() {
      if (count === 0 || window.parent === window) return;
      const message = lessonMessage(step, count, completed.current);
      completed.current = message.complete;
      sent.current = message;
      window.parent.postMessage(message, '*');
    },
    [step, count],
  );
  useEffect(function answerHello() {
    const hello = (event: MessageEvent) => {
      if (isHelloFromParent(event, window) && sent.current) window.parent.postMessage(sent.current, '*');
    };
    window.addEventListener('message', hello);
    return () => window.removeEventListener('message', hello);
  }, []);
}
