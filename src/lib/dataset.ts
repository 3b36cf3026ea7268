import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { Day } from './dates';
import type { DatasetMetadata, EventProperties } from './event-schema';
import { LazyIdMap } from './lazy-id-map';
import { buildTimeIndex, type TimeIndex } from './time-index';

/** One valid event, ready for the map, the list and the index. */
export interface MapEvent {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  /** First and last day the event may fall on (inclusive). */
  readonly start: Day;
  readonly end: Day;
  readonly props: EventProperties;
}

export interface Dataset {
  readonly metadata: DatasetMetadata | null;
  /** Sorted by start day, then end day, then id: positions match the time index. */
  readonly events: readonly MapEvent[];
  readonly index: TimeIndex;
  /** Positions by event id (made on first use). */
  readonly byId: ReadonlyMap<string, number>;
}

/** Something wrong with one feature (or the file), named by feature index, id and field. */
export interface DataIssue {
  /** Position of the feature in the file's `features` array; null for the file as a whole. */
  readonly feature: number | null;
  readonly id: string | null;
  /** Dotted path of the field, e.g. "properties.date.value"; empty for the whole feature. */
  readonly field: string;
  readonly message: string;
}

export interface ParseResult {
  readonly dataset: Dataset;
  /** Every feature that was rejected, and why. Valid features are never dropped. */
  readonly issues: readonly DataIssue[];
  /** How many features the file held. */
  readonly total: number;
}

/**
 * Sorts events into index order (by start day, then end day, then their order
 * in the input) and builds the time index over them.
 */
export function makeDataset(metadata: DatasetMetadata | null, events: MapEvent[]): Dataset {
  return datasetOfSorted(metadata, inIndexOrder(events));
}

/** The events sorted by start day, then end day, then their order in the input. */
export function inIndexOrder(events: readonly MapEvent[]): MapEvent[] {
  return Array.from(sortByRange(events), (i) => events[i]!);
}

/** A dataset over events already in index order (as `makeDataset` leaves them): the ids and the index. */
export function datasetOfSorted(metadata: DatasetMetadata | null, sorted: readonly MapEvent[]): Dataset {
  return { metadata, events: sorted, index: buildTimeIndex(sorted), byId: new LazyIdMap(sorted) };
}

/** Index order: by start day, then end day (negative when `a` comes first). */
export function byRange(a: Pick<MapEvent, 'start' | 'end'>, b: Pick<MapEvent, 'start' | 'end'>): number {
  return a.start - b.start || a.end - b.end;
}

const INDEX_BITS = 2 ** 21;
const LENGTH_BITS = 2 ** 15;

/**
 * Input positions in (start, end, position) order. Packs the three into one
 * exact float per event and sorts a typed array, several times faster than a
 * comparator at hundreds of thousands of events; falls back to the comparator
 * for data beyond what the packing holds (spans over ~89 years, 2M events).
 */
export function sortByRange(events: readonly MapEvent[]): Int32Array {
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = events[i]!.start;
    end[i] = events[i]!.end;
  }
  return orderByDays(start, end);
}

type Days = Int32Array | Float64Array;

/** `sortByRange` over columns: positions in (start, end, position) order. */
export function orderByDays(start: Days, end: Days): Int32Array {
  const n = start.length;
  let min = Infinity;
  let max = -Infinity;
  let longest = 0;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, start[i]!);
    max = Math.max(max, start[i]!);
    longest = Math.max(longest, end[i]! - start[i]!);
  }
  if (n >= INDEX_BITS || longest >= LENGTH_BITS || (max - min) * LENGTH_BITS * INDEX_BITS >= 2 ** 53) {
    return Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b,
    );
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = ((start[i]! - min) * LENGTH_BITS + (end[i]! - start[i]!)) * INDEX_BITS + i;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % INDEX_BITS;
  return order;
}

/** 'Feature 3 ("kabul-2021"), field "properties.date.value": expected a day as YYYY-MM-DD', in the language shown. */
export function formatIssue(issue: DataIssue): string {
  const { field, message } = issue;
  if (issue.feature === null) {
    return field
      ? t({
          comment:
            'A problem with a data file as a whole: {field} is the name of a field in the file, {message} the problem',
          message: `The file, field "${field}": ${message}`,
        })
      : t({
          comment: 'A problem with a data file as a whole: {message} is the problem',
          message: `The file: ${message}`,
        });
  }
  const feature = i18n.number(issue.feature, { useGrouping: false });
  const id = issue.id;
  if (id) {
    return field
      ? t({
          comment:
            'A problem with one event of a GeoJSON file: {feature} is its place in the file (from 0), {id} its id, {field} the name of a field, {message} the problem',
          message: `Feature ${feature} ("${id}"), field "${field}": ${message}`,
        })
      : t({
          comment:
            'A problem with one event of a GeoJSON file: {feature} is its place in the file (from 0), {id} its id, {message} the problem',
          message: `Feature ${feature} ("${id}"): ${message}`,
        });
  }
  return field
    ? t({
        comment:
          'A problem with one event of a GeoJSON file: {feature} is its place in the file (from 0), {field} the name of a field, {message} the problem',
        message: `Feature ${feature}, field "${field}": ${message}`,
      })
    : t({
        comment:
          'A problem with one event of a GeoJSON file: {feature} is its place in the file (from 0), {message} the problem',
        message: `Feature ${feature}: ${message}`,
      });
}
