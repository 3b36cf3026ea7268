import { readAndLocate } from '../../lib/import/read-for-map';
import { checkPlaces } from './load-country-shapes';
import { locatePlaces } from './load-gazetteer';
import { BATCH, type FromReadWorker, type ReadRequest } from './read-protocol';

/**
 * Reads a reader's file off the page's thread: parsing, checking every row
 * and sorting 200,000 rows takes seconds, during which the page stays usable.
 * The events come back in batches, the rest of the read last.
 */
function reply(message: FromReadWorker) {
  self.postMessage(message);
}

self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { name, input, options } = e.data;
  const text = typeof input === 'string' ? input : await input.text();
  const read = await readAndLocate(name, text, options, locatePlaces, checkPlaces);
  if (read.kind !== 'read') {
    reply({ type: 'done', read });
    return;
  }
  for (let i = 0; i < read.events.length; i += BATCH) {
    reply({ type: 'events', events: read.events.slice(i, i + BATCH) });
  }
  reply({ type: 'done', read: { ...read, events: [] } });
};
