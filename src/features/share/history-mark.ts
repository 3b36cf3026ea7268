/**
 * What the history entry remembers besides the address: that a file from the
 * reader's computer was on screen, which no address can bring back. Read on
 * reload (see pickedFileBeforeReload) to say why the bundled events are shown.
 */
export interface HistoryMark {
  readonly wherewhenPicked: string;
}

/** The name of the picked file the page showed before it was reloaded, from the history entry. */
export function pickedFileBeforeReload(win: Window = window): string | null {
  const state: unknown = win.history.state;
  if (typeof state !== 'object' || state === null || !('wherewhenPicked' in state)) return null;
  const name = (state as { wherewhenPicked: unknown }).wherewhenPicked;
  return typeof name === 'string' ? name : null;
}
