import { readTranslations } from './translation-columns';
import { t } from '@lingui/core/macro';
import { eventDayRange, type Day } from '../dates';
import type { EventDate, EventProperties } from '../event-schema';
import { capped, makeCells, type CellReader } from './cells';
import { readClaims } from './claims';
import type { ColumnMapping, Field } from './columns';
import type { DateReadings } from './date-columns';
import {
  dateFromParts,
  parseFlexibleDate,
  pointOf as pointInTime,
  spanFrom,
  type DateResult,
} from './flexible-date';
import type { RecordContext } from './read-options';
import {
  datePrecision,
  otherFields,
  placePrecision,
  readActors,
  readCasualties,
  readCategory,
  readCountries,
  readLanguage,
} from './record-fields';
import { readLocation, statesCountry, type GeometryPoint, type LonLat, type PointFrom } from './record-point';
import { readMoreSources, readNotes } from './record-notes';
import { readSource } from './source';
import { CAPS, placeLabel } from './text';
import type { Note } from './types';
import { isEmpty } from './wording';

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

/** What to do about a date that could not be read. */
function dateFix(): string {
  return t`Give each event a date as YYYY-MM-DD, YYYY-MM or YYYY`;
}

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
      problem: isEmpty(),
      fix: t`Give each event a title`,
    });
  }

  const date = readDate(cell, context.dates ?? {});
  if ('error' in date) {
    problems.push({
      field: date.field,
      column: columns[date.field],
      problem: date.error,
      fix: date.fix ?? dateFix(),
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
  const more = readMoreSources(record, columns, cell, notes);
  const own = readNotes(record, columns, cell, notes);
  const dateNote = [own.dateNote, date.note].filter(Boolean).join(' ');
  const figures =
    casualties || own.casualtyNote
      ? { ...casualties, ...(own.casualtyNote ? { note: own.casualtyNote } : {}) }
      : null;
  const props: EventProperties = {
    title,
    summary: capped(cell('summary', true), 'summary', CAPS.summary, notes),
    ...readLanguage(cell, notes),
    category: readCategory(cell, notes),
    date: eventDate,
    ...(dateNote ? { dateNote } : {}),
    place: {
      name: placeName,
      label: own.placeLabel || placeLabel(placeName),
      // A precision column wins; until the gazetteer places it, a row with only a place name is taken to name a town.
      precision: placePrecision(cell, notes) ?? (where.lonLat ? where.precision : 'city'),
      countries: readCountries(cell, notes),
      ...(own.placeNote ? { note: own.placeNote } : {}),
    },
    actors: readActors(cell, notes),
    ...(figures ? { casualties: figures } : {}),
    ...(own.notInSources.length > 0 ? { notInSources: own.notInSources } : {}),
    ...(claims.length > 0 ? { claims } : {}),
    sources: [...(source ? [source] : []), ...more],
    ...readTranslations(record, context.translationColumns ?? []),
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
 * Terrorism Database's exports are: "Bombing/Explosion in Quetta, Pakistan",
 * in the language shown (the type and the place are the file's).
 */
export function madeTitle(type: string, place: string, country: string): string {
  const kind =
    type.trim() ||
    t({ comment: 'The title of an event whose file gives it no title and no type', message: 'Event' });
  const parts = [place.trim(), country.trim()].filter(Boolean);
  if (parts.length === 2 && parts[0]!.toLowerCase().includes(parts[1]!.toLowerCase())) parts.pop();
  const where = parts.join(', ');
  const title =
    parts.length > 0
      ? t({
          comment:
            'The title made for an event whose file gives it none: its type and place, "Bombing/Explosion in Quetta, Pakistan"',
          message: `${kind} in ${where}`,
        })
      : kind;
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
  return { error: isEmpty(), field: 'date' };
}
