/** Bring-your-own-data import: CSV and foreign GeoJSON to events, with a report of what went wrong. */
export {
  CSV_TEMPLATE_HEADERS,
  FIELDS,
  FIELD_LABELS,
  FIELD_SYNONYMS,
  applyMapping,
  matchColumns,
  type ColumnMapping,
  type ColumnMatch,
  type Field,
  type MissingField,
} from './columns';
export { CATEGORY_SYNONYMS } from './category';
export { readCsv, type TableRead } from './csv';
export { readEventsFile, type EventsFile } from './detect';
export { dateFromParts, parseFlexibleDate, spanFrom, type DateResult } from './flexible-date';
export { readForeignGeoJson, type GeoJsonRead } from './geojson';
export { locateEvent } from './locate';
export { recordsToEvents, type RecordOptions } from './records';
export type { ImportIssue, ImportReport, ImportResult, PendingEvent, UnlocatedRow } from './types';
