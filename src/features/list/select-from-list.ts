import { appStore } from '../../store/app-store';

/** Opens an event chosen in the list: one function for every row, so a row drawn again with the same event is left alone. */
export function selectFromList(id: string): void {
  appStore.getState().selectEvent(id, 'list');
}
