import { readDataSource } from '../../lib/data-source';
import type { AppStore } from '../../store/app-store';
import datasetUrl from '../../../data/events.geojson?url';

/**
 * Loads the events the URL asks for: the dataset shipped with the app (from
 * `data/`, served from the same host), or `?synthetic=<n>&seed=<s>`. The
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
      const [{ fetchDataText }, { importFile }] = await Promise.all([
        import('./fetch-text'),
        import('./import-file'),
      ]);
      const text = await fetchDataText(source.url, signal);
      await engineIn();
      if (signal?.aborted) return;
      const name = decodeURIComponent(new URL(source.url).pathname.split('/').pop() || source.url);
      const outcome = await importFile(store, name, text, {}, signal);
      if (outcome.kind === 'failed') throw new Error(outcome.message);
      if (outcome.kind === 'needs-mapping') {
        const swap = outcome.questions.swap;
        if (outcome.match.missing.length === 0 && swap) {
          throw new Error(
            `in ${name}, ${swap.rows} of ${swap.of} rows only make sense with latitude and longitude exchanged (${swap.example}); open it with "Your data" to say which way round it is`,
          );
        }
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
