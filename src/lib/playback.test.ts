import { describe, expect, it } from 'vitest';
import { playbackStart, playbackStep, stepDays } from './playback';

const extent = { start: 0, end: 999 };
const view = extent;

describe('stepDays', () => {
  it('moves a share of the axis per step, faster at higher speeds', () => {
    expect(stepDays(view, 1)).toBe(6);
    expect(stepDays(view, 2)).toBe(13);
    expect(stepDays(view, 4)).toBe(25);
  });

  it('moves at least a day', () => {
    expect(stepDays({ start: 0, end: 9 }, 1)).toBe(1);
  });
});

describe('playbackStart', () => {
  it('turns a window over the whole axis into one tenth of it at the start', () => {
    expect(playbackStart(extent, view, { start: 0, end: 999 }, 'window')).toEqual({ start: 0, end: 100 });
  });

  it('keeps a narrower window where it is', () => {
    expect(playbackStart(extent, view, { start: 300, end: 350 }, 'window')).toEqual({ start: 300, end: 350 });
  });

  it('starts over when the window is at the end', () => {
    expect(playbackStart(extent, view, { start: 900, end: 999 }, 'window')).toEqual({ start: 0, end: 99 });
    expect(playbackStart(extent, view, { start: 0, end: 999 }, 'cumulative')).toEqual({ start: 0, end: 0 });
  });

  it('starts over at the first event the filters keep, not on empty years', () => {
    expect(playbackStart(extent, view, { start: 0, end: 999 }, 'window', 400)).toEqual({
      start: 400,
      end: 500,
    });
    expect(playbackStart(extent, view, { start: 0, end: 999 }, 'window', 950)).toEqual({
      start: 899,
      end: 999,
    });
    expect(playbackStart(extent, view, { start: 0, end: 999 }, 'cumulative', 400)).toEqual({
      start: 0,
      end: 400,
    });
  });

  it('grows cumulative playback from the start of the axis up to the current end', () => {
    expect(playbackStart(extent, view, { start: 300, end: 350 }, 'cumulative')).toEqual({
      start: 0,
      end: 350,
    });
  });
});

describe('playbackStep', () => {
  it('moves a window forward keeping its width', () => {
    expect(playbackStep(view, { start: 100, end: 199 }, 'window', 10)).toEqual({
      window: { start: 110, end: 209 },
      done: false,
    });
  });

  it('stops a window at the end of the axis and says it is done', () => {
    expect(playbackStep(view, { start: 890, end: 989 }, 'window', 25)).toEqual({
      window: { start: 900, end: 999 },
      done: true,
    });
  });

  it('steps back, stopping at the start', () => {
    expect(playbackStep(view, { start: 5, end: 104 }, 'window', -10)).toEqual({
      window: { start: 0, end: 99 },
      done: true,
    });
  });

  it('grows the window in cumulative mode, keeping everything from the start', () => {
    expect(playbackStep(view, { start: 0, end: 500 }, 'cumulative', 25)).toEqual({
      window: { start: 0, end: 525 },
      done: false,
    });
    expect(playbackStep(view, { start: 0, end: 990 }, 'cumulative', 25)).toEqual({
      window: { start: 0, end: 999 },
      done: true,
    });
  });
});
