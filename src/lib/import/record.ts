import { eventDayRange, type Day } from '../dates';
import type { ActorRole, EventDate, EventProperties, LocationPrecision } from '../event-schema';
import { CATEGORIES } from '../vocabulary';
import { matchCategory } from './category';
import { capped, makeCells, quoted, type CellReader } from './cells';
import { readClaims } from './claims';
import type { ColumnMapping, Field } from './columns';
import { checkCoordinates, parseCoordinate } from './coordinates';
import { countryCodes } from './countries';
import { parseFigure, type Figure } from './figure';
import type { DateReadings } from './date-columns';
import { dateFromParts, parseFlexibleDate, pointOf, spanFrom, type DateResult } from './flexible-date';
import type { RecordContext } from './read-options';
import { readDatePrecision, readPlacePrecision, withDatePrecision } from './precision';
import { readSource } from './source';
import { CAPS, capText, cellText, cleanText, placeLabel } from './text';
import type { Note } from './types';

export type LonLat = { lon: number; lat: number };

export type RecordOutcome =
  | { ok: false; problems: Note[]; idText: string }
  | {
      ok: true;
      /** Null when the record has a place name but no coordinates. */
      lonLat: LonLat | null;
      start: Day;
      end: Day;
      props: EventProperties;
      notes: Note[];
      idText: string;
    };

const DATE_FIX = 'Give each event a date as YYYY-MM-DD, YYYY-MM or YYYY';
const DEGREES_FIX = 'Write decimal degrees, e.g. latitude 34.5553 and longitude 69.2075 for Kabul';

/**
 * One row or feature read as an event. It is rejected without a title, a
 * readable date, or a place (valid coordinates or a place name); anything
 * else that is wrong is left out or put right, with a note.
 */
export function readRecord(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  geometry: [number, number] | null,
  context: RecordContext = {},
): RecordOutcome {
  const notes: Note[] = [];
  const problems: Note[] = [];
  const cell = makeCells(record, columns, notes);
  const idText = cell('id').text;

  const ownTitle = columns.title ? capped(cell('title'), 'title', CAPS.title, notes) : '';
  const placeName = capped(cell('place'), 'place', CAPS.other, notes);
  const title = columns.title ? ownTitle : madeTitle(cell('category').text, placeName, cell('country').text);
  if (!title) {
    problems.push({
      field: 'title',
      column: columns.title,
      problem: 'is empty',
      fix: 'Give each event a title',
    });
  }

  const date = readDate(cell, context.dates ?? {});
  if ('error' in date) {
    problems.push({
      field: date.field,
      column: columns[date.field],
      problem: date.error,
      fix: date.fix ?? DATE_FIX,
    });
  }

  const where = readLocation(cell, geometry, placeName !== '', notes, context);
  if ('problem' in where) problems.push(where.problem);

  if (problems.length > 0 || 'error' in date || 'problem' in where) return { ok: false, problems, idText };

  const eventDate = datePrecision(cell, date.date, notes);
  const { start, end } = eventDayRange(eventDate);
  const casualties = readCasualties(cell, notes);
  const source = readSource(cell, notes, context.dates?.published);
  const claims = readClaims(record, columns, cell, source?.outlet ?? '', notes);
  const props: EventProperties = {
    title,
    summary: capped(cell('summary', true), 'summary', CAPS.summary, notes),
    category: readCategory(cell, notes),
    date: eventDate,
    ...(date.note ? { dateNote: date.note } : {}),
    place: {
      name: placeName,
      label: placeLabel(placeName),
      precision: placePrecision(cell, notes) ?? (where.lonLat ? 'site' : 'city'),
      countries: readCountries(cell, notes),
    },
    actors: readActors(cell, notes),
    ...(casualties ? { casualties } : {}),
    ...(claims.length > 0 ? { claims } : {}),
    sources: source ? [source] : [],
    ...otherFields(record, context.otherColumns ?? []),
  };
  return { ok: true, lonLat: where.lonLat, start, end, props, notes, idText };
}

/**
 * A title for a file with no title column but a type column, as the Global
 * Terrorism Database's exports are: "Bombing/Explosion in Quetta, Pakistan".
 */
export function madeTitle(type: string, place: string, country: string): string {
  const kind = type.trim() || 'Event';
  const where = [place.trim(), country.trim()].filter(Boolean);
  if (where.length === 2 && where[0]!.toLowerCase().includes(where[1]!.toLowerCase())) where.pop();
  const title = where.length > 0 ? `${kind} in ${where.join(', ')}` : kind;
  return title.slice(0, CAPS.title);
}

/**
 * From a date column, else a start column, else year/month/day columns; with an end column, a span.
 * Each column is read as `readings` says (its order of day and month, its Unix time unit).
 */
function readDate(
  cell: CellReader,
  readings: DateReadings,
): { date: EventDate; note?: string } | { error: string; fix?: string; field: Field } {
  const end = cell('end');
  const endValue = end.text ? end.value : '';
  const tag = (result: DateResult, field: Field) => ('error' in result ? { ...result, field } : result);
  const date = cell('date');
  if (date.text) return tag(spanFrom(date.value, endValue, readings.date, readings.end), 'date');
  const start = cell('start');
  if (start.text) return tag(spanFrom(start.value, endValue, readings.start, readings.end), 'start');
  const year = cell('year');
  if (year.text) {
    const parts = dateFromParts(year.value, cell('month').value, cell('day').value);
    if ('error' in parts || !end.text) return tag(parts, 'year');
    return tag(spanFrom(pointOf(parts.date), endValue, {}, readings.end), 'year');
  }
  if (end.text) return tag(parseFlexibleDate(end.value, readings.end), 'end');
  return { error: 'is empty', field: 'date' };
}

function readLocation(
  cell: CellReader,
  geometry: [number, number] | null,
  hasPlace: boolean,
  notes: Note[],
  context: RecordContext,
): { lonLat: LonLat | null } | { problem: Note } {
  const latCell = cell('latitude');
  const lonCell = cell('longitude');
  let lat: number;
  let lon: number;
  if (geometry) {
    [lon, lat] = context.swapCoordinates ? [geometry[1], geometry[0]] : geometry;
  } else {
    const la = parseCoordinate(latCell.value);
    const lo = parseCoordinate(lonCell.value);
    const bad = (field: 'latitude' | 'longitude', problem: string) => ({
      problem: { field, column: cell(field).column, problem, fix: DEGREES_FIX },
    });
    if (la === 'invalid') return bad('latitude', `${quoted(latCell.text)} is not a number of degrees`);
    if (lo === 'invalid') return bad('longitude', `${quoted(lonCell.text)} is not a number of degrees`);
    if (la === null && lo === null) {
      if (hasPlace) return { lonLat: null };
      return {
        problem: {
          field: 'location',
          column: null,
          problem: 'has no coordinates and no place name',
          fix: 'Give latitude and longitude, or a place name we can look up',
        },
      };
    }
    if (la === null) return bad('latitude', 'is empty but longitude is given');
    if (lo === null) return bad('longitude', 'is empty but latitude is given');
    [lat, lon] = context.swapCoordinates ? [lo, la] : [la, lo];
  }
  const checked = checkCoordinates(lat, lon);
  if ('problem' in checked) {
    return {
      problem: {
        field: checked.field,
        column: cell(checked.field).column,
        problem: checked.problem,
        fix: DEGREES_FIX,
      },
    };
  }
  if (checked.swapped) {
    notes.push({
      field: 'latitude',
      column: latCell.column,
      problem: `latitude ${lat} and longitude ${lon} only make sense the other way round`,
      fix: `They were swapped to latitude ${checked.lat}, longitude ${checked.lon}; check the two columns are not exchanged`,
    });
  }
  return { lonLat: { lon: checked.lon, lat: checked.lat } };
}

/**
 * The values of the columns that serve none of our fields, so nothing in the
 * file is lost: shown with the event and exported. Empty cells are left out;
 * a value that is not text (an object in a GeoJSON property) is kept as JSON.
 */
function otherFields(
  record: Record<string, unknown>,
  columns: readonly string[],
): Pick<EventProperties, 'otherFields'> {
  const fields: Array<{ name: string; value: string }> = [];
  for (const name of columns) {
    if (!Object.hasOwn(record, name)) continue;
    const raw = record[name];
    const text = cellText(raw) ?? JSON.stringify(raw);
    const value = capText(cleanText(text, true), CAPS.other).text;
    if (value !== '') fields.push({ name, value });
  }
  return fields.length > 0 ? { otherFields: fields } : {};
}

/** The date made no more precise than a date-precision column says it is known. */
function datePrecision(cell: CellReader, date: EventDate, notes: Note[]): EventDate {
  const c = cell('datePrecision');
  const read = readDatePrecision(c.column ?? '', c.text);
  if (read === null) return date;
  if ('error' in read) {
    notes.push({ field: 'datePrecision', column: c.column, problem: read.error, fix: read.fix });
    return date;
  }
  const made = withDatePrecision(date, read.value);
  if (made.problem) {
    notes.push({
      field: 'datePrecision',
      column: c.column,
      problem: `${quoted(c.text)} ${made.problem}; the date is shown as given`,
      fix: 'Check the date and its precision',
    });
  }
  return made.date;
}

/** The place precision a column gives, or null to keep what the coordinates or name say. */
function placePrecision(cell: CellReader, notes: Note[]): LocationPrecision | null {
  const c = cell('placePrecision');
  const read = readPlacePrecision(c.column ?? '', c.text);
  if (read === null) return null;
  if ('error' in read) {
    notes.push({ field: 'placePrecision', column: c.column, problem: read.error, fix: read.fix });
    return null;
  }
  return read.value;
}

function readCategory(cell: CellReader, notes: Note[]): EventProperties['category'] {
  const c = cell('category');
  const { category, matched } = matchCategory(c.text);
  if (!matched) {
    notes.push({
      field: 'category',
      column: c.column,
      problem: `category ${quoted(c.text)} is not one of ours; shown as Other`,
      fix: `Use one of: ${CATEGORIES.join(', ')}`,
    });
  }
  return category;
}

function readCountries(cell: CellReader, notes: Note[]): string[] {
  const c = cell('country');
  const { codes, unknown } = countryCodes(c.text);
  for (const name of unknown) {
    notes.push({
      field: 'country',
      column: c.column,
      problem: `country ${quoted(name)} is not one we know; left out`,
      fix: 'Use a two-letter ISO code such as AF or PK, or the country name in English',
    });
  }
  return codes;
}

/** Columns of actors, each with the role its name (or the reader) gives them. */
const ACTOR_FIELDS: ReadonlyArray<[Field, ActorRole]> = [
  ['actorCarriedOut', 'carried-out'],
  ['actorClaimed', 'claimed'],
  ['actorBlamed', 'blamed'],
  ['actor', 'party'],
  ['actor2', 'party'],
];

/** "Taliban (claimed)", as our CSV download writes an actor: the name and the role. */
const WITH_ROLE = /^(.*\S)\s*\((claimed|blamed|carried-out|party)\)$/;

/**
 * Actors from every actor column, separated by ";" within a cell; a role in
 * brackets after a name (as our download writes them) wins over the column's.
 * A name keeps the first role it is given.
 */
function readActors(cell: CellReader, notes: Note[]): EventProperties['actors'] {
  const actors: EventProperties['actors'] = [];
  const named = new Set<string>();
  for (const [field, columnRole] of ACTOR_FIELDS) {
    const names = capped(cell(field), field, CAPS.other, notes).split(';');
    for (const raw of names) {
      const written = WITH_ROLE.exec(raw.trim());
      const name = written ? written[1]! : raw.trim();
      if (!name || named.has(name)) continue;
      named.add(name);
      actors.push({ name, role: written ? (written[2] as ActorRole) : columnRole });
    }
  }
  return actors;
}

function readCasualties(cell: CellReader, notes: Note[]): { killed?: Figure; wounded?: Figure } | null {
  const figures: { killed?: Figure; wounded?: Figure } = {};
  for (const field of ['killed', 'wounded'] as const) {
    const c = cell(field);
    const result = parseFigure(c.value);
    if ('figure' in result) {
      figures[field] = {
        ...result.figure,
        text: capped({ ...c, text: result.figure.text }, field, CAPS.other, notes),
      };
    } else if ('error' in result) {
      notes.push({
        field,
        column: c.column,
        problem: `${result.error}; left out`,
        fix: 'Write a whole number such as 12, or an estimate such as "about 50"',
      });
    }
  }
  return figures.killed || figures.wounded ? figures : null;
}
