import type { MapEvent } from '../dataset';
import type { ColumnMatch } from './columns';
import type { RecordContext } from './read-options';
import { readRecord, type GeometryPoint } from './record';
import { slugify } from './text';
import { formatLatLon } from './coordinates';
import type { ImportIssue, ImportResult, Note, PendingEvent, PointSource, UnlocatedRow } from './types';

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

/**
 * Records (CSV rows or feature properties) to events, with a report of every
 * record rejected and everything put right. Every valid record becomes an
 * event, or a pending event when it has a place name but no coordinates.
 */
export function recordsToEvents(
  records: ReadonlyArray<unknown>,
  match: ColumnMatch,
  options: RecordOptions,
): ImportResult {
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

  records.forEach((raw, i) => {
    const row = options.kind === 'row' ? (options.rowNumber?.(i) ?? first + i) : null;
    const feature = options.kind === 'feature' ? i : null;
    const record = isRecord(raw) ? raw : {};
    const outcome = readRecord(record, match.columns, options.geometry?.(i) ?? null, options.context ?? {});
    const fileNotes = options.notes?.(i) ?? [];
    const slug = slugify(outcome.idText);
    const at = (id: string | null) => (note: Note) => ({ row, feature, id, ...note });
    if (outcome.hadPoint) swap.of++;
    if (outcome.swappable) {
      swap.rows++;
      const { lat, lon } = outcome.swappable;
      swap.example ??= `${what === 'row' ? `Row ${row}` : `Feature ${feature}`}: ${formatLatLon(lat, lon)} only makes sense read the other way round`;
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
        problem: `repeats the id "${base}" of an earlier ${what}`,
        fix: `It was renamed "${id}"; give each ${what} its own id`,
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

  if (!match.columns.title && records.length > 0) {
    corrected.unshift({
      row: options.kind === 'row' ? first - 1 : null,
      feature: null,
      id: null,
      field: 'title',
      column: null,
      problem: 'has no column of its own',
      fix: `Each event is titled by its type and place, e.g. "Bombing/Explosion in Quetta, Pakistan"; to use the file's own titles, name their column "title"`,
    });
  }
  if (options.context?.swapCoordinates && swap.of > 0) {
    corrected.unshift({
      row: null,
      feature: null,
      id: null,
      field: 'latitude',
      column: match.columns.latitude ?? match.columns.coordinates,
      problem: `latitude and longitude are exchanged in this file, as you told us`,
      fix: `Every ${what}'s coordinates were read the other way round; to load it as it is, swap the two columns back (or choose again)`,
    });
  }
  return {
    events,
    pending,
    report: { total: records.length, loaded: events.length, rejected, corrected, unlocated, located: [] },
    points,
    swapEvidence: swap,
  };
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
