import type { AppStore } from '../../store/app-store';
import { selectEngine } from '../../store/selectors';
import { viewOf } from '../../store/view';
import { LESSON_FRAGMENT } from '../../lib/lesson-fragment';

/** Writes any change still waiting, so a copied link is exactly the view on screen. */
export function currentLink(store: AppStore, win: Window = window): string {
  const state = store.getState();
  const engine = selectEngine(state);
  const query = engine
    ? engine.encodeView(viewOf(state), new URLSearchParams(win.location.search)).toString()
    : win.location.search.slice(1);
  // A lesson in the fragment goes with the view: the link opens the lesson at this step.
  const hash = win.location.hash.startsWith(LESSON_FRAGMENT) ? win.location.hash : '';
  return `${win.location.origin}${win.location.pathname}${query ? `?${query}` : ''}${hash}`;
}
