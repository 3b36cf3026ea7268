import { shortcutOf } from '../../lib/shortcut-keys';
import { appStore } from '../../store/app-store';
import { selectVisiblePositions } from '../../store/selectors';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Selects the next (1) or previous (-1) event in the list, and moves focus to it. */
export function selectAdjacent(direction: 1 | -1): void {
  const state = appStore.getState();
  const { dataset, selectedId } = state;
  const positions = selectVisiblePositions(state);
  if (!dataset || positions.length === 0) return;
  const current = selectedId === null ? -1 : positions.indexOf(dataset.byId.get(selectedId) ?? -1);
  const next =
    current < 0
      ? direction > 0
        ? 0
        : positions.length - 1
      : Math.min(positions.length - 1, Math.max(0, current + direction));
  const id = dataset.events[positions[next]!]!.id;
  state.selectEvent(id, 'key');
  // The details, which take the list's place, have focus; the list's row where the list shows
  // (a long list renders the row, scrolling it into view, first).
  const focus = (tries: number) => {
    const item = document.querySelector<HTMLElement>(`.event-list [data-event-id="${CSS.escape(id)}"]`);
    const target = item?.checkVisibility() ? item : document.getElementById('details-title');
    if (target) target.focus({ preventScroll: false });
    else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
  };
  requestAnimationFrame(() => focus(60));
}

/**
 * Page-wide keys: `/` search, `j`/`k` next and previous event, `?` help, on any keyboard layout
 * (see shortcutOf).
 * (Escape closing the details lives with the details.) Keys typed into a
 * field, with Ctrl, Alt or Meta, or under an open dialog, are left alone.
 */
export function listenForShortcuts(openHelp: () => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const shortcut = shortcutOf(e.key, e.code, e.shiftKey);
    if (shortcut === 'search') {
      const search = document.getElementById('event-search');
      if (!search) return;
      e.preventDefault();
      search.focus();
    } else if (shortcut === 'help') {
      e.preventDefault();
      openHelp();
    } else if (shortcut === 'next' || shortcut === 'previous') {
      e.preventDefault();
      selectAdjacent(shortcut === 'next' ? 1 : -1);
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
