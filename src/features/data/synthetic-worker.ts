import { packedBuffers, packEvents } from '../../lib/packed-events';
import { syntheticMetadata, syntheticSorted } from '../../lib/synthetic';
import { SYNTHETIC_BATCH, type FromSyntheticWorker, type SyntheticRequest } from './synthetic-protocol';

/**
 * Makes the synthetic events off the page's thread (at 1,000,000 events,
 * seconds of work) and sends them back sorted, in batches, so the page only
 * indexes them and never sorts them again. The batches are packed (typed
 * arrays handed over, not copied): as objects, receiving them cost the page
 * about as much as making them.
 */
function reply(message: FromSyntheticWorker, transfer: Transferable[] = []) {
  self.postMessage(message, { transfer });
}

self.onmessage = (e: MessageEvent<SyntheticRequest>) => {
  const { count, seed } = e.data;
  const events = syntheticSorted(count, seed);
  for (let i = 0; i < events.length; i += SYNTHETIC_BATCH) {
    const packed = packEvents(events.slice(i, i + SYNTHETIC_BATCH));
    reply({ type: 'events', events: packed }, packedBuffers(packed));
  }
  reply({ type: 'done', metadata: syntheticMetadata(count, seed) });
};
