import { t } from '@lingui/core/macro';
import type { z } from 'zod';
import { makeDataset, type DataIssue, type MapEvent, type ParseResult } from './dataset';
import { eventDayRange } from './dates';
import { fieldProblem } from './field-problem';
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
      message: t({
        comment:
          'Why a data file cannot be read; "GeoJSON FeatureCollection" and "features" are names in the file format',
        message: 'the file is not a GeoJSON FeatureCollection with a "features" array',
      }),
    });
    return { dataset: makeDataset(null, []), issues, total: 0 };
  }

  let metadata: DatasetMetadata | null = null;
  if (json.metadata !== undefined) {
    const meta = datasetMetadataSchema.safeParse(json.metadata, { error: fieldProblem });
    if (meta.success) metadata = meta.data;
    else issues.push(...zodIssues(meta.error, null, null, 'metadata'));
  }

  const events: MapEvent[] = [];
  const seen = new Set<string>();
  json.features.forEach((raw: unknown, i: number) => {
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
    const parsed = eventFeatureSchema.safeParse(raw, { error: fieldProblem });
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, i, id));
      return;
    }
    const f = parsed.data;
    if (seen.has(f.id)) {
      const message = t({
        comment: 'A problem with one event of a GeoJSON file (a "feature"), after its name and field',
        message: 'repeats the id of an earlier feature',
      });
      issues.push({ feature: i, id: f.id, field: 'id', message });
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
    message: issue.message,
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
