import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { dataHosts } from '../../config';
import { addressWithout } from '../../lib/address';
import { dataAccess } from '../../lib/data-hosts';
import { dataFileName } from '../../lib/data-file-name';
import { isFramedEmbed, mayLoadFrom, type Consent } from '../../lib/host-consent';
import type { AppStore } from '../../store/app-store';
import { fetchData } from './fetch-text';
import { couldNotLoad } from './words';
import { WordedError } from '../../lib/worded-error';
import { importFile } from './import-file';

/**
 * Loads `?data=<url>`: from the app's own host or a host the site owner
 * listed at once; from another host once the reader agrees (asked once per
 * host and browser), or at once in a frame whose page chose it. Throws with
 * the reason, in words, when it cannot; 'declined' when the reader chose the
 * bundled events instead (the address no longer has `?data=`). `consent`
 * comes from the page's chunk, which shows the question: a lazy chunk that
 * imported it would make the bundler split React out of the first chunk.
 */
export async function loadDataLink(
  store: AppStore,
  url: string,
  consent: Consent,
  signal?: AbortSignal,
): Promise<'loaded' | 'declined'> {
  const access = dataAccess(url, window.location.origin, dataHosts);
  if (access.kind === 'refused') throw new Error(access.message);
  // A framed embed's page chose the data; it has no one to ask either (see below).
  const embedded = isFramedEmbed(window);
  if (!(await mayLoadFrom(access, embedded, consent, signal))) {
    // The address says what is shown: the bundled events, the rest of the view kept.
    window.history.replaceState(window.history.state, '', withoutData());
    return 'declined';
  }
  const fetched = await fetchData(url, signal);
  if (signal?.aborted) return 'loaded';
  const name = dataFileName(url);
  const source = { kind: 'url', url, input: fetched } as const;
  // A framed embed has no one to ask: rows whose dates need an answer are refused there, each saying so.
  const outcome = await importFile(store, name, source, embedded ? { noQuestions: true } : {}, signal);
  if (outcome.kind === 'failed') {
    const report = outcome.report ? { name, report: outcome.report } : undefined;
    const reason = outcome.message;
    store.getState().datasetFailed(() => couldNotLoad(reason), true, report);
    return 'loaded';
  }
  if (outcome.kind === 'needs-mapping') {
    if (embedded) {
      const swap = outcome.questions.swap;
      if (outcome.match.missing.length === 0 && swap) {
        const { example } = swap;
        const total = swap.of;
        throw new WordedError(() => {
          const swapped = i18n.number(swap.rows);
          return t({
            comment:
              'Follows "The events could not be loaded:". {example} is one row\'s coordinates, from the file',
            message: plural(total, {
              one: `in ${name}, ${swapped} of # row only makes sense with latitude and longitude exchanged (${example}): open the full map to say which way round it is`,
              other: `in ${name}, ${swapped} of # rows only make sense with latitude and longitude exchanged (${example}): open the full map to say which way round it is`,
            }),
          });
        });
      }
      throw new WordedError(() =>
        t({
          comment: 'Follows "The events could not be loaded:"',
          message: `${name} has columns that could not be matched by their names: open the full map to choose how they are read`,
        }),
      );
    }
    // The reader chooses the columns, as for a file of their own: the dialog opens on it.
    store
      .getState()
      .datasetFailed(
        () => t`${name} needs you to choose how its columns are read before its events can be shown.`,
        true,
      );
    store.getState().requestImport({ name, source, options: {} });
  }
  return 'loaded';
}

/** This page's address without `?data=`. */
function withoutData(): string {
  return `${addressWithout(window.location.search, window.location.pathname, ['data'])}${window.location.hash}`;
}
