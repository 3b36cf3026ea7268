import {
  completeMatch,
  FIELDS,
  type ColumnMapping,
  type ColumnMatch,
  type Field,
  type MissingField,
} from './columns';

/** The fields a column can be read as, grouped as the mapping step offers them. */
export const FIELD_GROUPS: ReadonlyArray<{ readonly label: string; readonly fields: readonly Field[] }> = [
  { label: 'What', fields: ['title', 'summary', 'category', 'id', 'notInSources'] },
  { label: 'When', fields: ['date', 'start', 'end', 'year', 'month', 'day', 'datePrecision', 'dateNote'] },
  {
    label: 'Where',
    fields: [
      'place',
      'country',
      'latitude',
      'longitude',
      'coordinates',
      'placePrecision',
      'placeLabel',
      'placeNote',
    ],
  },
  { label: 'Who', fields: ['actor', 'actor2', 'actorClaimed', 'actorBlamed', 'actorCarriedOut'] },
  {
    label: 'Figures',
    fields: [
      'killed',
      'killedText',
      'killedReading',
      'wounded',
      'woundedText',
      'woundedReading',
      'casualtyNote',
    ],
  },
  { label: 'Source', fields: ['source', 'url', 'headline', 'published', 'quote'] },
  {
    label: 'More sources',
    fields: ['moreSources', 'moreHeadlines', 'morePublished', 'moreUrls', 'moreQuotes'],
  },
  {
    label: 'Disputed or unverified claim',
    fields: ['claimStatus', 'claimAbout', 'claimActor', 'claimBy', 'disputedBy', 'claimNote', 'claimSource'],
  },
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
