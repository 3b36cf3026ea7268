/**
 * Latitude and longitude as people write them: decimal degrees (with a
 * decimal point or comma, any minus sign or dash), a hemisphere letter before
 * or after ("34.5 N", "S 12.3"), degrees, minutes and seconds in the usual
 * spellings (34°33′12″N, 34° 33' 12" N, 34:33:12N, 34d33m12s), and whole
 * points in one cell ("34.5553, 69.2075", WKT POINT(lon lat), "34°33′N 69°12′E").
 */
import { t } from '@lingui/core/macro';

export type Hemisphere = 'N' | 'S' | 'E' | 'W';

/** One coordinate read: its signed degrees and the hemisphere letter it was written with, if any. */
export type DegreesRead =
  { readonly degrees: number; readonly hemisphere: Hemisphere | null } | { readonly problem: string };

export type LatLon = { readonly lat: number; readonly lon: number };

/** How to write a coordinate: the fix of a message about one. */
export function writeDegrees(): string {
  return t`Write decimal degrees such as 34.5553, or degrees, minutes and seconds such as 34°33′19″N`;
}

/** How to write a point in one cell: the fix of a message about one. */
export function writePoint(): string {
  return t`Write latitude and longitude such as "34.5553, 69.2075" (or "34,5553; 69,2075"), or POINT(69.2075 34.5553) in WKT`;
}

/** Said of a coordinate field, after its name ("latitude: is not a number of degrees"). */
function notDegrees(): string {
  return t({
    comment: 'Said of a coordinate field of a row, after its name: "latitude: is not a number of degrees"',
    message: 'is not a number of degrees',
  });
}

/** A number of degrees, or null for an empty cell, or 'invalid'. See readDegrees for the reason why not. */
export function parseCoordinate(value: unknown): number | null | 'invalid' {
  const read = readDegrees(value);
  if (read === null) return null;
  return 'problem' in read ? 'invalid' : read.degrees;
}

/**
 * One coordinate cell read, or why it cannot be: the message says what was
 * understood of it and what is wrong, so the reader can write it right.
 * Empty -> null.
 */
export function readDegrees(value: unknown): DegreesRead | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { degrees: value, hemisphere: null }
      : { problem: t`${value} is not a number` };
  }
  if (typeof value !== 'string') return { problem: notDegrees() };
  const text = normalize(value);
  if (text === '') return null;
  return parseTokens(text, tokenize(text), value.trim());
}

/**
 * A whole point written in one cell, latitude first unless its letters or
 * its form say otherwise: "34.5553, 69.2075", "34,5553; 69,2075",
 * "34.5553 69.2075", "34°33′N 69°12′E", WKT "POINT(69.2075 34.5553)" (also
 * POINT Z and an SRID=4326; prefix) or a GeoJSON Point. Empty -> null.
 */
export function parseLatLon(value: unknown): LatLon | null | 'invalid' {
  const read = readLatLon(value);
  return read === null || !('problem' in read) ? read : 'invalid';
}

/** parseLatLon, with the reason when the cell cannot be read as a point. */
export function readLatLon(value: unknown): LatLon | null | { readonly problem: string } {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    return {
      problem: t({
        comment: 'Said of the coordinates field of a row, after its name',
        message: 'is not a point',
      }),
    };
  }
  const text = value.trim();
  if (text === '') return null;
  const shown = quote(text);
  if (text.startsWith('{')) return geoJsonPoint(text, shown);
  const wkt = readWkt(text, shown);
  if (wkt !== undefined) return wkt;

  const splits = candidateSplits(normalize(text));
  if (splits === 'ambiguous') {
    return {
      problem: t`"${shown}" cannot be split into latitude and longitude: its commas could be decimal commas or separators`,
    };
  }
  const readings: Array<LatLon | { problem: string }> = splits.map(([a, b]) => pairOf(a, b, shown));
  const good = readings.filter((r): r is LatLon => !('problem' in r));
  const distinct = new Set(good.map((r) => `${r.lat}|${r.lon}`));
  if (distinct.size === 1) return good[0]!;
  if (distinct.size > 1)
    return { problem: t`"${shown}" can be split into latitude and longitude in more than one way` };
  const told = readings.find((r): r is { problem: string } => 'problem' in r && r.problem !== '');
  return told ?? { problem: t`"${shown}" is not a point: found no latitude and longitude in it` };
}

export type CoordinateCheck =
  | { lon: number; lat: number }
  | {
      field: 'latitude' | 'longitude';
      problem: string;
      /** Both valid when read the other way round. */ swappable: boolean;
    };

/**
 * Valid coordinates as they are; otherwise which is out of range, and whether
 * they would make sense the other way round. Never swaps: that is the
 * reader's choice (ReadOptions.swapCoordinates) or the country check's.
 */
export function checkCoordinates(lat: number, lon: number): CoordinateCheck {
  if (inRange(lat, lon)) return { lon, lat };
  const swappable = inRange(lon, lat);
  if (Math.abs(lat) > 90) return { field: 'latitude', problem: t`${lat} is outside -90 to 90`, swappable };
  return { field: 'longitude', problem: t`${lon} is outside -180 to 180`, swappable };
}

export function inRange(lat: number, lon: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** "latitude 34.5, longitude 69.2", as people read a point: latitude first. */
export function formatLatLon(lat: number, lon: number): string {
  const latitude = round(lat);
  const longitude = round(lon);
  return t`latitude ${latitude}, longitude ${longitude}`;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

// --- one coordinate -------------------------------------------------------

type Token =
  | { kind: 'number'; value: number; spaced: boolean; text: string }
  | { kind: 'sign'; negative: boolean; text: string }
  | { kind: 'unit'; unit: 0 | 1 | 2; text: string }
  | { kind: 'colon'; text: string }
  /** N, S, E, W (or the words); D, M and S also mark degrees, minutes and seconds right after a number. */
  | { kind: 'letter'; letter: Hemisphere | 'D' | 'M'; spaced: boolean; text: string }
  | { kind: 'other'; text: string };

/** The many ways of writing a minus, a degree, a minute and a second mark, as one each. */
function normalize(text: string): string {
  return text
    .trim()
    .replace(/[\u2212\u2010-\u2015\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u00BA\u02DA\u2070]/g, '°')
    .replace(/[\u2032\u2019\u2018\u00B4`]/g, "'")
    .replace(/[\u2033\u201C\u201D]|''/g, '"');
}

const TOKEN =
  /(\s*)(?:(\d+(?:[.,]\d*)?(?:e[+-]?\d+)?|[.,]\d+(?:e[+-]?\d+)?)|([+-])|(°|deg(?:rees?)?(?![a-z]))|('|min(?:utes?)?(?![a-z]))|("|sec(?:onds?)?(?![a-z]))|(:)|(north|south|east|west|[nsewdm](?![a-z])|[dms](?=[nsew](?![a-z])))|(\S))/iy;

/** The tokens of a coordinate, each with where it ends in the text. */
function tokenize(text: string): Array<Token & { end: number }> {
  const tokens: Token[] = [];
  const ends: number[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
    const raw = m[0].trim();
    if (m[2] !== undefined)
      tokens.push({ kind: 'number', value: Number(m[2].replace(',', '.')), spaced: m[1] !== '', text: raw });
    else if (m[3] !== undefined) tokens.push({ kind: 'sign', negative: m[3] === '-', text: raw });
    else if (m[4] !== undefined) tokens.push({ kind: 'unit', unit: 0, text: raw });
    else if (m[5] !== undefined) tokens.push({ kind: 'unit', unit: 1, text: raw });
    else if (m[6] !== undefined) tokens.push({ kind: 'unit', unit: 2, text: raw });
    else if (m[7] !== undefined) tokens.push({ kind: 'colon', text: raw });
    else if (m[8] !== undefined) {
      const letter = m[8][0]!.toUpperCase() as Hemisphere | 'D' | 'M';
      tokens.push({ kind: 'letter', letter, spaced: m[1] !== '', text: raw });
    } else if (raw !== '') tokens.push({ kind: 'other', text: raw });
    if (tokens.length > ends.length) ends.push(TOKEN.lastIndex);
  }
  return tokens.map((token, k) => ({ ...token, end: ends[k]! }));
}

const PARTS = ['degrees', 'minutes', 'seconds'] as const;
type Part = (typeof PARTS)[number];

/** The unit a token gives the number before it: °, ′ or ″, or d, m and (after an m) s written right after it. */
function unitOf(token: Token | undefined, letterStyle: boolean): 0 | 1 | 2 | null {
  if (token?.kind === 'unit') return token.unit;
  if (token?.kind !== 'letter' || token.spaced) return null;
  if (token.letter === 'D') return 0;
  if (token.letter === 'M') return 1;
  // "12s" is 12 seconds in 34d33m12s, but 12 south in 12S.
  return token.letter === 'S' && letterStyle ? 2 : null;
}

function isHemisphere<T extends Token>(
  token: T | undefined,
): token is T & { kind: 'letter'; letter: Hemisphere } {
  return token?.kind === 'letter' && token.letter !== 'D' && token.letter !== 'M';
}

/**
 * [letter] [sign] degrees [unit] [minutes [unit] [seconds [unit]]] [letter],
 * the parts after the first separated by spaces, colons or their marks.
 */
function parseTokens(
  text: string,
  tokens: ReadonlyArray<Token & { end: number }>,
  original: string,
): DegreesRead {
  const shown = quote(original);
  let i = 0;
  let letter: Hemisphere | null = null;
  let negative = false;
  let letterStyle = false;

  const first = tokens[i];
  if (isHemisphere(first)) {
    letter = first.letter;
    i++;
  }
  const sign = tokens[i];
  if (sign?.kind === 'sign') {
    negative = sign.negative;
    i++;
  }
  const parts: number[] = [];
  const texts: string[] = [];
  let separated = true;
  while (parts.length < 3) {
    const token = tokens[i];
    if (token?.kind === 'colon' && parts.length > 0) {
      separated = true;
      i++;
      continue;
    }
    // "1,234.5" is not 1,234 degrees and .5 minutes: parts without marks are set apart by spaces or colons.
    if (token?.kind !== 'number' || !(separated || token.spaced)) break;
    const given = unitOf(tokens[i + 1], letterStyle);
    const unit = given ?? parts.length;
    if (unit !== parts.length) {
      return {
        problem: wrongUnit(shown, `${token.text}${tokens[i + 1]!.text}`, PARTS[unit]!, PARTS[parts.length]!),
      };
    }
    if (given === 1 && tokens[i + 1]!.kind === 'letter') letterStyle = true;
    parts.push(token.value);
    texts.push(token.text);
    separated = given !== null;
    i += given === null ? 1 : 2;
  }
  if (parts.length === 0) return { problem: t`"${shown}" has no number of degrees in it` };
  const last = tokens[i];
  if (isHemisphere(last)) {
    if (letter !== null) {
      const second = last.letter;
      return { problem: t`"${shown}" has two hemisphere letters, ${letter} and ${second}` };
    }
    letter = last.letter;
    i++;
  }
  if (i < tokens.length) {
    const understood = text.slice(0, tokens[i - 1]!.end).trim();
    const rest = text.slice(tokens[i - 1]!.end).trim();
    return { problem: t`"${shown}": "${understood}" reads as degrees, but "${rest}" after it does not` };
  }
  if (negative && (letter === 'S' || letter === 'W')) {
    return { problem: t`"${shown}" has both a minus sign and ${letter}: write one or the other` };
  }
  const [degrees, minutes = 0, seconds = 0] = parts;
  for (let p = 1; p < parts.length; p++) {
    if (parts[p]! >= 60) {
      const written = texts[p]!;
      return {
        problem:
          p === 1
            ? t`"${shown}": ${written} minutes is not under 60`
            : t`"${shown}": ${written} seconds is not under 60`,
      };
    }
    if (!Number.isInteger(parts[p - 1]!)) {
      const written = texts[p - 1]!;
      return {
        problem:
          p === 1
            ? t`"${shown}": ${written} degrees with minutes after it should be whole`
            : t`"${shown}": ${written} minutes with seconds after it should be whole`,
      };
    }
  }
  const size = degrees! + minutes / 60 + seconds / 3600;
  if (!Number.isFinite(size)) return { problem: t`"${shown}" is not a number of degrees` };
  const south = negative || letter === 'S' || letter === 'W';
  return { degrees: south ? -size : size, hemisphere: letter };
}

/** A part given where another was expected: "34d12s" gives seconds where minutes were expected. */
function wrongUnit(shown: string, written: string, given: Part, expected: Part): string {
  switch (`${given} for ${expected}`) {
    case 'degrees for minutes':
      return t`"${shown}": "${written}" gives degrees where minutes were expected`;
    case 'degrees for seconds':
      return t`"${shown}": "${written}" gives degrees where seconds were expected`;
    case 'minutes for degrees':
      return t`"${shown}": "${written}" gives minutes where degrees were expected`;
    case 'minutes for seconds':
      return t`"${shown}": "${written}" gives minutes where seconds were expected`;
    case 'seconds for degrees':
      return t`"${shown}": "${written}" gives seconds where degrees were expected`;
    default:
      return t`"${shown}": "${written}" gives seconds where minutes were expected`;
  }
}

// --- a whole point --------------------------------------------------------

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
const WKT_POINT = new RegExp(
  String.raw`^(?:srid\s*=\s*(\d+)\s*;\s*)?point\s*(z|m|zm)?\s*(?:(empty)|\(\s*(${NUMBER})\s+(${NUMBER})((?:\s+${NUMBER}){0,2})\s*\))$`,
  'i',
);
const WKT_OTHER =
  /^(?:srid\s*=\s*\d+\s*;\s*)?(multipoint|linestring|multilinestring|polygon|multipolygon|geometrycollection)\b/i;

/** A WKT point; undefined when the text is not WKT at all. */
function readWkt(text: string, shown: string): LatLon | null | { problem: string } | undefined {
  const m = WKT_POINT.exec(text);
  if (!m) {
    const other = WKT_OTHER.exec(text);
    if (other) {
      const type = other[1]!.toUpperCase();
      return {
        problem: t`"${shown}" is a ${type}: a cell can hold a point only (or load the file as GeoJSON)`,
      };
    }
    return /^(?:srid\s*=|point\b)/i.test(text)
      ? { problem: t`"${shown}" is not a WKT point such as POINT(69.2075 34.5553)` }
      : undefined;
  }
  if (m[1] !== undefined && m[1] !== '4326') {
    const srid = m[1];
    return { problem: t`"${shown}" is in SRID ${srid}, not longitude and latitude in degrees (SRID 4326)` };
  }
  if (m[3] !== undefined) return null;
  // WKT is x y: longitude first.
  return { lon: Number(m[4]), lat: Number(m[5]) };
}

function geoJsonPoint(text: string, shown: string): LatLon | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: t`"${shown}" is not valid JSON` };
  }
  const c = (json as { type?: unknown; coordinates?: unknown } | null)?.coordinates;
  if ((json as { type?: unknown } | null)?.type !== 'Point' || !Array.isArray(c)) {
    return { problem: t`"${shown}" is not a GeoJSON Point` };
  }
  const [lon, lat] = c as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon + lat)) {
    return { problem: t`"${shown}" is a GeoJSON Point without two numbers` };
  }
  return { lon, lat };
}

/**
 * The ways the cell could be two coordinates: at its semicolon; else at its
 * one comma; else at a comma followed by a space, when decimal commas make
 * three; else at any run of spaces.
 */
function candidateSplits(text: string): Array<[string, string]> | 'ambiguous' {
  const at = (separator: RegExp) => {
    const parts = text.split(separator);
    return parts.length === 2 ? [[parts[0]!, parts[1]!] as [string, string]] : [];
  };
  if (text.includes(';')) return at(/;/);
  const commas = (text.match(/,/g) ?? []).length;
  if (commas === 1) return at(/,/);
  if (commas > 1) {
    const spaced = at(/,\s+/);
    if (spaced.length > 0) return spaced;
    if (commas === 3 && !/\s/.test(text)) return 'ambiguous';
  }
  const splits: Array<[string, string]> = [];
  const gap = /\s+/g;
  let m: RegExpExecArray | null;
  while ((m = gap.exec(text)) !== null) {
    splits.push([text.slice(0, m.index), text.slice(m.index + m[0].length)]);
  }
  return splits;
}

/** Two coordinates as a point: their letters say which is which; without letters, latitude first. */
function pairOf(a: string, b: string, shown: string): LatLon | { problem: string } {
  const first = readDegrees(a);
  const second = readDegrees(b);
  if (first === null || second === null) return { problem: '' };
  if ('problem' in first || 'problem' in second) return { problem: '' };
  const axis = (h: Hemisphere | null) => (h === null ? null : h === 'N' || h === 'S' ? 'lat' : 'lon');
  const [x, y] = [axis(first.hemisphere), axis(second.hemisphere)];
  if (x !== null && x === y) {
    const [one, other] = [first.hemisphere ?? '', second.hemisphere ?? ''];
    return {
      problem:
        x === 'lat'
          ? t`"${shown}" gives two latitudes (${one} and ${other})`
          : t`"${shown}" gives two longitudes (${one} and ${other})`,
    };
  }
  if (x === 'lon' || y === 'lat') return { lat: second.degrees, lon: first.degrees };
  return { lat: first.degrees, lon: second.degrees };
}

/** The cell as a message shows it (and quotes it), cut short if long. */
function quote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
