import { appStore } from '../../store/app-store';

/** Closes the details and puts focus back where the reader was: the event's item in the list. */
export function closeDetails(): void {
  const { selectedId, selectEvent } = appStore.getState();
  selectEvent(null, 'list');
  if (selectedId !== null) {
    document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`)?.focus();
  }
}
