import { playbackStart, playbackStep, stepDays } from '../../lib/playback';
import { appStore } from '../../store/app-store';

const TICK_MS = 125;
/** With reduced motion, the window jumps once a second by as much as eight ticks would move it. */
const REDUCED_TICK_MS = 1000;
const REDUCED_STEPS = 8;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** One step of playback forward (1) or back (-1), as the step buttons do; a reader's step stops playback. */
export function stepOnce(direction: 1 | -1, source: 'user' | 'playback' = 'user'): boolean {
  const s = appStore.getState();
  if (!s.timeView || !s.timeWindow) return true;
  const steps = reducedMotion() ? REDUCED_STEPS : 1;
  const days = direction * stepDays(s.timeView, s.speed, steps);
  const { window, done } = playbackStep(s.timeView, s.timeWindow, s.playbackMode, days);
  s.setTimeWindow(window.start, window.end, source);
  return done;
}

/** Runs playback while the store says it is playing; returns the way to stop. */
export function followPlaying(): () => void {
  let timer = 0;
  const start = () => {
    const s = appStore.getState();
    const extent = s.dataset?.index.extent;
    if (!extent || !s.timeView || !s.timeWindow) return;
    const from = playbackStart(extent, s.timeView, s.timeWindow, s.playbackMode);
    s.setTimeWindow(from.start, from.end, 'playback');
    timer = window.setInterval(tick, reducedMotion() ? REDUCED_TICK_MS : TICK_MS);
  };
  const tick = () => {
    const s = appStore.getState();
    if (!s.playing) return;
    if (!stepOnce(1, 'playback')) return;
    // At the end: start over when looping (the window is at the end, so playbackStart rewinds).
    const now = appStore.getState();
    const extent = now.dataset?.index.extent;
    if (now.loop && extent && now.timeView && now.timeWindow) {
      const again = playbackStart(extent, now.timeView, now.timeWindow, now.playbackMode);
      now.setTimeWindow(again.start, again.end, 'playback');
    } else {
      now.setPlaying(false);
    }
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
