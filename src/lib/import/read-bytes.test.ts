import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBytesAndLocate } from './read-bytes';
import { readForMap, type MapRead } from './read-for-map';
import type { ImportResult } from './types';

const asIs = (result: ImportResult) => Promise.resolve(result);
const read = (name: string, bytes: Uint8Array, charset: string | null = null) =>
  readBytesAndLocate(name, bytes, charset, {}, asIs);

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array([0xfe, 0xff, ...le.map((_, i) => le[i ^ 1]!)]);
};
/** Windows-1252 for an alphabet it holds: Latin-1 above 0xA0, and the punctuation Excel writes. */
const PUNCTUATION: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
const windows1252 = (text: string) =>
  new Uint8Array(Array.from(text, (c) => PUNCTUATION[c] ?? c.charCodeAt(0)));
const LATIN = [
  ...' abcdefghijklmnopqrstuvwxyzABCXYZ0123456789,;"\'-.àéèçüöñÀÉßøÿ',
  ...Object.keys(PUNCTUATION),
];

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A CSV file of rows with any titles and places, every value quoted. */
function csvOf(rows: Array<[string, string]>): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [
    'title,date,place,latitude,longitude',
    ...rows.map(([t, p]) => `${q(t)},2024-03,${q(p)},12.6,-8`),
  ].join('\r\n');
}

/** What a read shows and says, without the encoding and the decoder's note on the whole file. */
function shown(result: MapRead) {
  if (result.kind !== 'read') return result;
  const report = result.report && {
    ...result.report,
    encoding: undefined,
    corrected: result.report.corrected.filter((i) => i.row !== null || i.feature !== null),
  };
  return { events: result.events, report, issues: result.issues };
}

describe('readBytesAndLocate', () => {
  it('gives the same events whether the file is UTF-8 or UTF-16 (either order, with its mark)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), { maxLength: 8 }),
        async (rows) => {
          const text = csvOf(rows);
          const expected = shown(readForMap('events.csv', text));
          expect(shown(await read('events.csv', utf16le(text)))).toEqual(expected);
          expect(shown(await read('events.csv', utf16be(text)))).toEqual(expected);
          expect(shown(await read('events.csv', utf8(text)))).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same events from Windows-1252 as from UTF-8, for text Windows-1252 holds', async () => {
    const latin = fc.string({ unit: fc.constantFrom(...LATIN) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(latin, latin), { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = csvOf(rows);
        const bytes = windows1252(text);
        // Bytes that happen to be valid UTF-8 too ("É–" is "ɖ") are read as UTF-8: see decodeBytes.
        fc.pre(!isUtf8(bytes) || !/[^\0-\x7f]/.test(text));
        expect(shown(await read('events.csv', bytes))).toEqual(shown(readForMap('events.csv', text)));
      }),
      { numRuns: 40 },
    );
  });

  it('no U+FFFD reaches an event without a note naming its row, whatever bytes the cells hold', async () => {
    const cellBytes = fc
      .array(fc.integer({ min: 0x20, max: 0xff }), { maxLength: 12 })
      .map((b) => b.filter((x) => x !== 0x22 && x !== 0x2c && x !== 0x7f));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellBytes, cellBytes), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (rows, ascii) => {
          const row = ([title, place]: number[][]) => [
            ...utf8('x'),
            ...title!,
            ...utf8(',2024,'),
            ...place!,
            ...utf8(',12.6,-8\r\n'),
          ];
          // Mostly UTF-8 or not: both ways of reading bytes that are not are tried.
          const start = utf8(
            `title,date,place,latitude,longitude\r\n${ascii ? '' : 'Zürich,2024,Genève,1,1\r\n'.repeat(30)}`,
          );
          const result = await read('events.csv', new Uint8Array([...start, ...rows.flatMap(row)]));
          if (result.kind !== 'read') return;
          for (const event of result.events) {
            if (!JSON.stringify(event.props).includes('\uFFFD')) continue;
            const named = result.report!.corrected.some(
              (i) => i.id === event.id && i.row !== null && /could not be read/.test(i.problem),
            );
            expect(named, event.id).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('puts the encoding in the report, and the reason where it was a guess', async () => {
    const result = await read('events.csv', windows1252(csvOf([['Attentat à Bamako', 'Bamako']])));
    if (result.kind !== 'read') throw new Error(result.kind);
    expect(result.events[0]!.props.title).toBe('Attentat à Bamako');
    expect(result.report?.encoding).toBe('windows-1252');
    expect(result.report?.corrected[0]).toMatchObject({ row: null, feature: null, field: '' });
    expect(result.report?.corrected[0]!.problem).toMatch(/read as Windows-1252/);

    const plain = await read('events.csv', utf8(csvOf([['A', 'B']])));
    expect(plain.kind === 'read' && plain.report).toMatchObject({ encoding: 'utf-8', corrected: [] });
  });

  it('names the events of a file in our own schema that have characters that could not be read', async () => {
    const file = readFileSync('data/events.geojson', 'utf8');
    // One byte that is not UTF-8 in a title, the rest of the file as it was.
    const at = file.indexOf('"Bomb hits police bus in Mastung"') + '"Bomb hits '.length;
    const withBadByte = new Uint8Array([...utf8(file.slice(0, at)), 0xff, ...utf8(file.slice(at))]);
    const result = await read('events.geojson', withBadByte);
    if (result.kind !== 'read') throw new Error(result.kind);
    expect(result.report).toBeNull();
    expect(result.issues).toContainEqual({
      feature: null,
      id: null,
      field: 'properties.title',
      message: expect.stringMatching(
        /^event "mastung-police-bus-bombing-2025" has characters that could not be read/,
      ),
    });
    expect(result.issues.every((i) => i.feature === null)).toBe(true);
  });
});
