import { datasetOfSorted, type Dataset, type MapEvent } from '../../lib/dataset';
import { unpackSynthetic } from '../../lib/synthetic-packed';
import { gatherFromWorker } from './gather-from-worker';
import type { SyntheticDone, SyntheticRequest } from './synthetic-protocol';

/**
 * The synthetic dataset, made in a Web Worker (sorted there, so the page
 * only indexes it); where no worker can start, made here instead. Aborting
 * rejects with an AbortError.
 */
export function makeSynthetic(request: SyntheticRequest, signal?: AbortSignal): Promise<Dataset> {
  return gatherFromWorker(
    () => new Worker(new URL('./synthetic-worker.ts', import.meta.url), { type: 'module' }),
    request,
    unpackSynthetic,
    (events: MapEvent[], done: SyntheticDone) => datasetOfSorted(done.metadata, events),
    () => makeHere(request),
    signal,
  );
}

async function makeHere({ count, seed }: SyntheticRequest): Promise<Dataset> {
  const { syntheticDataset } = await import('../../lib/synthetic');
  return syntheticDataset(count, seed);
}
