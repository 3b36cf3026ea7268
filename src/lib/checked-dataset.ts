/**
 * The bundled dataset as the build leaves it: checked against the schema
 * once, at build time (see `bundledDataset` in vite.config.ts), and shipped
 * as events ready for the index, so the page reads it without the schema
 * library. Readers' own files are still checked in the page, row by row.
 */
import { t } from '@lingui/core/macro';
import { byRange, datasetOfSorted, formatIssue, type MapEvent, type ParseResult } from './dataset';
import type { DatasetMetadata } from './event-schema';
import { WordedError } from './worded-error';

export const CHECKED_FORMAT = 'wherewhen-checked-events';
export const CHECKED_VERSION = 1;

interface CheckedFile {
  readonly format: typeof CHECKED_FORMAT;
  readonly version: typeof CHECKED_VERSION;
  readonly metadata: DatasetMetadata | null;
  /** In index order (by start day, then end day), as `makeDataset` sorts them. */
  readonly events: readonly MapEvent[];
}

/**
 * The checked file's text for a dataset the schema read; throws, naming every
 * feature and field at fault, when any feature was rejected: the build stops
 * rather than ship a dataset that silently lacks events.
 */
export function checkedDatasetText(result: ParseResult, file: string): string {
  if (result.issues.length > 0)
    throw new Error(
      `${file}: ${result.issues.length} of ${result.total} features do not pass the schema:\n` +
        result.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
  const checked: CheckedFile = {
    format: CHECKED_FORMAT,
    version: CHECKED_VERSION,
    metadata: result.dataset.metadata,
    events: result.dataset.events,
  };
  return JSON.stringify(checked);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value has the shape of an event the build checked (the schema vouches for its properties). */
function isCheckedEvent(value: unknown): value is MapEvent {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    [value.lon, value.lat].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    [value.start, value.end].every((n) => Number.isInteger(n)) &&
    isRecord(value.props)
  );
}

/** Whether JSON says it is a checked file (of any version): if not, it is read as GeoJSON, with the schema. */
export function isCheckedFile(json: unknown): boolean {
  return isRecord(json) && json.format === CHECKED_FORMAT;
}

/** Why the bundled events cannot be shown, after "The events could not be loaded:". */
function damaged(): string {
  return t({
    comment: 'Follows "The events could not be loaded:"',
    message: 'the bundled events file is damaged',
  });
}

/**
 * The dataset from the checked file's JSON. A file that is not one (another
 * format or version, a damaged copy) throws: it cannot be trusted in part.
 */
export function readCheckedDataset(json: unknown): ParseResult {
  if (!isRecord(json) || json.format !== CHECKED_FORMAT || json.version !== CHECKED_VERSION)
    throw new WordedError(() =>
      t({
        comment: 'Follows "The events could not be loaded:"',
        message: 'the bundled events are not in the form this version of the app reads',
      }),
    );
  const { events, metadata } = json;
  if (!Array.isArray(events) || !events.every(isCheckedEvent) || !(metadata === null || isRecord(metadata)))
    throw new WordedError(damaged);
  if (events.some((e, i) => i > 0 && byRange(events[i - 1]!, e) > 0)) throw new WordedError(damaged);
  return {
    dataset: datasetOfSorted(metadata as DatasetMetadata | null, events),
    issues: [],
    total: events.length,
  };
}
