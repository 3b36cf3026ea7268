import type { MapEvent } from '../../lib/dataset';
import type { MapRead } from '../../lib/import/read-for-map';
import { bytesOf, type FromReadWorker, type ReadRequest } from './read-protocol';

/**
 * Reads a file in a Web Worker and gathers the events it sends back. Where
 * no worker can start, the same reading runs here instead. Aborting stops the
 * worker at once and rejects with an AbortError.
 */
export function readFile(request: ReadRequest, signal?: AbortSignal): Promise<MapRead> {
  return new Promise<MapRead>((resolve, reject) => {
    const aborted = () => reject(new DOMException('The reading was cancelled', 'AbortError'));
    if (signal?.aborted) return aborted();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      readHere(request).then(resolve, reject);
      return;
    }
    const events: MapEvent[] = [];
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      aborted();
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<FromReadWorker>) => {
      const message = e.data;
      if (message.type === 'events') {
        for (const event of message.events) events.push(event);
        return;
      }
      stop();
      resolve(message.read.kind === 'read' ? { ...message.read, events } : message.read);
    };
    worker.onerror = (e) => {
      // The worker's script could not load or run: read on this thread instead.
      e.preventDefault();
      stop();
      if (signal?.aborted) return;
      readHere(request).then(resolve, reject);
    };
    worker.postMessage(request);
  });
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
