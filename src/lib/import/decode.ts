import { plural, t } from '@lingui/core/macro';
import type { Note } from './types';

/** A file's bytes as text, with the encoding they were read in. */
/**
 * A file's bytes as they come to be read: the file itself (picked or
 * dropped), or what `?data=` fetched, with the charset the server named.
 */
export type FileInput = Blob | { readonly bytes: Uint8Array; readonly charset: string | null };

export interface Decoded {
  readonly text: string;
  /** The encoding's WHATWG name, as TextDecoder gives it: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'... */
  readonly encoding: string;
  /** Why the file was read in this encoding, when that was a guess or went against what the server said. */
  readonly note?: Note;
}

/** The character that stands for bytes that could not be read. */
export const UNREADABLE = '\uFFFD';

/**
 * Decodes a reader's file. The order, from surest to least sure:
 *
 * 1. a byte order mark (UTF-8, UTF-16 LE or BE) says what the file is;
 * 2. a server that names UTF-16 is believed;
 * 3. UTF-16 without a mark, when the zero bytes make it plain: text in any
 *    other encoding has none, and ASCII in UTF-16 has one in every pair (an
 *    events file has dates and numbers). Of the first 4,096 bytes' pairs, at
 *    least a quarter have a zero, nine in ten of those on the same side, and
 *    none is two zeros (which binary files have and text never does). A file
 *    with a few stray zeros is not taken for UTF-16: it is refused as binary;
 * 4. bytes that are valid UTF-8 are UTF-8, whatever a server says: other
 *    encodings almost never make valid UTF-8 beyond plain ASCII, which reads
 *    the same in all of them;
 * 5. any other encoding a server names and the browser knows;
 * 6. otherwise Windows-1252, what Excel writes in much of the world; unless
 *    more of the file reads as UTF-8 than not, when it is taken as UTF-8 with
 *    some damage (a cell pasted from another file, a cut character).
 *
 * Bytes that cannot be read become U+FFFD, which the records' notes name
 * row by row (see recordsToEvents). `charset` is the HTTP Content-Type's.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string | null): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode('utf-8', bytes), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode('utf-16le', bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode('utf-16be', bytes), encoding: 'utf-16be' };

  const declared = charset ? encodingOf(charset) : null;
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    return { text: decode(declared, bytes), encoding: declared };
  }
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16 };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    const said = declared && declared !== 'utf-8' && /[^\0-\x7f]/.test(utf8);
    if (!said) return { text: utf8, encoding: 'utf-8' };
    const encoding = encodingName(declared);
    return {
      text: utf8,
      encoding: 'utf-8',
      note: fileNote(
        t({
          comment: 'Said of the reader’s file, after “The file”',
          message: `is valid UTF-8, though the server says it is ${encoding}; it was read as UTF-8`,
        }),
        ifLettersLookWrong(),
      ),
    };
  }
  if (declared && declared !== 'utf-8') return { text: decode(declared, bytes), encoding: declared };

  const loose = decode('utf-8', bytes);
  const { readable, unreadable } = nonAscii(loose);
  // What the server said, when it named an encoding the browser does not know, or UTF-8.
  const unknown = charset && declared === null ? charset.slice(0, 40) : null;
  const saidUtf8 = declared === 'utf-8';
  const mark = UNREADABLE;
  if (readable > unreadable) {
    return {
      text: loose,
      encoding: 'utf-8',
      note: fileNote(
        unknown !== null
          ? plural(unreadable, {
              one: `is UTF-8 but for # character that could not be read; the server names an encoding this browser does not know ("${unknown}"); they are shown as ${mark}`,
              other: `is UTF-8 but for # characters that could not be read; the server names an encoding this browser does not know ("${unknown}"); they are shown as ${mark}`,
            })
          : saidUtf8
            ? plural(unreadable, {
                one: `is UTF-8 but for # character that could not be read, though the server says it is; they are shown as ${mark}`,
                other: `is UTF-8 but for # characters that could not be read, though the server says it is; they are shown as ${mark}`,
              })
            : plural(unreadable, {
                one: `is UTF-8 but for # character that could not be read; they are shown as ${mark}`,
                other: `is UTF-8 but for # characters that could not be read; they are shown as ${mark}`,
              }),
        t`The rows that have them are listed; save the file as UTF-8 (CSV UTF-8 in Excel) and load it again`,
      ),
    };
  }
  return {
    text: decode('windows-1252', bytes),
    encoding: 'windows-1252',
    note: fileNote(
      unknown !== null
        ? t`is not UTF-8; the server names an encoding this browser does not know ("${unknown}"); it was read as Windows-1252 (Western European), the encoding Excel uses for CSV in much of the world`
        : saidUtf8
          ? t`is not UTF-8, though the server says it is; it was read as Windows-1252 (Western European), the encoding Excel uses for CSV in much of the world`
          : t`is not UTF-8; it was read as Windows-1252 (Western European), the encoding Excel uses for CSV in much of the world`,
      ifLettersLookWrong(),
    ),
  };
}

/** The fix of a note on an encoding that was a guess. */
function ifLettersLookWrong(): string {
  return t`If letters look wrong, save the file as UTF-8 (CSV UTF-8 in Excel) and load it again`;
}

/** The encoding's name as a reader knows it: "UTF-16 (little-endian)", "Windows-1252". */
export function encodingName(encoding: string): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-16le':
      return t({ comment: 'The name of a text encoding', message: 'UTF-16 (little-endian)' });
    case 'utf-16be':
      return t({ comment: 'The name of a text encoding', message: 'UTF-16 (big-endian)' });
    case 'windows-1252':
      return 'Windows-1252';
    default:
      return encoding.toUpperCase();
  }
}

/** The WHATWG name of an encoding label ("latin1" is windows-1252), or null if the browser does not know it. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, mark: number[]): boolean {
  return mark.every((b, i) => bytes[i] === b);
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. A leading mark is dropped. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes, with bytes that cannot be read as U+FFFD. A leading mark of the encoding is dropped. */
function decode(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  // Node's decoder reads Windows-1252 as Latin-1 (0x80 to 0x9F as control characters), browsers as
  // the standard says; this gives the standard's reading in both, and U+FFFD for its five unused bytes.
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, windows1252) : text;
}

/** Windows-1252's characters for bytes 0x80 to 0x9F; U+FFFD where it has none. */
const WINDOWS_1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function windows1252(c: string): string {
  return WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!;
}

/** Which UTF-16 the zero bytes of the file's start say it is, if they say it plainly (see decodeBytes). */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, 4096) & ~1;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < end; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 && b === 0) return null;
    if (b === 0) odd++;
    else if (a === 0) even++;
  }
  if (4 * (odd + even) < end / 2 || end < 4) return null;
  if (odd >= 9 * even) return 'utf-16le';
  if (even >= 9 * odd) return 'utf-16be';
  return null;
}

/** Characters beyond ASCII that were read, and U+FFFD for those that were not. */
function nonAscii(text: string): { readable: number; unreadable: number } {
  let readable = 0;
  let unreadable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) unreadable++;
    else if (c < 0xdc00 || c > 0xdfff) readable++;
  }
  return { readable, unreadable };
}

function fileNote(problem: string, fix: string): Note {
  return { field: '', column: null, problem, fix };
}
