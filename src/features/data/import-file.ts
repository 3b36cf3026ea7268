import { datasetOfSorted } from '../../lib/dataset';
import type { ColumnMatch } from '../../lib/import/columns';
import type { MappingQuestions } from '../../lib/import/read-for-map';
import type { ReadOptions } from '../../lib/import/read-options';
import type { AppStore } from '../../store/app-store';
import { readFile } from './read-file';
import type { ReadInput } from './read-protocol';

export type ImportOutcome =
  | { kind: 'loaded' }
  | { kind: 'failed'; message: string }
  | { kind: 'needs-mapping'; headers: string[]; match: ColumnMatch; questions: MappingQuestions };

/**
 * Reads a reader's file (CSV or GeoJSON, in our schema or another) off the
 * page's thread and shows its valid events, with the validation report; when
 * the columns for the title, date or place cannot be matched, asks for them
 * instead. Rejects with an AbortError when `signal` aborts.
 */
export async function importFile(
  store: AppStore,
  name: string,
  input: ReadInput,
  options: ReadOptions = {},
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const read = await readFile({ name, input, options }, signal);
  if (read.kind === 'failed') return { kind: 'failed', message: read.message };
  if (read.kind === 'needs-mapping') {
    return { kind: 'needs-mapping', headers: read.headers, match: read.match, questions: read.questions };
  }
  const dataset = datasetOfSorted(read.metadata, read.events);
  store
    .getState()
    .datasetLoaded(
      { dataset, issues: read.issues, total: read.total },
      read.report ? { name, report: read.report } : undefined,
    );
  return { kind: 'loaded' };
}
