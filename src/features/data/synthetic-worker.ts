import { orderByDays } from '../../lib/dataset';
import { generateColumns, syntheticMetadata } from '../../lib/synthetic';
import { packedBuffers, packSynthetic } from '../../lib/synthetic-packed';
import { SYNTHETIC_BATCH, type FromSyntheticWorker, type SyntheticRequest } from './synthetic-protocol';

/**
 * Makes the synthetic events off the page's thread (at 1,000,000 events,
 * seconds of work) and sends them back sorted, in batches, so the page only
 * indexes them and never sorts them again. They are made as columns and
 * packed from them (typed arrays handed over, not copied): as objects, making
 * them cost the worker seconds, and receiving them cost the page about as much.
 */
function reply(message: FromSyntheticWorker, transfer: Transferable[] = []) {
  self.postMessage(message, { transfer });
}

self.onmessage = (e: MessageEvent<SyntheticRequest>) => {
  const { count, seed } = e.data;
  const columns = generateColumns(count, seed);
  const order = orderByDays(columns.start, columns.end);
  for (let i = 0; i < count; i += SYNTHETIC_BATCH) {
    const packed = packSynthetic(columns, order, i, Math.min(count, i + SYNTHETIC_BATCH));
    reply({ type: 'events', events: packed }, packedBuffers(packed));
  }
  reply({ type: 'done', metadata: syntheticMetadata(count, seed) });
};
