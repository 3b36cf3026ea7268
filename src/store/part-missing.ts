import { appStore } from './app-store';

/**
 * For a lazy chunk that could not be fetched (offline, or the site updated since the page
 * opened): the reader is told over the map, and the console why. The page goes on without it.
 */
export function partMissing(error: unknown): void {
  console.warn('A part of the page could not be loaded:', error);
  appStore.getState().reportPartMissing();
}
