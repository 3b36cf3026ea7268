import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  AUTOPLAY_OFF,
  autoplayAdvance,
  autoplayFirstStep,
  autoplayReducer,
  DEFAULT_AUTOPLAY_SECONDS,
  readAutoplay,
  type Autoplay,
} from '../../lib/lesson-autoplay';
import { READER_EVENTS } from './step-motion';

/** What the page marks as autoplay's own control: the one thing the reader may touch without stopping it. */
export const AUTOPLAY_CONTROL = 'data-autoplay-control';

export interface AutoplayControls {
  readonly autoplay: Autoplay;
  readonly seconds: number;
  setSeconds: (seconds: number) => void;
  start: () => void;
  stop: () => void;
}

/**
 * Plays a lesson's steps by themselves, one every `seconds`, for a classroom
 * display: from the step shown (the first, from the last), stopping at the
 * last step, at Stop, or at anything the reader does anywhere on the page (a
 * press, a key, the wheel, a touch). A link's `autoplay=<seconds>` starts it
 * as the lesson opens (a kiosk); an unusable value is reported with the
 * link's other unusable parts (share/url-sync.ts).
 */
export function useAutoplay(
  step: number,
  count: number,
  go: (step: number) => void,
  ready: boolean,
): AutoplayControls {
  const [linked] = useState(() => readAutoplay(window.location.search).seconds);
  const [seconds, setSeconds] = useState(linked ?? DEFAULT_AUTOPLAY_SECONDS);
  const [autoplay, dispatch] = useReducer(autoplayReducer, AUTOPLAY_OFF);
  const playing = autoplay.state === 'playing';

  const begin = useCallback(
    (interval: number) => {
      const first = autoplayFirstStep(step, count);
      if (first !== step) go(first);
      dispatch({ type: 'start', seconds: interval });
    },
    [step, count, go],
  );
  const linkStarted = useRef(false);
  useEffect(
    function startFromLink() {
      // Once, as soon as the lesson is in: a kiosk's link plays it without a click.
      if (!ready || linked === null || linkStarted.current) return;
      linkStarted.current = true;
      begin(linked);
    },
    [ready, linked, begin],
  );

  useEffect(
    function advance() {
      if (!playing || count === 0) return;
      if (step >= count) {
        dispatch({ type: 'stop', why: 'end' });
        return;
      }
      const timer = window.setTimeout(() => {
        const next = autoplayAdvance(step, count);
        go(next.step);
        if (next.last) dispatch({ type: 'stop', why: 'end' });
      }, autoplay.seconds * 1000);
      return function cancel() {
        window.clearTimeout(timer);
      };
    },
    // A new step (the reader's, or autoplay's own) gives the next one its whole interval.
    [playing, autoplay, step, count, go],
  );

  useEffect(
    function stopOnReader() {
      if (!playing) return;
      const stop = (e: Event) => {
        if (e.target instanceof Element && e.target.closest(`[${AUTOPLAY_CONTROL}]`)) return;
        dispatch({ type: 'stop', why: 'reader' });
      };
      const options = { capture: true, passive: true };
      for (const name of READER_EVENTS) window.addEventListener(name, stop, options);
      return function unbind() {
        for (const name of READER_EVENTS) window.removeEventListener(name, stop, options);
      };
    },
    [playing],
  );

  return {
    autoplay,
    seconds,
    setSeconds,
    start: () => begin(seconds),
    stop: () => dispatch({ type: 'stop', why: 'button' }),
  };
}
