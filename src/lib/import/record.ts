import { eventDayRange, type Day } from '../dates';
import type { ActorRole, EventDate, EventProperties, LocationPrecision } from '../event-schema';
import { CATEGORIES } from '../vocabulary';
import { matchCategory } from './category';
import { capped, makeCells, quoted, type CellReader } from './cells';
import { readClaims } from './claims';
import type { ColumnMapping, Field } from './columns';
import {
  checkCoordinates,
  DEGREES_HINT,
  formatLatLon,
  POINT_HINT,
  readDegrees,
  readLatLon,
  type Hemisphere,
} from './coordinates';
import { countryCode, countryCodes } from './countries';
import type { DateReadings } from './date-columns';
import { parseFigure, type Figure } from './figure';
import {
  dateFromParts,
  parseFlexibleDate,
  pointOf as pointInTime,
  spanFrom,
  type DateResult,
} from './flexible-date';
import { pointOf } from './geometry';
import { readDatePrecision, readPlacePrecision, withDatePrecision } from './precision';
import type { RecordContext } from './read-options';
import { wktGeometry } from './wkt';
import { readSource } from './source';
import { CAPS, capText, cellText, cleanText, placeLabel } from './text';
import type { Note } from './types';

export type LonLat = { lon: number; lat: number };

/** What a record's point says about the whole file: whether it had one, and whether it only makes sense swapped. */
interface PointEvidence {
  /** The record gives coordinates (or a geometry), good or bad. */
  hadPoint: boolean;
  /** Its point as given, when that is out of range and in range read the other way round. */
  swappable: LonLat | null;
}

export type RecordOutcome =
  | ({ ok: false; problems: Note[]; idText: string } & PointEvidence)
  | ({
      ok: true;
      /** Null when the record has a place name but no coordinates. */
      lonLat: LonLat | null;
      /** Where the point came from; null without one. */
      pointFrom: PointFrom | null;
      /** The file's point, when it could not be used and the place name is to be looked up instead. */
      setAside: Note | null;
      start: Day;
      end: Day;
      props: EventProperties;
      notes: Note[];
      idText: string;
    } & PointEvidence);

const DATE_FIX = 'Give each event a date as YYYY-MM-DD, YYYY-MM or YYYY';
/** A point from a file that does not say how precise it is (see LOCATION_PRECISIONS). */
const AS_GIVEN: LocationPrecision = 'as-given';

/**
 * One row or feature read as an event. It is rejected without a title, a
 * readable date, or a place (valid coordinates or a place name); anything
 * else that is wrong is left out or put right, with a note.
 */
export function readRecord(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  geometry: GeometryPoint | [number, number] | null,
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

  const where = readLocation(
    cell,
    geometry,
    { hasPlace: placeName !== '', statesCountry: statesCountry(cell, placeName) },
    notes,
    context,
  );
  if ('problem' in where) problems.push(where.problem);

  const evidence: PointEvidence = {
    hadPoint: where.hadPoint,
    swappable: 'swappable' in where ? (where.swappable ?? null) : null,
  };
  if (problems.length > 0 || 'error' in date || 'problem' in where) {
    return { ok: false, problems, idText, ...evidence };
  }

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
      // A precision column wins; until the gazetteer places it, a row with only a place name is taken to name a town.
      precision: placePrecision(cell, notes) ?? (where.lonLat ? where.precision : 'city'),
      countries: readCountries(cell, notes),
    },
    actors: readActors(cell, notes),
    ...(casualties ? { casualties } : {}),
    ...(claims.length > 0 ? { claims } : {}),
    sources: source ? [source] : [],
    ...otherFields(record, context.otherColumns ?? []),
  };
  const pointFrom = where.lonLat ? where.from : null;
  const setAside = where.lonLat === null ? (where.setAside ?? null) : null;
  return {
    ok: true,
    lonLat: where.lonLat,
    pointFrom,
    setAside,
    start,
    end,
    props,
    notes,
    idText,
    ...evidence,
  };
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
    return tag(spanFrom(pointInTime(parts.date), endValue, {}, readings.end), 'year');
  }
  if (end.text) return tag(parseFlexibleDate(end.value, readings.end), 'end');
  return { error: 'is empty', field: 'date' };
}

/** Where a record's point came from: two coordinate columns, one column, or the feature's geometry. */
export interface PointFrom {
  readonly field: 'latitude' | 'coordinates' | 'geometry';
  readonly column: string | null;
  /**
   * The point as the file gives it, when that is off the globe and the event's
   * point is it read the other way round: only for a row that names a country,
   * which the country check then holds it to (see check-countries.ts).
   */
  readonly offGlobe?: LonLat;
}

/** A feature's point, made from its geometry, with the precision its extent allows (see geometry.ts). */
export interface GeometryPoint {
  readonly point: [number, number];
  readonly precision: LocationPrecision;
}

type Where =
  | { lonLat: LonLat; precision: LocationPrecision; from: PointFrom; hadPoint: true }
  /** No point to use; with `setAside`, the file's point, off the globe, for the gazetteer's step to report. */
  | { lonLat: null; hadPoint: boolean; setAside?: Note; swappable?: LonLat | null }
  | { problem: Note; hadPoint: boolean; swappable: LonLat | null };

/** Whether a row names a country its point can be checked against: a country column, or a last part of its place name. */
function statesCountry(cell: CellReader, placeName: string): boolean {
  if (countryCodes(cell('country').text).codes.length > 0) return true;
  const parts = placeName.split(',');
  return parts.length > 1 && countryCode(parts[parts.length - 1]!.trim()) !== null;
}

function readLocation(
  cell: CellReader,
  given: GeometryPoint | [number, number] | null,
  row: { hasPlace: boolean; statesCountry: boolean },
  notes: Note[],
  context: RecordContext,
): Where {
  const { hasPlace } = row;
  const read = readPoint(cell, given, notes, context);
  if (read === null) {
    if (hasPlace) return { lonLat: null, hadPoint: false };
    return {
      problem: {
        field: 'location',
        column: null,
        problem: 'has no coordinates and no place name',
        fix: 'Give latitude and longitude, or a place name we can look up',
      },
      hadPoint: false,
      swappable: null,
    };
  }
  if ('problem' in read) return { problem: read.problem, hadPoint: true, swappable: null };
  const { lat, lon, from, precision } = read;
  if (lat === 0 && lon === 0) {
    const problem = `${formatLatLon(0, 0)} is in the sea off West Africa, where files put events they have no coordinates for`;
    if (hasPlace) {
      notes.push({
        ...from,
        problem,
        fix: 'Taken as no coordinates: the place name is looked up instead. Give the real coordinates if you have them',
      });
      return { lonLat: null, hadPoint: true };
    }
    return {
      problem: { ...from, problem, fix: 'Give the real coordinates, or a place name we can look up' },
      hadPoint: true,
      swappable: null,
    };
  }
  const checked = checkCoordinates(lat, lon);
  if ('problem' in checked) {
    const field = from.field === 'latitude' ? checked.field : from.field;
    const column = from.field === 'latitude' ? cell(checked.field).column : from.column;
    const fix = checked.swappable
      ? `Read the other way round (${formatLatLon(lon, lat)}) it would make sense: if latitude and longitude are exchanged, swap them in the file`
      : `Write ${DEGREES_HINT}`;
    const swappable = checked.swappable ? { lat, lon } : null;
    if (swappable && row.statesCountry) {
      // Its country says whether the other way round is meant: checked against its outline next.
      return {
        lonLat: { lon: lat, lat: lon },
        precision,
        from: { ...from, offGlobe: { lat, lon } },
        hadPoint: true,
      };
    }
    if (hasPlace) {
      // The place name is surer than a guess at which way round the point was meant: "Kabul" with
      // latitude 134.5 and longitude 69.1 swapped would be in Yakutia.
      const setAside = { field, column, problem: checked.problem, fix: 'Placed by its place name instead' };
      return { lonLat: null, hadPoint: true, setAside, swappable };
    }
    return { problem: { field, column, problem: checked.problem, fix }, hadPoint: true, swappable };
  }
  return { lonLat: { lon, lat }, precision, from, hadPoint: true };
}

type PointRead =
  { lat: number; lon: number; from: PointFrom; precision: LocationPrecision } | { problem: Note };

/**
 * The record's point as the file gives it: the feature's geometry, else the
 * latitude and longitude columns, else a one-column point. Hemisphere letters
 * say which coordinate is which; otherwise a whole-file swap the reader chose
 * is applied (a geometry was swapped as a whole, before its point was made).
 */
function readPoint(
  cell: CellReader,
  given: GeometryPoint | [number, number] | null,
  notes: Note[],
  context: RecordContext,
): PointRead | null {
  if (given) {
    const { point, precision } = Array.isArray(given) ? { point: given, precision: AS_GIVEN } : given;
    return { lon: point[0], lat: point[1], precision, from: { field: 'geometry', column: null } };
  }
  const latCell = cell('latitude');
  const lonCell = cell('longitude');
  const la = readDegrees(latCell.value);
  const lo = readDegrees(lonCell.value);
  const bad = (field: 'latitude' | 'longitude', problem: string) => ({
    problem: { field, column: cell(field).column, problem, fix: `Write ${DEGREES_HINT}` },
  });
  if (la !== null && 'problem' in la) return bad('latitude', la.problem);
  if (lo !== null && 'problem' in lo) return bad('longitude', lo.problem);
  if (la === null && lo === null) return readOneColumn(cell, notes, context);
  if (la === null) return bad('latitude', 'is empty but longitude is given');
  if (lo === null) return bad('longitude', 'is empty but latitude is given');

  const from: PointFrom = { field: 'latitude', column: latCell.column };
  const latAxis = axisOf(la.hemisphere);
  const lonAxis = axisOf(lo.hemisphere);
  if (latAxis === 'longitude' && lonAxis === 'longitude') {
    return bad(
      'latitude',
      `${quoted(latCell.text)} is a longitude (${la.hemisphere}), as is ${quoted(lonCell.text)}`,
    );
  }
  if (latAxis === 'latitude' && lonAxis === 'latitude') {
    return bad(
      'longitude',
      `${quoted(lonCell.text)} is a latitude (${lo.hemisphere}), as is ${quoted(latCell.text)}`,
    );
  }
  if (latAxis === 'longitude' || lonAxis === 'latitude') {
    notes.push({
      ...from,
      problem: `the latitude column holds ${quoted(latCell.text)} and the longitude column ${quoted(lonCell.text)}`,
      fix: `Read by their letters: ${formatLatLon(lo.degrees, la.degrees)}. Put latitudes (N, S) and longitudes (E, W) in their own columns`,
    });
    return { lat: lo.degrees, lon: la.degrees, from, precision: AS_GIVEN };
  }
  const lettered = latAxis !== null || lonAxis !== null;
  const [lat, lon] =
    context.swapCoordinates && !lettered ? [lo.degrees, la.degrees] : [la.degrees, lo.degrees];
  return { lat, lon, from, precision: AS_GIVEN };
}

function readOneColumn(cell: CellReader, notes: Note[], context: RecordContext): PointRead | null {
  const c = cell('coordinates');
  const read = readLatLon(c.text);
  if (read === null) return null;
  const from: PointFrom = { field: 'coordinates', column: c.column };
  if ('problem' in read) {
    // A line or an area, as GIS tools write a geometry column: placed like a GeoJSON feature's geometry.
    const shape = wktGeometry(c.text);
    const made = shape && pointOf(shape, context.swapCoordinates);
    if (!made?.point) return { problem: { ...from, problem: read.problem, fix: `Write ${POINT_HINT}` } };
    if (made.note)
      notes.push({ ...from, problem: made.note, fix: 'Give a point to place the event exactly' });
    return { lon: made.point[0], lat: made.point[1], from, precision: made.precision };
  }
  const [lat, lon] = context.swapCoordinates ? [read.lon, read.lat] : [read.lat, read.lon];
  return { lat, lon, from, precision: AS_GIVEN };
}

function axisOf(hemisphere: Hemisphere | null): 'latitude' | 'longitude' | null {
  if (hemisphere === null) return null;
  return hemisphere === 'N' || hemisphere === 'S' ? 'latitude' : 'longitude';
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
