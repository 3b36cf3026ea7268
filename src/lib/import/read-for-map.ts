import { plural, t } from '@lingui/core/macro';
import { inIndexOrder, type DataIssue, type MapEvent } from '../dataset';
import type { DatasetMetadata } from '../event-schema';
import type { ColumnMatch } from './columns';
import { readEventsFile, type EventsFile } from './detect';
import { swapQuestion } from './check-countries';
import { chosen, type MappingQuestions, type ReadOptions } from './read-options';

export type { MappingQuestions };
import type { ImportReport, ImportResult } from './types';
import { plainNumber } from './wording';

/** What the map can do with a reader's file. */
export type MapRead =
  /** `report`: a file none of whose rows could be shown, and why, row by row. */
  | { readonly kind: 'failed'; readonly message: string; readonly report?: ImportReport }
  /**
   * Columns for the title, date or place could not be matched by name, or the
   * file leaves a question open: the reader chooses in the mapping step.
   */
  | {
      readonly kind: 'needs-mapping';
      readonly headers: string[];
      readonly match: ColumnMatch;
      /** Each column's first value in the file, for the reader to recognise it by. */
      readonly examples: readonly string[];
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
  // Nothing is looked up for a file that goes to the mapping step first.
  if (!file.ok || file.strict || asks(file, options)) return forMap(name, file, options);
  // Points outside their country may be set aside to be placed by name: checked first.
  const checked = { ...file, result: await checkPoints(file.result) };
  if (asks(checked, options) || checked.result.pending.length === 0) return forMap(name, checked, options);
  return forMap(name, { ...checked, result: await placeNames(checked.result) }, options);
}

/**
 * Whether the reader must choose before the events are shown: they asked to
 * check the columns; the date order is open (asked even after the columns
 * were chosen, as a date column chosen then may be the one that cannot tell);
 * or, until they have chosen, a column is missing or the coordinates look
 * exchanged.
 */
function asks(file: Extract<EventsFile, { ok: true }>, options: ReadOptions): boolean {
  if (options.review) return true;
  const open = openQuestions(file, options);
  if (open.dateOrder) return true;
  if (chosen(options)) return false;
  return file.match.missing.length > 0 || open.swap !== undefined;
}

function forMap(name: string, file: EventsFile, options: ReadOptions): MapRead {
  if (!file.ok) return { kind: 'failed', message: file.error };
  if (file.strict) {
    const { dataset, issues, total } = file.strict;
    return { kind: 'read', metadata: dataset.metadata, events: dataset.events, issues, total, report: null };
  }
  if (asks(file, options)) {
    return {
      kind: 'needs-mapping',
      headers: file.headers,
      match: file.match,
      examples: file.examples,
      questions: openQuestions(file, options),
    };
  }
  const { events, report } = file.result;
  if (events.length === 0 && report.unlocated.length === 0) {
    if (report.total === 0) return { kind: 'failed', message: t`${name} has no rows of events` };
    const rows = report.total;
    const count = plainNumber(rows);
    return {
      kind: 'failed',
      message: t({
        comment: '{name} is the name of the reader’s file',
        message: plural(rows, {
          1: `The one row of ${name} could not be shown; the report gives the reason for each row`,
          other: `None of the ${count} rows of ${name} could be shown; the report gives the reason for each row`,
        }),
      }),
      report,
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

/**
 * What the file leaves for the reader to answer and they have not; never when
 * the caller cannot ask. For a review, every question again, with the answer
 * given before as the suggestion.
 */
function openQuestions(file: Extract<EventsFile, { ok: true }>, options: ReadOptions): MappingQuestions {
  if (options.noQuestions) return {};
  const { dateOrder } = file.questions;
  // Whether the coordinates look exchanged is known from the rows as read (and checked against their countries).
  const swap = swapQuestion(file.result.swapEvidence) ?? undefined;
  if (options.review) {
    return {
      ...(dateOrder
        ? { dateOrder: { ...dateOrder, suggested: options.dateOrder ?? dateOrder.suggested } }
        : {}),
      ...(swap ? { swap } : {}),
    };
  }
  return {
    ...(dateOrder && !options.dateOrder ? { dateOrder } : {}),
    ...(swap && options.swapCoordinates === undefined ? { swap } : {}),
  };
}
