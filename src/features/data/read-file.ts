import type { MapEvent } from '../../lib/dataset';
import type { MapRead } from '../../lib/import/read-for-map';
import { gatherFromWorker } from './gather-from-worker';
import { bytesOf, type ReadDone, type ReadRequest } from './read-protocol';

/**
 * Reads a file in a Web Worker and gathers the events it sends back. Where
 * no worker can start, the same reading runs here instead. Aborting stops the
 * worker at once and rejects with an AbortError.
 */
export function readFile(request: ReadRequest, signal?: AbortSignal): Promise<MapRead> {
  return gatherFromWorker(
    () => new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' }),
    request,
    (events: MapEvent[]) => events,
    (events: MapEvent[], { read }: ReadDone) => (read.kind === 'read' ? { ...read, events } : read),
    () => readHere(request),
    signal,
  );
}

async function readHere({ name, input, options }: ReadRequest): Promise<MapRead> {
  const [{ readBytesAndLocate }, { locatePlaces }, { checkPlaces }, { bytes, charset }] = await Promise.all([
    import('../../lib/import/read-bytes'),
    import('./load-gazetteer'),
    import('./load-country-shapes'),
    bytesOf(input),
  ]);
  return readBytesAndLocate(name, bytes, charset, options, locatePlaces, checkPlaces);
}
