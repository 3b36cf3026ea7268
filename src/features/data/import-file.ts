import { i18n } from '@lingui/core';
import type { LocaleCode } from '../../lib/i18n/locales';
import { datasetOfSorted } from '../../lib/dataset';
import type { ColumnMatch } from '../../lib/import/columns';
import type { MappingQuestions } from '../../lib/import/read-for-map';
import type { ReadOptions } from '../../lib/import/read-options';
import type { ImportReport } from '../../lib/import/types';
import type { AppStore } from '../../store/app-store';
import type { ImportSource } from '../../store/data-slice';
import { readFile } from './read-file';

export type ImportOutcome =
  | { kind: 'loaded' }
  /** `report`: none of the rows could be shown, and this is why, row by row. */
  | { kind: 'failed'; message: string; report?: ImportReport }
  | {
      kind: 'needs-mapping';
      headers: string[];
      match: ColumnMatch;
      examples: readonly string[];
      questions: MappingQuestions;
    };

/**
 * Reads a reader's file (CSV or GeoJSON, in our schema or another) off the
 * page's thread and shows its valid events, with the validation report; when
 * the columns for the title, date or place cannot be matched, or the file
 * leaves a question open, asks instead. The same whether or not the bundled
 * events loaded: the filter and link engine comes with the file if it is not
 * in yet. Rejects with an AbortError when `signal` aborts.
 */
export async function importFile(
  store: AppStore,
  name: string,
  source: ImportSource,
  options: ReadOptions = {},
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  // Fetched alongside the reading (once for the page), and in before the events are shown.
  const engineIn = store.getState().needEngine();
  // The language its report is written in, whatever the reader picks while it is read.
  const locale = i18n.locale;
  const read = await readFile({ name, input: source.input, options, locale: locale as LocaleCode }, signal);
  if (read.kind === 'failed') return { kind: 'failed', message: read.message, report: read.report };
  if (read.kind === 'needs-mapping') {
    const { headers, match, examples, questions } = read;
    return { kind: 'needs-mapping', headers, match, examples, questions };
  }
  await engineIn;
  if (signal?.aborted) throw new DOMException('The reading was cancelled', 'AbortError');
  const dataset = datasetOfSorted(read.metadata, read.events);
  store
    .getState()
    .datasetLoaded(
      { dataset, issues: read.issues, total: read.total },
      { name, report: read.report, source, options, locale },
    );
  return { kind: 'loaded' };
}
