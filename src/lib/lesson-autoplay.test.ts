import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTOPLAY_MAX,
  AUTOPLAY_MIN,
  AUTOPLAY_OFF,
  autoplayAdvance,
  autoplayFirstStep,
  autoplayReducer,
  readAutoplay,
} from './lesson-autoplay';

describe('autoplayReducer', () => {
  it('starts with the interval chosen', () => {
    expect(autoplayReducer(AUTOPLAY_OFF, { type: 'start', seconds: 20 })).toEqual({
      state: 'playing',
      seconds: 20,
    });
  });

  it('stops what is playing, saying why', () => {
    const playing = autoplayReducer(AUTOPLAY_OFF, { type: 'start', seconds: 10 });
    expect(autoplayReducer(playing, { type: 'stop', why: 'reader' })).toEqual({
      state: 'stopped',
      why: 'reader',
    });
    expect(autoplayReducer(playing, { type: 'stop', why: 'end' })).toEqual({ state: 'stopped', why: 'end' });
  });

  it('leaves a stopped or unstarted autoplay as it is: the reason it stopped first stays', () => {
    expect(autoplayReducer(AUTOPLAY_OFF, { type: 'stop', why: 'reader' })).toBe(AUTOPLAY_OFF);
    const ended = { state: 'stopped', why: 'end' } as const;
    expect(autoplayReducer(ended, { type: 'stop', why: 'reader' })).toBe(ended);
  });
});

describe('autoplay steps', () => {
  it('moves one step on and stops at the last', () => {
    expect(autoplayAdvance(1, 7)).toEqual({ step: 2, last: false });
    expect(autoplayAdvance(6, 7)).toEqual({ step: 7, last: true });
    expect(autoplayAdvance(7, 7)).toEqual({ step: 7, last: true });
  });

  it('never goes past the last step, nor back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (a, b) => {
        const [step, count] = [Math.min(a, b), Math.max(a, b)];
        const next = autoplayAdvance(step, count);
        expect(next.step).toBeGreaterThanOrEqual(step);
        expect(next.step).toBeLessThanOrEqual(count);
        expect(next.last).toBe(next.step === count);
      }),
    );
  });

  it('starts from the step shown, or from the first at the last', () => {
    expect(autoplayFirstStep(3, 7)).toBe(3);
    expect(autoplayFirstStep(7, 7)).toBe(1);
    expect(autoplayFirstStep(1, 1)).toBe(1);
  });
});

describe('readAutoplay', () => {
  it('reads whole seconds within the limits', () => {
    expect(readAutoplay('?lesson=example&autoplay=20')).toEqual({ seconds: 20, dropped: [] });
    expect(readAutoplay(`autoplay=${AUTOPLAY_MIN}`).seconds).toBe(AUTOPLAY_MIN);
    expect(readAutoplay(`autoplay=${AUTOPLAY_MAX}`).seconds).toBe(AUTOPLAY_MAX);
  });

  it('says nothing without the parameter', () => {
    expect(readAutoplay('?lesson=example')).toEqual({ seconds: null, dropped: [] });
  });

  it.each(['', 'soon', '2.5', '-10', '1e2', '0x10', `${AUTOPLAY_MIN - 1}`, `${AUTOPLAY_MAX + 1}`, '99999'])(
    'drops %j, saying why',
    (value) => {
      const read = readAutoplay(`autoplay=${encodeURIComponent(value)}`);
      expect(read.seconds).toBeNull();
      expect(read.dropped).toEqual([{ param: 'autoplay', message: expect.stringContaining('seconds') }]);
    },
  );

  it('never throws, and gives an interval within the limits or none', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const { seconds } = readAutoplay(`autoplay=${encodeURIComponent(value)}`);
        if (seconds !== null) {
          expect(Number.isInteger(seconds)).toBe(true);
          expect(seconds).toBeGreaterThanOrEqual(AUTOPLAY_MIN);
          expect(seconds).toBeLessThanOrEqual(AUTOPLAY_MAX);
        }
      }),
    );
  });
});
