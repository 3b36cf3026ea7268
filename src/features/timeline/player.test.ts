import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stepDays } from '../../lib/playback';
import { syntheticDataset } from '../../lib/synthetic';
import { appStore } from '../../store/app-store';
import { followPlaying, stepOnce } from './player';

const dataset = syntheticDataset(300, 5);
const extent = dataset.index.extent!;
let reduced = false;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  // The player reads the reader's motion setting and ticks on the window's timers.
  vi.stubGlobal('window', {
    matchMedia: () => ({ matches: reduced }),
    setInterval: (f: () => void, ms: number) => setInterval(f, ms),
    clearInterval: (id: number) => clearInterval(id),
  });
  await appStore.getState().needEngine();
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

beforeEach(() => {
  reduced = false;
  appStore.getState().datasetLoaded({ dataset, issues: [], total: dataset.events.length });
  appStore.getState().setLoop(false);
  appStore.getState().setPlaybackMode('window');
  appStore.getState().setTimeWindow(extent.start, extent.start + 60);
});

const win = () => appStore.getState().timeWindow!;

describe('the player', () => {
  it('moves a window of fixed width forward on each tick, never back, and stops at the end', () => {
    const stop = followPlaying();
    appStore.getState().setPlaying(true);
    const step = stepDays(appStore.getState().timeView!, appStore.getState().speed, 1);
    let last = win().start;
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(125);
      expect(win().end - win().start).toBe(60);
      // A step, or a jump over an empty stretch: always forward.
      expect(win().start - last).toBeGreaterThanOrEqual(step);
      last = win().start;
    }
    vi.advanceTimersByTime(10 * 60_000);
    expect(appStore.getState().playing).toBe(false);
    expect(win().end).toBe(appStore.getState().timeView!.end);
    stop();
  });

  it('starts over at the start when looping', () => {
    const stop = followPlaying();
    appStore.getState().setLoop(true);
    appStore.getState().setTimeWindow(extent.end - 60, extent.end);
    appStore.getState().setPlaying(true);
    // Started from the end: playback rewinds to the first event.
    expect(win().start).toBeLessThan(extent.end - 60);
    let wrapped = false;
    let last = win().start;
    for (let i = 0; i < 2000 && !wrapped; i++) {
      vi.advanceTimersByTime(125);
      wrapped = win().start < last;
      last = win().start;
    }
    expect(wrapped).toBe(true);
    expect(appStore.getState().playing).toBe(true);
    stop();
  });

  it('stops when the reader steps, and its own ticks stop with it; nothing moves once it is stopped', () => {
    const stop = followPlaying();
    appStore.getState().setPlaying(true);
    vi.advanceTimersByTime(250);
    stepOnce(1);
    expect(appStore.getState().playing).toBe(false);
    const after = win();
    vi.advanceTimersByTime(2000);
    expect(win()).toEqual(after);
    stop();
    appStore.getState().setPlaying(true);
    const started = win();
    vi.advanceTimersByTime(2000);
    expect(win()).toEqual(started);
  });

  it('with reduced motion, jumps once a second by eight steps', () => {
    reduced = true;
    const stop = followPlaying();
    appStore.getState().setPlaybackMode('cumulative');
    appStore.getState().setPlaying(true);
    const before = win();
    vi.advanceTimersByTime(999);
    expect(win()).toEqual(before);
    vi.advanceTimersByTime(1);
    const step = stepDays(appStore.getState().timeView!, appStore.getState().speed, 8);
    expect(win().end - before.end).toBeGreaterThanOrEqual(step);
    expect(win().start).toBe(before.start);
    stop();
  });
});
