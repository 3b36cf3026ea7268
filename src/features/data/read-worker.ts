import { setLanguage } from '../../lib/i18n/catalogues';
import { readBytesAndLocate } from '../../lib/import/read-bytes';
import { checkPlaces } from './load-country-shapes';
import { locatePlaces } from './load-gazetteer';
import { BATCH, bytesOf, type FromReadWorker, type ReadRequest } from './read-protocol';

/**
 * Reads a reader's file off the page's thread: parsing, checking every row
 * and sorting 200,000 rows takes seconds, during which the page stays usable.
 * The events come back in batches, the rest of the read last.
 */
function reply(message: FromReadWorker) {
  self.postMessage(message);
}

self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { name, input, options, locale } = e.data;
  // Its notes and problems are written in the page's language (English if its catalogue does not come).
  await setLanguage(locale).catch(() => setLanguage('en'));
  const { bytes, charset } = await bytesOf(input);
  const read = await readBytesAndLocate(name, bytes, charset, options, locatePlaces, checkPlaces);
  if (read.kind !== 'read') {
    reply({ type: 'done', read });
    return;
  }
  for (let i = 0; i < read.events.length; i += BATCH) {
    reply({ type: 'events', events: read.events.slice(i, i + BATCH) });
  }
  reply({ type: 'done', read: { ...read, events: [] } });
};
