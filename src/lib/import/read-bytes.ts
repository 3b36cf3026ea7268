import { t } from '@lingui/core/macro';
import type { DataIssue } from '../dataset';
import { decodeBytes, encodingName, UNREADABLE, type Decoded } from './decode';
import { readAndLocate, type MapRead, type PlaceNames } from './read-for-map';
import type { ReadOptions } from './read-options';

/**
 * A reader's file as bytes (picked, dropped, or fetched for `?data=` with the
 * server's `charset`), decoded by decodeBytes and read for the map: the
 * report says which encoding was used, and why where it was a guess.
 */
export async function readBytesAndLocate(
  name: string,
  bytes: Uint8Array,
  charset: string | null,
  options: ReadOptions,
  placeNames: PlaceNames,
  checkPoints?: PlaceNames,
): Promise<MapRead> {
  const decoded = decodeBytes(bytes, charset);
  return withEncoding(await readAndLocate(name, decoded.text, options, placeNames, checkPoints), decoded);
}

/**
 * The read with its encoding told: in the report of a file in another layout,
 * the encoding and the decoder's note; for a file in our own schema, which has
 * no report, the note and every event with characters that could not be read
 * as issues of the file (they are not rejections: the events show).
 */
export function withEncoding(read: MapRead, decoded: Decoded): MapRead {
  if (read.kind !== 'read') return read;
  const { encoding, note } = decoded;
  if (read.report) {
    const fileNote = note ? [{ row: null, feature: null, id: null, ...note }] : [];
    return {
      ...read,
      report: { ...read.report, encoding, corrected: [...fileNote, ...read.report.corrected] },
    };
  }
  const issues: DataIssue[] = [];
  if (note) {
    const name = encodingName(encoding);
    const { problem, fix } = note;
    issues.push({
      feature: null,
      id: null,
      field: '',
      message: t({
        comment:
          'Said of the reader’s file; {problem} is said of the file too ("is not UTF-8; …"), {fix} what to do',
        message: `was read as ${name}: it ${problem}. ${fix}`,
      }),
    });
  }
  if (decoded.text.includes(UNREADABLE)) {
    for (const event of read.events) {
      for (const field of damagedFields(event.props, 'properties')) {
        const id = event.id;
        const mark = UNREADABLE;
        issues.push({
          feature: null,
          id: null,
          field,
          message: t({
            comment: '{mark} is the character shown for each one that could not be read',
            message: `event "${id}" has characters that could not be read, shown as ${mark}. Save the file as UTF-8 and load it again`,
          }),
        });
      }
    }
  }
  return issues.length > 0 ? { ...read, issues: [...issues, ...read.issues] } : read;
}

/** The dotted paths of the texts in `value` with U+FFFD in them. */
function damagedFields(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(UNREADABLE) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => damagedFields(v, `${path}.${key}`));
}
