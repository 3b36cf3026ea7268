import type { z } from 'zod';
import { makeDataset, type DataIssue, type MapEvent, type ParseResult } from './dataset';
import { eventDayRange } from './dates';
import { datasetMetadataSchema, eventFeatureSchema, type DatasetMetadata } from './event-schema';

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
