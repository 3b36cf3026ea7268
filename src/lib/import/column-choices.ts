import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import {
  completeMatch,
  FIELDS,
  type ColumnMapping,
  type ColumnMatch,
  type Field,
  type MissingField,
} from './columns';

/** A group of the mapping step's menu: its heading in the language shown when read, and its fields. */
function group(
  label: MessageDescriptor,
  fields: readonly Field[],
): { readonly label: string; readonly fields: readonly Field[] } {
  return {
    get label() {
      return i18n._(label);
    },
    fields,
  };
}

/** The fields a column can be read as, grouped as the mapping step offers them. */
export const FIELD_GROUPS: ReadonlyArray<{ readonly label: string; readonly fields: readonly Field[] }> = [
  group(msg({ comment: 'Heading of a group of fields in the column menu: what happened', message: 'What' }), [
    'title',
    'summary',
    'lang',
    'category',
    'id',
    'notInSources',
  ]),
  group(
    msg({ comment: 'Heading of a group of fields in the column menu: when it happened', message: 'When' }),
    ['date', 'start', 'end', 'year', 'month', 'day', 'datePrecision', 'dateNote'],
  ),
  group(
    msg({ comment: 'Heading of a group of fields in the column menu: where it happened', message: 'Where' }),
    ['place', 'country', 'latitude', 'longitude', 'coordinates', 'placePrecision', 'placeLabel', 'placeNote'],
  ),
  group(msg({ comment: 'Heading of a group of fields in the column menu: who took part', message: 'Who' }), [
    'actor',
    'actor2',
    'actorClaimed',
    'actorBlamed',
    'actorCarriedOut',
  ]),
  group(
    msg({
      comment: 'Heading of a group of fields in the column menu: numbers killed and wounded',
      message: 'Figures',
    }),
    ['killed', 'killedText', 'killedReading', 'wounded', 'woundedText', 'woundedReading', 'casualtyNote'],
  ),
  group(
    msg({
      comment: 'Heading of a group of fields in the column menu: the news report cited',
      message: 'Source',
    }),
    ['source', 'url', 'headline', 'published', 'quote'],
  ),
  group(msg`More sources`, ['moreSources', 'moreHeadlines', 'morePublished', 'moreUrls', 'moreQuotes']),
  group(msg`Disputed or unverified claim`, [
    'claimStatus',
    'claimAbout',
    'claimActor',
    'claimBy',
    'disputedBy',
    'claimNote',
    'claimSource',
  ]),
];

/** Each column of the file and the field it is read as; null: kept as an other field. */
export type ColumnChoices = ReadonlyMap<string, Field | null>;

/** The choices a match makes, column by column, in the file's order. */
export function choicesOf(match: ColumnMatch): ColumnChoices {
  const fieldOf = new Map<string, Field>();
  for (const field of FIELDS) {
    const column = match.columns[field];
    if (column !== null) fieldOf.set(column, field);
  }
  return new Map(match.headers.map((h) => [h, fieldOf.get(h) ?? null]));
}

/**
 * The choices with `column` read as `field`: a field is read from one column
 * only, so a column that had it before goes back to being an other field.
 */
export function choose(choices: ColumnChoices, column: string, field: Field | null): ColumnChoices {
  const next = new Map(choices);
  if (field !== null) {
    for (const [other, chosen] of next) if (chosen === field) next.set(other, null);
  }
  next.set(column, field);
  return next;
}

/** The choices as a column for each field (null where no column is read as it), with what is still missing. */
export function mappingOf(choices: ColumnChoices): { columns: ColumnMapping; missing: MissingField[] } {
  const columns = Object.fromEntries(FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const [column, field] of choices) if (field !== null) columns[field] = column;
  const { missing } = completeMatch([...choices.keys()], columns);
  return { columns, missing };
}
