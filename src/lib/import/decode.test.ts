import { describe, expect, it } from 'vitest';
import { decodeBytes, encodingName } from './decode';

const TEXT = 'title,place\r\nAttentat à Bamako,Mali – Sahel\r\n';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, b) => b[i ^ 1]!);
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

/** Windows-1252 for the characters these tests use: Latin-1 above 0xA0, and the punctuation Excel writes. */
const PUNCTUATION: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
const windows1252 = (text: string) =>
  new Uint8Array(
    Array.from(text, (c) => {
      const code = c.codePointAt(0)!;
      const byte = PUNCTUATION[c] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
      if (byte === undefined) throw new Error(`not in the test's Windows-1252: ${c}`);
      return byte;
    }),
  );

describe('decodeBytes', () => {
  it('reads UTF-8, with or without its mark, and drops the mark', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeBytes(withMark([0xef, 0xbb, 0xbf], utf8(TEXT)))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte order mark, little- or big-endian', () => {
    expect(decodeBytes(withMark([0xff, 0xfe], utf16le(TEXT)))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(withMark([0xfe, 0xff], utf16be(TEXT)))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('a byte order mark wins over what the server says', () => {
    expect(decodeBytes(withMark([0xff, 0xfe], utf16le(TEXT)), 'windows-1252').encoding).toBe('utf-16le');
  });

  it('reads UTF-16 without a mark when the server says so', () => {
    expect(decodeBytes(utf16be(TEXT), 'UTF-16BE')).toEqual({ text: TEXT, encoding: 'utf-16be' });
    // "utf-16" alone means little-endian.
    expect(decodeBytes(utf16le(TEXT), 'utf-16')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('reads UTF-16 without a mark when its zero bytes make it plain', () => {
    expect(decodeBytes(utf16le(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    // Text in another script still has its dates, numbers, separators and line breaks.
    const cyrillic = 'заголовок,дата,широта,долгота\nВзрыв в Кабуле,2024-03-22,34.5,69.2\n';
    expect(decodeBytes(utf16le(cyrillic))).toEqual({ text: cyrillic, encoding: 'utf-16le' });
  });

  it('does not take UTF-8 with a few stray zero bytes for UTF-16', () => {
    const text = 'title,date,place\nA,2024,\u0000x\u0000\n';
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('does not take a binary file for UTF-16: it stays bytes, zeros and all', () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const { text } = decodeBytes(binary);
    expect(text.startsWith('PK\u0003\u0004')).toBe(true);
    expect(text).toContain('\u0000');
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so with the fix', () => {
    const decoded = decodeBytes(windows1252('title\r\nAttentat à Bamako – “2024” €\r\n'));
    expect(decoded.text).toBe('title\r\nAttentat à Bamako – “2024” €\r\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.note?.problem).toMatch(/is not UTF-8; it was read as Windows-1252/);
    expect(decoded.note?.fix).toMatch(/save the file as UTF-8 \(CSV UTF-8 in Excel\)/);
  });

  it('gives U+FFFD for the five bytes Windows-1252 has no character for, so their rows are named', () => {
    const { text } = decodeBytes(new Uint8Array([0x61, 0xe9, 0x81, 0x8d, 0x8f, 0x90, 0x9d]));
    expect(text).toBe('aé\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD');
  });

  it('reads valid UTF-8 as UTF-8 even when the server names another encoding, and says so', () => {
    const decoded = decodeBytes(utf8(TEXT), 'ISO-8859-1');
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.note?.problem).toMatch(/though the server says it is Windows-1252/);
    // Plain ASCII reads the same in either: nothing to say.
    expect(decodeBytes(utf8('title\nA\n'), 'iso-8859-1').note).toBeUndefined();
  });

  it('follows a server that names another encoding the bytes are in', () => {
    const bytes = windows1252('titre\nCafé\n');
    expect(decodeBytes(bytes, 'windows-1252')).toEqual({ text: 'titre\nCafé\n', encoding: 'windows-1252' });
    expect(decodeBytes(bytes, 'latin1').note).toBeUndefined();
  });

  it('a server that says UTF-8 of a file that is not is not believed, and the note says so', () => {
    const decoded = decodeBytes(windows1252('Café\n'), 'utf-8');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.note?.problem).toMatch(/is not UTF-8, though the server says it is/);
  });

  it('an encoding the browser does not know is named in the note', () => {
    const decoded = decodeBytes(windows1252('Café\n'), 'klingon-8');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.note?.problem).toContain('"klingon-8"');
  });

  it('a UTF-8 file with a few damaged bytes stays UTF-8, the damage shown as U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('Kaboul, Bamako, Zürich, Gdańsk, São Paulo\n'), 0xe9, 0x0a]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Kaboul, Bamako, Zürich, Gdańsk, São Paulo\n\uFFFD\n');
    expect(decoded.note?.problem).toMatch(/is UTF-8 but for 1 character that could not be read/);
  });

  it('names encodings as a reader knows them', () => {
    expect(encodingName('windows-1252')).toBe('Windows-1252');
    expect(encodingName('utf-16le')).toBe('UTF-16 (little-endian)');
    expect(encodingName('shift_jis')).toBe('SHIFT_JIS');
  });
});
