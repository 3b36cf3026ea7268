import type { Day } from './dates';
import type { DatasetMetadata, EventProperties } from './event-schema';
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
  /** Positions by event id. */
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

/** Sorts events into index order and builds the time index over them. */
export function makeDataset(metadata: DatasetMetadata | null, events: MapEvent[]): Dataset {
  const sorted = [...events].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const byId = new Map(sorted.map((e, i) => [e.id, i]));
  return { metadata, events: sorted, index: buildTimeIndex(sorted), byId };
}

/** 'Feature 3 ("kabul-2021"), field "properties.date.value": expected a day as YYYY-MM-DD'. */
export function formatIssue(issue: DataIssue): string {
  const where =
    issue.feature === null ? 'The file' : `Feature ${issue.feature}${issue.id ? ` ("${issue.id}")` : ''}`;
  const field = issue.field ? `, field "${issue.field}"` : '';
  return `${where}${field}: ${issue.message}`;
}
