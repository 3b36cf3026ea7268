/**
 * Autoplay for a lesson on a classroom display: the steps advance by
 * themselves, one every few seconds, and stop at the last step, or as soon as
 * the reader touches the page. This module holds the rules; the lesson
 * feature runs the timer and listens for the reader.
 */
import { t } from '@lingui/core/macro';
import type { DroppedParam } from './url-state';

/** The intervals the step bar offers, in seconds. */
export const AUTOPLAY_CHOICES: readonly number[] = [10, 20, 30, 60];
export const DEFAULT_AUTOPLAY_SECONDS = 20;
/** The shortest and longest interval a link may ask for, in seconds. */
export const AUTOPLAY_MIN = 5;
export const AUTOPLAY_MAX = 600;

/** Why autoplay stopped: the reader used the page, pressed Stop, or the last step was reached. */
export type AutoplayStop = 'reader' | 'button' | 'end';

export type Autoplay =
  | { readonly state: 'off' }
  | { readonly state: 'playing'; readonly seconds: number }
  | { readonly state: 'stopped'; readonly why: AutoplayStop };

export type AutoplayAction =
  | { readonly type: 'start'; readonly seconds: number }
  | { readonly type: 'stop'; readonly why: AutoplayStop };

export const AUTOPLAY_OFF: Autoplay = { state: 'off' };

/** The next state: a stop only stops what is playing, so a late timer or a stray key changes nothing. */
export function autoplayReducer(state: Autoplay, action: AutoplayAction): Autoplay {
  if (action.type === 'start') return { state: 'playing', seconds: action.seconds };
  return state.state === 'playing' ? { state: 'stopped', why: action.why } : state;
}

/** Where autoplay starts: from the step shown, or from the first when that is the last. */
export function autoplayFirstStep(step: number, count: number): number {
  return step >= count ? 1 : step;
}

/** What autoplay does when a step's time is up: shows the next step, and stops when that is the last. */
export function autoplayAdvance(step: number, count: number): { step: number; last: boolean } {
  const next = Math.min(step + 1, count);
  return { step: next, last: next >= count };
}

/** The interval a link's `autoplay=` asks for, or null with no such parameter (or one that cannot be used). */
export function readAutoplay(search: string): { seconds: number | null; dropped: DroppedParam[] } {
  const params = new URLSearchParams(search);
  const value = params.get('autoplay');
  if (value === null) return { seconds: null, dropped: [] };
  const seconds = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (seconds >= AUTOPLAY_MIN && seconds <= AUTOPLAY_MAX) return { seconds, dropped: [] };
  const min = AUTOPLAY_MIN;
  const max = AUTOPLAY_MAX;
  return {
    seconds: null,
    dropped: [
      {
        param: 'autoplay',
        message: t({
          comment:
            'Why the autoplay interval of a lesson link was not used, in a list of parts of the link that were ignored: {min} and {max} are numbers of seconds',
          message: `must be a whole number of seconds from ${min} to ${max}; the lesson waits for the reader instead`,
        }),
      },
    ],
  };
}
