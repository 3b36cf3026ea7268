import { select, t } from '@lingui/core/macro';
import type { EventDate, EventProperties } from '../event-schema';
import { CATEGORIES, type ActorRole, type LocationPrecision } from '../vocabulary';
import { matchCategory } from './category';
import { capped, shortened, type CellReader } from './cells';
import type { Field } from './columns';
import { countryCodes } from './countries';
import { parseFigure, type Figure } from './figure';
import { canonicalTag } from './language-tag';
import { readDatePrecision, readPlacePrecision, withDatePrecision } from './precision';
import { CAPS, capText, cellText, cleanText } from './text';
import type { Note } from './types';
import { leftOut } from './wording';

/** The fields of a record besides its title, date and place: each read from its cell, with a note for what is put right. */

/**
 * The values of the columns that serve none of our fields, so nothing in the
 * file is lost: shown with the event and exported. Empty cells are left out;
 * a value that is not text (an object in a GeoJSON property) is kept as JSON.
 */
export function otherFields(
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

/**
 * The language of the event's own words (its title, summary and place label)
 * from a language column: a BCP 47 tag in any case ("UR", "fa-af"), written as
 * `Intl` writes it. Anything else is left out with a note, and the words are
 * taken to be English, as for a file with no such column.
 */
export function readLanguage(cell: CellReader, notes: Note[]): Pick<EventProperties, 'lang'> {
  const c = cell('lang');
  if (!c.text) return {};
  const lang = canonicalTag(c.text);
  if (lang !== null) return { lang };
  const value = shortened(c.text);
  notes.push({
    field: 'lang',
    column: c.column,
    problem: t({
      comment:
        'Said of the language field of a row, after its name; {value} is the cell as the file writes it, e.g. “Urdu”',
      message: `"${value}" is not a language code; left out, so the event's words are taken to be in English`,
    }),
    fix: t({
      comment: 'The codes are written in the reader’s file as they are',
      message: 'Write a language code such as ur, ps, fa-AF, ar or ru',
    }),
  });
  return {};
}

/** The date made no more precise than a date-precision column says it is known. */
export function datePrecision(cell: CellReader, date: EventDate, notes: Note[]): EventDate {
  const c = cell('datePrecision');
  const read = readDatePrecision(c.column ?? '', c.text);
  if (read === null) return date;
  if ('error' in read) {
    notes.push({ field: 'datePrecision', column: c.column, problem: read.error, fix: read.fix });
    return date;
  }
  const made = withDatePrecision(date, read.value);
  if (made.problem && date.precision !== 'span') {
    const value = shortened(c.text);
    const precision = read.value;
    const given = date.value;
    const level = date.precision;
    notes.push({
      field: 'datePrecision',
      column: c.column,
      problem: t`"${value}" says the date is known to the ${select(precision, { day: 'day', week: 'week', month: 'month', other: 'year' })}, but ${given} gives only the ${select(level, { day: 'day', month: 'month', other: 'year' })}; the date is shown as given`,
      fix: t`Check the date and its precision`,
    });
  }
  return made.date;
}

/** The place precision a column gives, or null to keep what the coordinates or name say. */
export function placePrecision(cell: CellReader, notes: Note[]): LocationPrecision | null {
  const c = cell('placePrecision');
  const read = readPlacePrecision(c.column ?? '', c.text);
  if (read === null) return null;
  if ('error' in read) {
    notes.push({ field: 'placePrecision', column: c.column, problem: read.error, fix: read.fix });
    return null;
  }
  return read.value;
}

export function readCategory(cell: CellReader, notes: Note[]): EventProperties['category'] {
  const c = cell('category');
  const { category, matched } = matchCategory(c.text);
  if (!matched) {
    const value = shortened(c.text);
    const categories = CATEGORIES.join(', ');
    notes.push({
      field: 'category',
      column: c.column,
      problem: t({
        comment: '“Other” is the category of events that fit none of the others',
        message: `category "${value}" is not one of ours; shown as Other`,
      }),
      fix: t({
        comment: 'The values are written in the reader’s file as they are, in English',
        message: `Use one of: ${categories}`,
      }),
    });
  }
  return category;
}

export function readCountries(cell: CellReader, notes: Note[]): string[] {
  const c = cell('country');
  const { codes, unknown } = countryCodes(c.text);
  for (const name of unknown) {
    const value = shortened(name);
    notes.push({
      field: 'country',
      column: c.column,
      problem: t`country "${value}" is not one we know; left out`,
      fix: t`Use a two-letter ISO code such as AF or PK, or the country name in English`,
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
export function readActors(cell: CellReader, notes: Note[]): EventProperties['actors'] {
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

export function readCasualties(
  cell: CellReader,
  notes: Note[],
): { killed?: Figure; wounded?: Figure } | null {
  const figures: { killed?: Figure; wounded?: Figure } = {};
  for (const field of ['killed', 'wounded'] as const) {
    const c = cell(field);
    // A figure in words of its own column ("killed_text", as our download writes it) is shown as it is.
    const words = cell(`${field}Text`);
    const result = parseFigure(c.text || typeof c.value === 'number' ? c.value : words.value);
    if ('figure' in result) {
      const reading = capText(cell(`${field}Reading`).text, 300).text;
      figures[field] = {
        ...result.figure,
        text: words.text
          ? capped(words, `${field}Text`, CAPS.other, notes)
          : capped({ ...c, text: result.figure.text }, field, CAPS.other, notes),
        ...(reading ? { reading } : {}),
      };
    } else if ('error' in result) {
      const error = result.error;
      const estimate = 'about 50';
      notes.push({
        field,
        column: c.column,
        problem: leftOut(error),
        fix: t({
          comment: 'The estimate is written in the reader’s file as it is, in English',
          message: `Write a whole number such as 12, or an estimate such as "${estimate}"`,
        }),
      });
    }
  }
  return figures.killed || figures.wounded ? figures : null;
}
