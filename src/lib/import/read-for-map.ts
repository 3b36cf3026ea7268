import { inIndexOrder, type DataIssue, type MapEvent } from '../dataset';
import type { DatasetMetadata } from '../event-schema';
import type { ColumnMatch } from './columns';
import { readEventsFile, type EventsFile } from './detect';
import { swapQuestion } from './check-countries';
import { chosen, type DateOrder, type ReadOptions } from './read-options';
import type { ImportReport, ImportResult } from './types';

/** What the map can do with a reader's file. */
export type MapRead =
  | { readonly kind: 'failed'; readonly message: string }
  /**
   * Columns for the title, date or place could not be matched by name, or the
   * file leaves a question open: the reader chooses in the mapping step.
   */
  | {
      readonly kind: 'needs-mapping';
      readonly headers: string[];
      readonly match: ColumnMatch;
      readonly questions: MappingQuestions;
    }
  | {
      readonly kind: 'read';
      readonly metadata: DatasetMetadata | null;
      /** In index order (see `inIndexOrder`), ready for `datasetOfSorted`. */
      readonly events: readonly MapEvent[];
      /** Our own GeoJSON schema's issues; empty for other files, whose problems are in `report`. */
      readonly issues: readonly DataIssue[];
      readonly total: number;
      /** The validation report of a file in another layout; null for our own schema. */
      readonly report: ImportReport | null;
    };

/** What the mapping step must ask besides the missing columns. */
export interface MappingQuestions {
  /** Every date could be read day first or month first: which, with examples from the file. */
  readonly dateOrder?: {
    readonly column: string;
    readonly examples: readonly string[];
    readonly suggested?: DateOrder;
  };
  /**
   * Most rows with coordinates only make sense with latitude and longitude
   * exchanged (out of range as given, or outside the country they name and
   * inside it the other way round): `rows` of `of`, with one as an example.
   * The answer is ReadOptions.swapCoordinates (true or false); it is not asked again once given.
   */
  readonly swap?: { readonly rows: number; readonly of: number; readonly example: string };
}

/**
 * Reads a file a reader brings (CSV or GeoJSON, in our schema or another)
 * into events sorted for the index, with what was wrong. All the heavy work
 * of a load is here, so it can run off the page's thread. Never throws.
 */
export function readForMap(name: string, text: string, options: ReadOptions = {}): MapRead {
  return forMap(name, readEventsFile(name, text, options), options);
}

/** Places the rows that have a place name but no coordinates (the gazetteer's step, see load-gazetteer.ts). */
export type PlaceNames = (result: ImportResult) => Promise<ImportResult>;

/**
 * readForMap, with the rows that have only a place name located by
 * `placeNames` first, so located events are sorted with the rest. It is only
 * called for a file that has such rows, so others never fetch the gazetteer.
 */
export async function readAndLocate(
  name: string,
  text: string,
  options: ReadOptions,
  placeNames: PlaceNames,
  checkPoints: PlaceNames = (result) => Promise.resolve(result),
): Promise<MapRead> {
  const file = readEventsFile(name, text, options);
  const ready = file.ok && !file.strict && (file.match.missing.length === 0 || chosen(options));
  if (!ready) return forMap(name, file, options);
  // Points outside their country may be set aside to be placed by name: checked first.
  const checked = await checkPoints(file.result);
  if (asksToSwap(checked, options) || checked.pending.length === 0) {
    return forMap(name, { ...file, result: checked }, options);
  }
  return forMap(name, { ...file, result: await placeNames(checked) }, options);
}

/** Whether to ask the reader if latitude and longitude are exchanged in the whole file, before loading it. */
function asksToSwap(result: ImportResult, options: ReadOptions): boolean {
  return options.swapCoordinates === undefined && swapQuestion(result.swapEvidence) !== null;
}

function forMap(name: string, file: EventsFile, options: ReadOptions): MapRead {
  if (!file.ok) return { kind: 'failed', message: file.error };
  if (file.strict) {
    const { dataset, issues, total } = file.strict;
    return { kind: 'read', metadata: dataset.metadata, events: dataset.events, issues, total, report: null };
  }
  if (file.match.missing.length > 0 && !chosen(options)) {
    return { kind: 'needs-mapping', headers: file.headers, match: file.match, questions: {} };
  }
  const swap = options.swapCoordinates === undefined ? swapQuestion(file.result.swapEvidence) : null;
  if (swap) return { kind: 'needs-mapping', headers: file.headers, match: file.match, questions: { swap } };
  const { events, report } = file.result;
  if (events.length === 0 && report.unlocated.length === 0) {
    const first = report.rejected[0];
    return {
      kind: 'failed',
      message: `None of the ${report.total} rows of ${name} could be shown: ${first?.problem ?? 'no rows'}${first ? ` (${first.field})` : ''}`,
    };
  }
  return {
    kind: 'read',
    metadata: null,
    events: inIndexOrder(events),
    issues: [],
    total: report.total,
    report,
  };
}
