/**
 * What the history entry remembers besides the address: that a file from the
 * reader's computer was on screen, which no address can bring back. Read on
 * reload (see pickedFileBeforeReload) to say why the bundled events are shown.
 */
export interface HistoryMark {
  readonly wherewhenPicked: string;
}

/** Where the tab keeps the name of the file on screen as the page is left (see keepPickedOnLeave). */
const LEFT_WITH = 'wherewhen:picked-on-leave';

/** What each page found in its tab's storage, taken once: a second read (React's dev mode) finds the same. */
const taken = new WeakMap<object, string | null>();

/** The window parts read here: a test gives its own. */
export type MarkWindow = Pick<Window, 'history' | 'sessionStorage' | 'performance'>;

/**
 * Keeps, in the tab's session storage, the name of the file from the
 * reader's computer on screen as the page is left (or that none was). The
 * history entry's mark can be lost: a browser reloading while the page
 * rewrites its address (the map coming to rest, a window being dragged)
 * reloads the entry as it was before that rewrite, without its state.
 */
export function keepPickedOnLeave(name: string | null, win: MarkWindow = window): void {
  try {
    if (name === null) win.sessionStorage.removeItem(LEFT_WITH);
    else win.sessionStorage.setItem(LEFT_WITH, name);
  } catch {
    // Storage refused (a frame sandboxed without its origin, storage off): the history mark is all there is.
  }
}

/** The name kept as the last page in this tab was left, taken out of storage so it is said once. */
function takeLeftWith(win: MarkWindow): string | null {
  if (taken.has(win)) return taken.get(win) ?? null;
  let name: string | null = null;
  try {
    name = win.sessionStorage.getItem(LEFT_WITH);
    win.sessionStorage.removeItem(LEFT_WITH);
  } catch {
    // As above: nothing kept.
  }
  taken.set(win, name);
  return name;
}

function reloaded(win: MarkWindow): boolean {
  const [entry] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload';
}

/**
 * The name of the picked file the page showed before it was reloaded: from
 * the history entry (a reload, or Back and Forward to it from another page),
 * else, on a reload, from what the page kept as it was left.
 */
export function pickedFileBeforeReload(win: MarkWindow = window): string | null {
  // Taken whatever this page's way here: a kept name is about the page left just before.
  const leftWith = takeLeftWith(win);
  return markedFile(win) ?? (reloaded(win) ? leftWith : null);
}

/** The name of the picked file the history entry is marked with, if any. */
export function markedFile(win: Pick<Window, 'history'> = window): string | null {
  const state: unknown = win.history.state;
  if (typeof state !== 'object' || state === null || !('wherewhenPicked' in state)) return null;
  const name = (state as { wherewhenPicked: unknown }).wherewhenPicked;
  return typeof name === 'string' ? name : null;
}
