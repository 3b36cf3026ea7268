import { t } from '@lingui/core/macro';
import type { MapEvent } from '../dataset';
import { shortened } from './cells';
import { FIELDS, type ColumnMatch, type Field } from './columns';
import { analyseDateColumns, type DateOrderQuestion } from './date-columns';
import { UNREADABLE } from './decode';
import type { RecordContext } from './read-options';
import { translationColumns } from './translation-columns';
import { formatLatLon } from './coordinates';
import { madeTitle, readRecord } from './record';
import type { GeometryPoint } from './record-point';
import { capText, cellText, cleanText, slugify } from './text';
import type {
  ColumnUse,
  ImportIssue,
  ImportResult,
  Note,
  PendingEvent,
  PointSource,
  UnlocatedRow,
} from './types';
import { rowName } from './wording';

export interface RecordOptions {
  /** CSV rows are named by row number, GeoJSON features by index. */
  readonly kind: 'row' | 'feature';
  /**
   * The feature's point as [lon, lat] (or with the precision its geometry
   * allows), or null when it has none; it wins over coordinate columns.
   */
  readonly geometry?: (i: number) => GeometryPoint | [number, number] | null;
  /** The spreadsheet row of the first record: 2, after the header. */
  readonly firstRowNumber?: number;
  /** The spreadsheet row of each record, where rows were skipped (blank lines). Wins over firstRowNumber. */
  readonly rowNumber?: (i: number) => number;
  /** What the reader of the file noticed about record i (a broken quote, a polygon made a point). */
  readonly notes?: (i: number) => readonly Note[];
  /** What the reader chose for the whole file (see ReadOptions). */
  readonly context?: RecordContext;
}

export interface RecordsRead extends ImportResult {
  /** The order of day and month, when some date column cannot tell it and the reader has not said. */
  readonly dateOrder: DateOrderQuestion | null;
}

/**
 * Records (CSV rows or feature properties) to events, with a report of every
 * record rejected and everything put right. Every valid record becomes an
 * event, or a pending event when it has a place name but no coordinates.
 * Date columns are read as their whole column decides (see analyseDateColumns).
 */
export function recordsToEvents(
  records: ReadonlyArray<unknown>,
  match: ColumnMatch,
  options: RecordOptions,
): RecordsRead {
  const events: MapEvent[] = [];
  const pending: PendingEvent[] = [];
  const rejected: ImportIssue[] = [];
  const corrected: ImportIssue[] = [];
  const unlocated: UnlocatedRow[] = [];
  const taken = new Set<string>();
  const points = new Map<string, PointSource>();
  const swap = { rows: 0, of: 0, example: null as string | null };
  const first = options.firstRowNumber ?? 2;
  const what = options.kind === 'row' ? 'row' : 'feature';
  const dates = analyseDateColumns(records, match.columns, options.context?.dateOrder);
  // Decided once for the file: which of the columns of none of our fields translate one of them.
  const { translations, others } = translationColumns(match.unmatched);
  const context: RecordContext = {
    ...options.context,
    dates: dates.readings,
    otherColumns: others,
    translationColumns: translations,
  };
  const fieldOf = fieldsByColumn(match);

  records.forEach((raw, i) => {
    const row = options.kind === 'row' ? (options.rowNumber?.(i) ?? first + i) : null;
    const feature = options.kind === 'feature' ? i : null;
    const record = isRecord(raw) ? raw : {};
    const outcome = readRecord(record, match.columns, options.geometry?.(i) ?? null, context);
    const fileNotes = [...(options.notes?.(i) ?? []), ...unreadable(record, fieldOf)];
    const slug = slugify(outcome.idText);
    const at = (id: string | null) => (note: Note) => ({ row, feature, id, ...note });
    if (outcome.hadPoint) swap.of++;
    if (outcome.swappable) {
      swap.rows++;
      if (swap.example === null) {
        const { lat, lon } = outcome.swappable;
        const where = rowName(row, feature);
        const point = formatLatLon(lat, lon);
        swap.example = t({
          comment:
            'An example of a row whose point makes sense only read the other way round: "Row 5: latitude 134.5, longitude 69.1, off the globe"',
          message: `${where}: ${point}, off the globe`,
        });
      }
    }

    if (!outcome.ok) {
      rejected.push(...outcome.problems.map(at(slug || null)));
      corrected.push(...fileNotes.map(at(slug || null)));
      return;
    }

    const base = slug || `${what}-${row ?? i}`;
    const id = uniqueId(base, taken);
    const notes = [...fileNotes, ...outcome.notes];
    if (id !== base) {
      notes.push({
        field: 'id',
        column: match.columns.id,
        problem:
          what === 'row'
            ? t`repeats the id "${base}" of an earlier row`
            : t`repeats the id "${base}" of an earlier feature`,
        fix:
          what === 'row'
            ? t`It was renamed "${id}"; give each row its own id`
            : t`It was renamed "${id}"; give each feature its own id`,
      });
    }
    corrected.push(...notes.map(at(id)));

    const { start, end, props, lonLat, pointFrom } = outcome;
    if (lonLat) {
      events.push({ id, lon: lonLat.lon, lat: lonLat.lat, start, end, props });
      if (pointFrom) points.set(id, { row, feature, ...pointFrom });
    } else {
      const setAside = outcome.setAside && { row, feature, id, ...outcome.setAside };
      unlocated.push({
        row,
        feature,
        place: props.place.name,
        index: pending.length,
        ...(setAside ? { setAside } : {}),
      });
      pending.push({ id, start, end, props });
    }
  });

  const header = { row: options.kind === 'row' ? first - 1 : null, feature: null, id: null };
  corrected.unshift(...dates.notes.map((note) => ({ ...header, ...note })));
  if (!match.columns.title && records.length > 0) {
    const example = madeTitle('Bombing/Explosion', 'Quetta', 'Pakistan');
    const column = 'title';
    corrected.unshift({
      ...header,
      field: 'title',
      column: null,
      problem: t({
        comment: 'Said of the title of the events, after its name: "title: has no column of its own"',
        message: 'has no column of its own',
      }),
      fix: t({
        comment: '{column} is a column name, written in the reader’s file as it is, in English',
        message: `Each event is titled by its type and place, e.g. "${example}"; to use the file's own titles, name their column "${column}"`,
      }),
    });
  }
  if (options.context?.swapCoordinates && swap.of > 0) {
    corrected.unshift({
      row: options.kind === 'row' ? first - 1 : null,
      feature: null,
      id: null,
      field: 'latitude',
      column: match.columns.latitude ?? match.columns.coordinates,
      problem: t`latitude and longitude are exchanged in this file, as you told us`,
      fix:
        what === 'row'
          ? t`Every row's coordinates were read the other way round; to load it as it is, swap the two columns back (or choose again)`
          : t`Every feature's coordinates were read the other way round; to load it as it is, swap the two columns back (or choose again)`,
    });
  }
  return {
    events,
    pending,
    report: {
      total: records.length,
      loaded: events.length,
      rejected,
      corrected,
      unlocated,
      located: [],
      columns: columnUses(match),
    },
    dateOrder: dates.question,
    points,
    swapEvidence: swap,
  };
}

/** How many records are looked at for a column's example, and how long an example may be. */
const EXAMPLE_ROWS = 50;
const EXAMPLE_LENGTH = 40;

/**
 * For each column, its first non-empty value among the first records, cut
 * short: what the mapping step shows beside the column's name.
 */
export function columnExamples(records: ReadonlyArray<unknown>, headers: readonly string[]): string[] {
  const sample = records.slice(0, EXAMPLE_ROWS).filter(isRecord);
  return headers.map((header) => {
    for (const record of sample) {
      const text = cellText(record[header]);
      const clean = text === null ? '' : cleanText(text);
      if (clean !== '') {
        const { text: short, cut } = capText(clean, EXAMPLE_LENGTH);
        return cut ? `${short}…` : short;
      }
    }
    return '';
  });
}

/** Each column the match knows, in the file's order, with the field it serves (null: an other field). */
function columnUses(match: ColumnMatch): ColumnUse[] {
  const fieldOf = fieldsByColumn(match);
  return match.headers.map((column) => ({ column, field: fieldOf.get(column) ?? null }));
}

/**
 * A note for every cell with characters that could not be read (U+FFFD, from
 * a file in another encoding or damaged), so none reaches the map unsaid. A
 * scan of every cell: String.includes is cheap next to reading the record.
 */
function unreadable(record: Record<string, unknown>, fieldOf: ReadonlyMap<string, Field>): Note[] {
  let notes: Note[] | null = null;
  for (const column in record) {
    const value = record[column];
    const text =
      typeof value === 'string'
        ? value
        : Array.isArray(value)
          ? value.filter((v) => typeof v === 'string').join('; ')
          : '';
    const at = text.indexOf(UNREADABLE);
    if (at < 0) continue;
    const mark = UNREADABLE;
    const shown = shortened(around(text, at));
    (notes ??= []).push({
      field: fieldOf.get(column) ?? '',
      column,
      problem: t({
        comment:
          'Said of a field of a row, after its name; {mark} is the character shown for each one that could not be read',
        message: `has characters that could not be read, shown as ${mark}: "${shown}"`,
      }),
      fix: t`The file is not in the encoding it was read in, or is damaged: save the file as UTF-8 (CSV UTF-8 in Excel) and load it again`,
    });
  }
  return notes ?? [];
}

/** The part of a long text around position `at`, so a message shows the damage. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - 25);
  return `${start > 0 ? '…' : ''}${text.slice(start).replace(/\s+/g, ' ')}`;
}

/** Which of our fields each column is read as. */
function fieldsByColumn(match: ColumnMatch): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const field of FIELDS) {
    const column = match.columns[field];
    if (column !== null && !fields.has(column)) fields.set(column, field);
  }
  return fields;
}

/** The base, or the base with the first free "-2", "-3"... suffix. Records it as taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
