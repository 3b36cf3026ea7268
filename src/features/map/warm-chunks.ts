import { lazyModule, type LazyModule } from '../../lib/lazy-module';
import { partMissing } from '../../store/part-missing';
import { clustersChunk } from './clusters-chunk';

/** What turns visible events into clusters, on the main thread or in a worker. */
export const clusterClientChunk = lazyModule(() => import('./cluster-client'));
/** The buttons and lists over clusters (a component: see EventLayer's `lazyPart`). */
export const clusterOverlayChunk = lazyModule(() => import('./ClusterOverlay').then((m) => m.ClusterOverlay));
/** What clusters are called, in words and on their markers. */
export const clusterNamesChunk = lazyModule(() => import('../../lib/cluster-names'));
/** The names of places under the markers. */
export const placeLabelsChunk = lazyModule(() => import('./place-labels'));

/**
 * Asks for the chunks the map needs as soon as its first events are in, from
 * the page's first script, alongside the events and the engine. Without it
 * each is fetched only when the one before has run: a chain of round trips,
 * each waiting behind the page's other work, between the events arriving and
 * their clusters. Nothing of them runs early: the modules are only fetched and
 * evaluated. A failure is told where the chunk is used (it is fetched again, and said).
 */
export function warmMapChunks(): void {
  for (const chunk of [
    clustersChunk,
    clusterClientChunk,
    clusterOverlayChunk,
    clusterNamesChunk,
    placeLabelsChunk,
  ]) {
    chunk.load().catch(() => undefined);
  }
}

/**
 * Runs `run` with the chunk's module: at once when it is in (no wait for a task), else when it
 * arrives; if it cannot be fetched, the reader is told (store/part-missing).
 */
export function withChunk<T>(chunk: LazyModule<T>, run: (module: T) => void): void {
  const module = chunk.loaded();
  if (module) run(module);
  else chunk.load().then(run, partMissing);
}
