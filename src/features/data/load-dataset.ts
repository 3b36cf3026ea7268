import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { readDataSource } from '../../lib/data-source';
import type { AppStore } from '../../store/app-store';
import { loadEngine } from '../../store/engine';
import datasetUrl from 'virtual:bundled-dataset';
import { isCheckedFile, readCheckedDataset } from '../../lib/checked-dataset';
import { bundledLanguageFor, fetchBundledWords } from '../../store/bundled-translations';
import { withTranslations } from '../../lib/checked-translations';
import { startingLocale } from '../../lib/i18n/startup';
import { consent } from './host-question';
import { couldNotLoad } from './words';
import { WordedError, wordingOf } from '../../lib/worded-error';

/**
 * How long the events wait for their words in the reader's language: past this they are shown in
 * their own, and the words follow when they come (useBundledWords).
 */
const WORDS_WAIT_MS = 1500;
const wordsWait = () => new Promise<null>((resolve) => setTimeout(() => resolve(null), WORDS_WAIT_MS));

/** The bundled events, asked for by `startBundledLoad` before the page's components mount; taken once. */
let early: Promise<Response> | null = null;

/**
 * Called as the page's script starts (main.tsx), before React mounts: asks
 * for the bundled events (when the address asks for them) and the engine's
 * chunk at once, rather than after the page's first render and its chunks.
 */
export function startBundledLoad(search: string): void {
  if (readDataSource(search, window.location.href).kind !== 'bundled') return;
  early = fetch(datasetUrl);
  // Caught where it is used; a failed early request is only asked again.
  early.catch(() => undefined);
  // The words of the language the page opens in, alongside (none for English).
  const language = bundledLanguageFor(startingLocale().locale);
  if (language) void fetchBundledWords(language);
  loadEngine().catch(() => undefined);
}

/**
 * Loads the events the URL asks for: the dataset shipped with the app (from
 * `data/`, served from the same host), `?data=<url>` (from another host only
 * with the reader's agreement, or in a frame whose page chose it), or
 * `?synthetic=<n>&seed=<s>`. The
 * bundled events come checked by the build; the schema (for other files) is a
 * separate chunk, and the generator runs in a worker, fetched only when needed; the
 * filter and link engine comes alongside, in before the data is shown.
 */
export async function loadDataset(store: AppStore, search: string, signal?: AbortSignal): Promise<void> {
  const source = readDataSource(search, window.location.href);
  // The engine's chunk is fetched alongside the events, whatever their source (once for the page),
  // and is in before they are shown; a failure to fetch it is told where it is awaited.
  const engineIn = store.getState().needEngine();
  try {
    if (source.kind === 'synthetic') {
      // Made in a worker: at 1,000,000 events, seconds of work the page need not wait on.
      // A lazy chunk: only demos of scale ask for synthetic events.
      const { makeSynthetic } = await import('./make-synthetic');
      const dataset = await makeSynthetic({ count: source.count, seed: source.seed }, signal);
      await engineIn;
      if (signal?.aborted) return;
      store.getState().datasetLoaded({ dataset, issues: [], total: source.count });
      return;
    }
    if (source.kind === 'url') {
      // Other people's files are a lazy chunk: most readers never need it.
      const { loadDataLink } = await import('./load-data-link');
      const loaded = await loadDataLink(store, source.url, consent, signal);
      if (loaded === 'declined') return loadDataset(store, window.location.search, signal);
      return;
    }
    // The bundled events were checked against the schema when the app was built: no schema here.
    // A host that serves plain GeoJSON in their place (a deployer's own data) gets it checked row by row.
    const asked = early;
    early = null;
    const response = await ((asked && (await asked.catch(() => null))) ?? fetch(datasetUrl, { signal }));
    if (signal?.aborted) return;
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`;
      throw new WordedError(() => t`the server answered ${status}`);
    }
    const json: unknown = await response.json();
    if (!isCheckedFile(json)) {
      const result = (await import('../../lib/parse-dataset')).parseDataset(json);
      await engineIn;
      if (signal?.aborted) return;
      store.getState().datasetLoaded(result);
      return;
    }
    const result = readCheckedDataset(json);
    // Shown with the words of the reader's language, if they are in (a moment's wait at most: the
    // file was asked for with the events; see WORDS_WAIT_MS); other languages' words come when chosen.
    const language = bundledLanguageFor(i18n.locale);
    const words = language ? await Promise.race([fetchBundledWords(language), wordsWait()]) : null;
    await engineIn;
    if (signal?.aborted) return;
    if (language && words) {
      const events = withTranslations(result.dataset.events, language, words);
      store
        .getState()
        .datasetLoaded({ ...result, dataset: { ...result.dataset, events } }, undefined, [language]);
    } else store.getState().datasetLoaded(result, undefined, []);
  } catch (error) {
    if (signal?.aborted) return;
    const reason =
      error instanceof SyntaxError
        ? () =>
            t({ comment: 'Follows "The events could not be loaded:"', message: 'the file is not valid JSON' })
        : wordingOf(error);
    // The bundled events stay one click away (see DataNotice). Worded when shown: see WordedError.
    store.getState().datasetFailed(() => couldNotLoad(reason()), source.kind === 'url');
  }
}
