import { t } from '@lingui/core/macro';
import type { ParseResult } from '../dataset';
import type { ColumnMatch } from './columns';
import { tooManyColumns } from './columns';
import { headerWidth, readCsv } from './csv';
import { readForeignGeoJson } from './geojson';
import type { MappingQuestions, ReadOptions } from './read-options';
import type { ImportResult } from './types';

export type EventsFile =
  | {
      readonly ok: true;
      readonly format: 'csv' | 'geojson';
      readonly headers: string[];
      readonly match: ColumnMatch;
      readonly result: ImportResult;
      /** Each column's first value, for the mapping step. */
      readonly examples: string[];
      /** What the mapping step must ask about this file besides its columns. */
      readonly questions: MappingQuestions;
      /** For a GeoJSON file in our own schema, what our strict reader made of it. */
      readonly strict: ParseResult | null;
    }
  | { readonly ok: false; readonly error: string };

/** Why a spreadsheet is refused, and what to do. */
function spreadsheet(): string {
  return t({
    comment: '“File > Save As” and “Download > CSV” are the menus of Excel and of Google Sheets',
    message:
      'This is a spreadsheet file, not CSV. Save it as CSV first (File > Save As, or Download > CSV) and load that',
  });
}

/**
 * A file a reader brings, read as CSV or GeoJSON by its extension and its
 * first characters. Never throws: a file we cannot read gives an error that
 * says what it looks like instead.
 */
export function readEventsFile(name: string, text: string, options: ReadOptions = {}): EventsFile {
  try {
    return read(name, text, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: t`Could not read this file (${reason})` };
  }
}

function read(name: string, text: string, options: ReadOptions): EventsFile {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start === '') return { ok: false, error: t`The file is empty` };

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
        const detail = e instanceof Error ? e.message : null;
        return {
          ok: false,
          error:
            detail === null ? t`This file is not valid JSON` : t`This file is not valid JSON (${detail})`,
        };
      }
      return csvFile(body, options);
    }
    const read = readForeignGeoJson(json, options);
    if ('error' in read) return { ok: false, error: read.error };
    return { ok: true, format: 'geojson', ...read };
  }
  return csvFile(body, options);
}

function csvFile(body: string, options: ReadOptions): EventsFile {
  const wide = tooManyColumns(headerWidth(body));
  if (wide) return { ok: false, error: wide };
  return { ok: true, format: 'csv', ...readCsv(body, options), strict: null };
}

/** Why a file is not CSV or GeoJSON, when we can tell from its name or its first bytes. */
function notData(ext: string, start: string, body: string): string | null {
  if (['xlsx', 'xls', 'xlsm', 'ods', 'numbers'].includes(ext)) return spreadsheet();
  if (start.startsWith('PK\u0003\u0004')) {
    return t({
      comment: '“File > Save As” and “Download > CSV” are the menus of Excel and of Google Sheets',
      message:
        'This looks like a compressed file (such as an Excel workbook or a zip). This is a spreadsheet file, not CSV. Save it as CSV first (File > Save As, or Download > CSV) and load that',
    });
  }
  if (start.startsWith('%PDF')) return t`This is a PDF, not a data file. Load a CSV or GeoJSON file`;
  if (body.includes('\u0000')) return t`This looks like a binary file, not text. Load a CSV or GeoJSON file`;
  if (start.startsWith('<')) return markupError(start);
  return null;
}

function markupError(start: string): string {
  const head = start.slice(0, 2000).toLowerCase();
  if (/<(!doctype html|html|head|body|meta|title|script|div)\b/.test(head)) {
    return t`This looks like a web page, not a data file. Download the data itself (CSV or GeoJSON), not the page that shows it`;
  }
  if (head.includes('<kml')) return t`This looks like KML (Google Earth). Convert it to GeoJSON or CSV first`;
  if (head.includes('<gpx')) return t`This looks like GPX (a GPS track). Convert it to GeoJSON or CSV first`;
  return t`This looks like XML, not CSV or GeoJSON. Load a CSV or GeoJSON file`;
}
