import type { ParseResult } from '../dataset';
import type { ColumnMatch } from './columns';
import { readCsv } from './csv';
import type { DateOrderQuestion } from './date-columns';
import { readForeignGeoJson } from './geojson';
import type { ReadOptions } from './read-options';
import type { ImportResult } from './types';

export type EventsFile =
  | {
      readonly ok: true;
      readonly format: 'csv' | 'geojson';
      readonly headers: string[];
      readonly match: ColumnMatch;
      readonly result: ImportResult;
      /** For a GeoJSON file in our own schema, what our strict reader made of it. */
      readonly strict: ParseResult | null;
      /** The order of day and month, when a date column cannot tell it and the reader has not said. */
      readonly dateOrder: DateOrderQuestion | null;
    }
  | { readonly ok: false; readonly error: string };

const SPREADSHEET =
  'This is a spreadsheet file, not CSV. Save it as CSV first (File > Save As, or Download > CSV) and load that';

/**
 * A file a reader brings, read as CSV or GeoJSON by its extension and its
 * first characters. Never throws: a file we cannot read gives an error that
 * says what it looks like instead.
 */
export function readEventsFile(name: string, text: string, options: ReadOptions = {}): EventsFile {
  try {
    return read(name, text, options);
  } catch (e) {
    return { ok: false, error: `Could not read this file (${e instanceof Error ? e.message : String(e)})` };
  }
}

function read(name: string, text: string, options: ReadOptions): EventsFile {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start === '') return { ok: false, error: 'The file is empty' };

  const refused = notData(ext, start, body);
  if (refused) return { ok: false, error: refused };

  const jsonByName = ext === 'json' || ext === 'geojson';
  if (jsonByName || start.startsWith('{') || start.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      const csvByName = ext === 'csv' || ext === 'tsv' || ext === 'txt';
      if (!csvByName) {
        const detail = e instanceof Error ? ` (${e.message})` : '';
        return { ok: false, error: `This file is not valid JSON${detail}` };
      }
      return { ok: true, format: 'csv', ...readCsv(body, options), strict: null };
    }
    const read = readForeignGeoJson(json, options);
    if ('error' in read) return { ok: false, error: read.error };
    return { ok: true, format: 'geojson', ...read };
  }
  return { ok: true, format: 'csv', ...readCsv(body, options), strict: null };
}

/** Why a file is not CSV or GeoJSON, when we can tell from its name or its first bytes. */
function notData(ext: string, start: string, body: string): string | null {
  if (['xlsx', 'xls', 'xlsm', 'ods', 'numbers'].includes(ext)) return SPREADSHEET;
  if (start.startsWith('PK\u0003\u0004')) {
    return `This looks like a compressed file (such as an Excel workbook or a zip). ${SPREADSHEET}`;
  }
  if (start.startsWith('%PDF')) return 'This is a PDF, not a data file. Load a CSV or GeoJSON file';
  if (body.includes('\u0000')) return 'This looks like a binary file, not text. Load a CSV or GeoJSON file';
  if (start.startsWith('<')) return markupError(start);
  return null;
}

function markupError(start: string): string {
  const head = start.slice(0, 2000).toLowerCase();
  if (/<(!doctype html|html|head|body|meta|title|script|div)\b/.test(head)) {
    return 'This looks like a web page, not a data file. Download the data itself (CSV or GeoJSON), not the page that shows it';
  }
  if (head.includes('<kml')) return 'This looks like KML (Google Earth). Convert it to GeoJSON or CSV first';
  if (head.includes('<gpx')) return 'This looks like GPX (a GPS track). Convert it to GeoJSON or CSV first';
  return 'This looks like XML, not CSV or GeoJSON. Load a CSV or GeoJSON file';
}
