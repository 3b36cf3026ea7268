import type { Dataset } from '../../lib/dataset';
import { isFiltering } from '../../lib/filter-state';
import { memoLast } from '../../lib/memo';
import { playbackStart, playbackStep, stepDays } from '../../lib/playback';
import { describeSkip, eventDays, firstEventFrom, skipEmpty, type EventDays } from '../../lib/playback-skip';
import { appStore, type AppState } from '../../store/app-store';
import { selectPassingPositions } from '../../store/selectors';

const TICK_MS = 125;
/** With reduced motion, the window jumps once a second by as much as eight ticks would move it. */
const REDUCED_TICK_MS = 1000;
const REDUCED_STEPS = 8;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const daysOf = memoLast((index: Dataset['index'], passing: Int32Array | null) =>
  eventDays(index, passing ?? undefined),
);

/** The days of the events the filters keep: computed again only when the dataset or those events change. */
function keptDays(s: AppState): EventDays | null {
  return s.dataset ? daysOf(s.dataset.index, selectPassingPositions(s)) : null;
}

/**
 * One step of playback forward (1) or back (-1), as the step buttons do; a
 * reader's step stops playback. Playback's own steps jump over long empty
 * stretches and say so.
 */
export function stepOnce(direction: 1 | -1, source: 'user' | 'playback' = 'user'): boolean {
  const s = appStore.getState();
  if (!s.timeView || !s.timeWindow) return true;
  const steps = reducedMotion() ? REDUCED_STEPS : 1;
  const step = stepDays(s.timeView, s.speed, steps);
  let { window, done } = playbackStep(s.timeView, s.timeWindow, s.playbackMode, direction * step);
  const days = source === 'playback' && direction === 1 && !done ? keptDays(s) : null;
  if (days) {
    const jump = skipEmpty(days, s.timeView, window, s.playbackMode, step);
    if (jump.skipped) {
      window = jump.window;
      done = window.end >= s.timeView.end;
      const { skipped } = jump;
      const filtering = isFiltering(s.filters);
      s.setPlaybackNote(() => describeSkip(skipped, filtering));
    }
  }
  s.setTimeWindow(window.start, window.end, source);
  return done;
}

/** Where playback (re)starts: at the first event the filters keep. */
function startFrom(s: AppState) {
  const extent = s.dataset?.index.extent;
  if (!extent || !s.timeView || !s.timeWindow) return;
  const days = keptDays(s);
  const first = days ? firstEventFrom(days, s.timeView.start) : null;
  const from = playbackStart(extent, s.timeView, s.timeWindow, s.playbackMode, first);
  s.setTimeWindow(from.start, from.end, 'playback');
}

/** Runs playback while the store says it is playing; returns the way to stop. */
export function followPlaying(): () => void {
  let timer = 0;
  const start = () => {
    const s = appStore.getState();
    if (!s.timeView || !s.timeWindow) return;
    s.setPlaybackNote(null);
    startFrom(s);
    timer = window.setInterval(tick, reducedMotion() ? REDUCED_TICK_MS : TICK_MS);
  };
  const tick = () => {
    const s = appStore.getState();
    if (!s.playing) return;
    if (!stepOnce(1, 'playback')) return;
    // At the end: start over when looping (the window is at the end, so playbackStart rewinds).
    const now = appStore.getState();
    if (now.loop) startFrom(now);
    else now.setPlaying(false);
  };
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (state.playing === previous.playing) return;
    window.clearInterval(timer);
    if (state.playing) start();
  });
  if (appStore.getState().playing) start();
  return function stop() {
    unsubscribe();
    window.clearInterval(timer);
  };
}
