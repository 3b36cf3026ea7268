import { syntheticMetadata, syntheticSorted } from '../../lib/synthetic';
import { BATCH } from './read-protocol';
import type { FromSyntheticWorker, SyntheticRequest } from './synthetic-protocol';

/**
 * Makes the synthetic events off the page's thread (at 1,000,000 events,
 * seconds of work) and sends them back sorted, in batches, so the page only
 * indexes them and never sorts them again.
 */
function reply(message: FromSyntheticWorker) {
  self.postMessage(message);
}

self.onmessage = (e: MessageEvent<SyntheticRequest>) => {
  const { count, seed } = e.data;
  const events = syntheticSorted(count, seed);
  for (let i = 0; i < events.length; i += BATCH)
    reply({ type: 'events', events: events.slice(i, i + BATCH) });
  reply({ type: 'done', metadata: syntheticMetadata(count, seed) });
};
