import { t } from '@lingui/core/macro';
import type { ParseResult } from '../dataset';
import { parseDataset } from '../parse-dataset';
import { applyMapping, matchColumns, tooManyColumns } from './columns';
import type { TableRead } from './csv';
import { pointOf } from './geometry';
import type { ReadOptions } from './read-options';
import { columnExamples, recordsToEvents } from './records';
import type { ImportIssue, ImportResult, Note } from './types';

export interface GeoJsonRead extends TableRead {
  /** The file read by our own strict reader, when it is in our schema; null for a foreign file. */
  readonly strict: ParseResult | null;
}

/**
 * GeoJSON from another tool read into events: a FeatureCollection, a single
 * Feature, or an array of features (or of plain objects, read as rows). The
 * properties are matched to our fields like CSV columns. A file in our own
 * schema is read by `parseDataset` and returned as it reads it.
 */
export function readForeignGeoJson(
  json: unknown,
  options: ReadOptions = {},
): GeoJsonRead | { error: string } {
  if (isRecord(json) && json.type === 'Topology') {
    return { error: t`This is TopoJSON; convert it to GeoJSON (for example with mapshaper) first` };
  }
  const features = featuresOf(json);
  if (features === null) {
    return {
      error: t`This JSON is not GeoJSON: expected a FeatureCollection, a Feature or a list of features`,
    };
  }

  const records = features.map(recordOf);
  const headers = unionOfKeys(records.map((r) => r.record));
  const wide = tooManyColumns(headers.length, 'properties');
  if (wide) return { error: wide };
  const auto = matchColumns(headers);
  const match = options.columns ? applyMapping(headers, auto, options.columns) : auto;

  if (!options.columns && isRecord(json) && json.type === 'FeatureCollection') {
    const strict = parseDataset(json);
    if (strict.issues.length === 0 || looksLikeOurs(features)) {
      return { headers, match, examples: [], questions: {}, result: fromStrict(strict), strict };
    }
  }

  // A file the reader says is written [lat, lon] is swapped as a whole, before its points are made.
  const points = features.map((f) => pointOf(isRecord(f) ? f.geometry : undefined, options.swapCoordinates));
  // Features place themselves by their geometry: no column is needed for the location then.
  const located = points.some((p) => p.point)
    ? { ...match, missing: match.missing.filter((m) => m !== 'location') }
    : match;
  const { dateOrder, ...result } = recordsToEvents(
    records.map((r) => r.record),
    located,
    {
      kind: 'feature',
      geometry: (i) => {
        const { point, precision } = points[i]!;
        return point && { point, precision };
      },
      notes: (i) => {
        const notes: Note[] = [];
        const geometry = points[i]!.note;
        if (geometry) {
          notes.push({
            field: 'geometry',
            column: null,
            problem: geometry,
            fix: t`Give a Point to place the event exactly`,
          });
        }
        if (records[i]!.note) notes.push(records[i]!.note!);
        return notes;
      },
      context: options,
    },
  );
  return {
    headers,
    match: located,
    examples: columnExamples(
      records.map((r) => r.record),
      headers,
    ),
    questions: dateOrder ? { dateOrder } : {},
    result,
    strict: null,
  };
}

function featuresOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return null;
  if (json.type === 'FeatureCollection') return Array.isArray(json.features) ? json.features : null;
  if (json.type === 'Feature') return [json];
  return null;
}

/** A feature's properties (with its id, where the properties have none); a plain object as it is. */
function recordOf(item: unknown): { record: Record<string, unknown>; note: Note | null } {
  if (!isRecord(item)) {
    return {
      record: {},
      note: {
        field: '',
        column: null,
        problem: t({
          comment:
            'Said of a feature of the reader’s GeoJSON file, after its number: "Feature 3: is not a GeoJSON Feature"',
          message: 'is not a GeoJSON Feature',
        }),
        fix: t`Give a Feature object`,
      },
    };
  }
  if (item.type !== 'Feature') return { record: { ...item }, note: null };
  const properties = isRecord(item.properties) ? { ...item.properties } : {};
  if ((typeof item.id === 'string' || typeof item.id === 'number') && !Object.hasOwn(properties, 'id')) {
    properties.id = item.id;
  }
  return { record: properties, note: null };
}

function unionOfKeys(records: ReadonlyArray<Record<string, unknown>>): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

/** Most features have our nested date ({ precision, ... }): our own file, with mistakes. */
function looksLikeOurs(features: unknown[]): boolean {
  const ours = features.filter(
    (f) =>
      isRecord(f) &&
      isRecord(f.properties) &&
      isRecord(f.properties.date) &&
      'precision' in f.properties.date,
  );
  return ours.length > 0 && ours.length * 2 >= features.length;
}

/** The strict reader's result in the import's terms: its issues reject features (or note the metadata). */
function fromStrict(strict: ParseResult): ImportResult {
  const rejected: ImportIssue[] = [];
  const corrected: ImportIssue[] = [];
  for (const issue of strict.issues) {
    const entry = {
      row: null,
      feature: issue.feature,
      id: issue.id,
      field: issue.field,
      column: issue.field || null,
      problem: issue.message,
    };
    if (issue.feature === null) corrected.push({ ...entry, fix: t`The dataset description was left out` });
    else rejected.push({ ...entry, fix: t`Correct this field; the data format is described in the docs` });
  }
  const events = [...strict.dataset.events];
  return {
    events,
    pending: [],
    report: {
      total: strict.total,
      loaded: events.length,
      rejected,
      corrected,
      unlocated: [],
      located: [],
      columns: [],
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
