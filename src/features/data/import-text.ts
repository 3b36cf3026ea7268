import { makeDataset } from '../../lib/dataset';
import type { ColumnMapping, EventsFile } from '../../lib/import';
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
  const { events, report } = file.result;
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
