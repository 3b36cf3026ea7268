import { dataHosts } from '../../config';
import { addressWithout } from '../../lib/address';
import { dataAccess } from '../../lib/data-hosts';
import { dataFileName, readDataSource } from '../../lib/data-source';
import { readEmbedOptions } from '../../lib/embed';
import type { AppStore } from '../../store/app-store';
import datasetUrl from '../../../data/events.geojson?url';
import { agreedBefore, askToLoad, rememberAgreed } from './host-question';

/**
 * Loads the events the URL asks for: the dataset shipped with the app (from
 * `data/`, served from the same host), `?data=<url>` (from another host only
 * with the reader's agreement, or in a frame whose page chose it), or
 * `?synthetic=<n>&seed=<s>`. The
 * schema and the generator are separate chunks, fetched only when needed; the
 * filter and link engine comes alongside, in before the data is shown.
 */
export async function loadDataset(store: AppStore, search: string, signal?: AbortSignal): Promise<void> {
  const source = readDataSource(search, window.location.href);
  const engine = store.getState().engine ? null : import('../../lib/engine');
  const engineIn = async () => {
    if (engine) store.getState().engineLoaded(await engine);
  };
  try {
    if (source.kind === 'synthetic') {
      const { syntheticDataset } = await import('../../lib/synthetic');
      if (signal?.aborted) return;
      const dataset = syntheticDataset(source.count, source.seed);
      await engineIn();
      if (signal?.aborted) return;
      store.getState().datasetLoaded({ dataset, issues: [], total: source.count });
      return;
    }
    if (source.kind === 'url') {
      // Reading other people's files is a lazy chunk: most readers never need it.
      const [{ fetchData }, { importFile }] = await Promise.all([
        import('./fetch-text'),
        import('./import-file'),
      ]);
      const access = dataAccess(source.url, window.location.origin, dataHosts);
      if (access.kind === 'refused') throw new Error(access.message);
      if (access.kind === 'ask' && !framedEmbed(search) && !agreedBefore(access.origin)) {
        if (!(await askToLoad(access.host, signal))) {
          // The address says what is shown: the bundled events, the rest of the view kept.
          window.history.replaceState(window.history.state, '', withoutData());
          return loadDataset(store, window.location.search, signal);
        }
        rememberAgreed(access.origin);
      }
      const fetched = await fetchData(source.url, signal);
      await engineIn();
      if (signal?.aborted) return;
      const name = dataFileName(source.url);
      const outcome = await importFile(store, name, fetched, {}, signal);
      if (outcome.kind === 'failed') throw new Error(outcome.message);
      if (outcome.kind === 'needs-mapping') {
        throw new Error(
          `${name} has no column that could be read as the ${outcome.match.missing.join(', ')}; open it with "Your data" to choose the columns`,
        );
      }
      return;
    }
    const [response, { parseDataset }] = await Promise.all([
      fetch(datasetUrl, { signal }),
      import('../../lib/parse-dataset'),
    ]);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    const json: unknown = await response.json();
    await engineIn();
    if (signal?.aborted) return;
    store.getState().datasetLoaded(parseDataset(json));
  } catch (error) {
    if (signal?.aborted) return;
    const reason =
      error instanceof SyntaxError ? 'the file is not valid JSON' : String((error as Error).message ?? error);
    // The bundled events stay one click away (see DataNotice).
    store.getState().datasetFailed(`The events could not be loaded: ${reason}.`, source.kind === 'url');
  }
}

/**
 * Whether the page is an embed in another page's frame: that page chose the
 * data, and the caption names its host. `?embed=1` alone, in a tab of its
 * own, is not: a link could use it to skip the question.
 */
function framedEmbed(search: string): boolean {
  return readEmbedOptions(search).embed && window.self !== window.top;
}

/** This page's address without `?data=`. */
function withoutData(): string {
  return `${addressWithout(window.location.search, window.location.pathname, ['data'])}${window.location.hash}`;
}
