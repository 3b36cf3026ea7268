import type { z } from 'zod';
import { eventDayRange, type Day } from './dates';
import {
  datasetMetadataSchema,
  eventFeatureSchema,
  type DatasetMetadata,
  type EventProperties,
} from './event-schema';
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

/**
 * Validates a GeoJSON FeatureCollection of events feature by feature: a bad
 * feature is reported and left out, and every valid one is kept.
 */
export function parseDataset(json: unknown): ParseResult {
  const issues: DataIssue[] = [];
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    issues.push({
      feature: null,
      id: null,
      field: 'type',
      message: 'the file is not a GeoJSON FeatureCollection with a "features" array',
    });
    return { dataset: makeDataset(null, []), issues, total: 0 };
  }

  let metadata: DatasetMetadata | null = null;
  if (json.metadata !== undefined) {
    const meta = datasetMetadataSchema.safeParse(json.metadata);
    if (meta.success) metadata = meta.data;
    else issues.push(...zodIssues(meta.error, null, null, 'metadata'));
  }

  const events: MapEvent[] = [];
  const seen = new Set<string>();
  json.features.forEach((raw: unknown, i: number) => {
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
    const parsed = eventFeatureSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, i, id));
      return;
    }
    const f = parsed.data;
    if (seen.has(f.id)) {
      issues.push({ feature: i, id: f.id, field: 'id', message: 'repeats the id of an earlier feature' });
      return;
    }
    seen.add(f.id);
    const { start, end } = eventDayRange(f.properties.date);
    const [lon, lat] = f.geometry.coordinates;
    events.push({ id: f.id, lon, lat, start, end, props: f.properties });
  });

  return { dataset: makeDataset(metadata, events), issues, total: json.features.length };
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

function zodIssues(error: z.ZodError, feature: number | null, id: string | null, prefix = ''): DataIssue[] {
  return error.issues.map((issue) => ({
    feature,
    id,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: plainMessage(issue),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
