import type { DayRange } from '../../lib/playback';
import { STEP_MOVE_MS, windowAt } from '../../lib/window-tween';
import { appStore } from '../../store/app-store';

/** What the reader does that takes the view from the page: the move stops where it is. */
export const READER_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let stopMoving: (() => void) | null = null;

const stillPreferred = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Shows a step (`show` puts its view in the store at once, as a link's) and
 * then moves there: the map flies to the step's centre and zoom, and the
 * timeline's window eases from where it was to the step's, landing exactly on
 * it. With reduced motion, or before the events are in, it is a jump. A new
 * step, Back in the browser, or anything the reader does outside the step bar
 * (a drag, the wheel, a key) stops a move halfway.
 */
export function moveToStep(show: () => void): void {
  stopMoving?.();
  const before = appStore.getState().timeWindow;
  show();
  if (stillPreferred()) return;
  const state = appStore.getState();
  const request = state.mapRequest;
  // A step with no place of its own frames the events its window shows: that window at once, then.
  if (request && !request.view) return;
  if (request?.view) state.requestMapView(request.view, true);
  const after = state.timeWindow;
  if (before && after && (before.start !== after.start || before.end !== after.end))
    easeWindow(before, after);
}

/** What the reader does in the step bar (another step, the text folded) leaves the move alone. */
const inBar = (e: Event) => e.target instanceof Element && e.target.closest('.lesson-bar') !== null;

function easeWindow(from: DayRange, to: DayRange) {
  const store = appStore.getState();
  const begun = performance.now();
  let frame = 0;
  const onReader = (e: Event) => {
    if (!inBar(e)) stop();
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const name of READER_EVENTS) window.removeEventListener(name, onReader, true);
    window.removeEventListener('popstate', stop);
    if (stopMoving === stop) stopMoving = null;
    appStore.getState().setWindowMoving(false);
  };
  const step = (now: number) => {
    const t = (now - begun) / STEP_MOVE_MS;
    const w = windowAt(from, to, t);
    appStore.getState().setTimeWindow(w.start, w.end);
    if (t >= 1) stop();
    else frame = requestAnimationFrame(step);
  };
  store.setWindowMoving(true);
  store.setTimeWindow(from.start, from.end);
  for (const name of READER_EVENTS) window.addEventListener(name, onReader, { capture: true, passive: true });
  window.addEventListener('popstate', stop);
  stopMoving = stop;
  frame = requestAnimationFrame(step);
}
