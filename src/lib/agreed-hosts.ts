/**
 * The hosts the reader agreed to load from (`?data=`, `?lesson=`), kept in this browser. Only a yes
 * is kept: a stored no would make links the reader later wants quietly show other events.
 */

/** Where the reader's "Load" is kept, one key per origin. */
const KEY = 'wherewhen:load-data-from:';

/** Whether the reader has agreed to load events from this origin in this browser before. */
export function agreedBefore(origin: string): boolean {
  try {
    return localStorage.getItem(KEY + origin) === 'yes';
  } catch {
    // Storage may be off (a private window, a setting): then the reader is asked each time.
    return false;
  }
}

export function rememberAgreed(origin: string): void {
  try {
    localStorage.setItem(KEY + origin, 'yes');
  } catch {
    // As above: not kept, asked again next time.
  }
}
