import { makeDataset } from '../../lib/dataset';
import type { ColumnMapping, EventsFile, ImportResult } from '../../lib/import';
import type { AppStore } from '../../store/app-store';

export type ImportOutcome =
  | { kind: 'loaded' }
  | { kind: 'failed'; message: string }
  | { kind: 'needs-mapping'; file: Extract<EventsFile, { ok: true }> };

/**
 * Reads a reader's file (CSV or GeoJSON, in our schema or another) and shows
 * its valid events, with the validation report; when the columns for the
 * title, date or place cannot be matched, asks for them instead.
 */
export async function importText(
  store: AppStore,
  name: string,
  text: string,
  mapping?: Partial<ColumnMapping>,
): Promise<ImportOutcome> {
  const { readEventsFile } = await import('../../lib/import');
  const file = readEventsFile(name, text, mapping);
  if (!file.ok) return { kind: 'failed', message: file.error };
  if (file.strict) {
    store.getState().datasetLoaded(file.strict);
    return { kind: 'loaded' };
  }
  if (file.match.missing.length > 0 && !mapping) return { kind: 'needs-mapping', file };
  // Rows with only a place name are placed by the gazetteer, a lazy chunk and asset fetched only for them.
  const located = file.result.pending.length > 0 ? await placeByName(file.result) : file.result;
  const { events, report } = located;
  if (events.length === 0 && report.unlocated.length === 0) {
    return {
      kind: 'failed',
      message: `None of the ${report.total} rows of ${name} could be shown: ${report.rejected[0]?.problem ?? 'no rows'}${report.rejected[0] ? ` (${report.rejected[0].field})` : ''}`,
    };
  }
  store
    .getState()
    .datasetLoaded({ dataset: makeDataset(null, events), issues: [], total: report.total }, { name, report });
  return { kind: 'loaded' };
}

async function placeByName(result: ImportResult): Promise<ImportResult> {
  const { locatePlaces } = await import('./load-gazetteer');
  return locatePlaces(result);
}
