import { parseDataset } from '../../lib/dataset';
import type { AppStore } from '../../store/app-store';
import datasetUrl from '../../../data/events.geojson?url';

/**
 * Fetches the dataset shipped with the app (from `data/`, served from the
 * same host) and hands the valid events and the rejected ones to the store.
 */
export async function loadBundledDataset(store: AppStore, signal?: AbortSignal): Promise<void> {
  try {
    const response = await fetch(datasetUrl, { signal });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    const json: unknown = await response.json();
    store.getState().datasetLoaded(parseDataset(json));
  } catch (error) {
    if (signal?.aborted) return;
    const reason =
      error instanceof SyntaxError ? 'the file is not valid JSON' : String((error as Error).message ?? error);
    store.getState().datasetFailed(`The events could not be loaded: ${reason}.`);
  }
}
