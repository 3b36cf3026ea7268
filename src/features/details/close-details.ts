import { appStore } from '../../store/app-store';

/** Closes the details, which gives the list back its place, and puts focus back where the reader was: the event's item in the list. */
export function closeDetails(): void {
  const { selectedId, selectEvent } = appStore.getState();
  selectEvent(null, 'list');
  if (selectedId === null) return;
  // Once the list is back in the details' place, its item can take focus.
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`)?.focus(),
  );
}
