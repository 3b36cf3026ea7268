/**
 * Which column of a reader's file holds which of our fields. Column names are
 * compared without case, spaces, punctuation or accents, and a bracketed
 * unit is ignored: "Event Date", "event_date" and "Date (YYYY-MM-DD)" all
 * match the date.
 */

export const FIELDS = [
  'id',
  'title',
  'summary',
  'date',
  'start',
  'end',
  'year',
  'month',
  'day',
  'latitude',
  'longitude',
  'coordinates',
  'place',
  'country',
  'category',
  'killed',
  'wounded',
  'actor',
  'source',
  'url',
  'headline',
  'published',
  'quote',
  'claimStatus',
  'claimAbout',
  'claimActor',
  'claimBy',
  'disputedBy',
  'claimNote',
  'claimSource',
] as const;
export type Field = (typeof FIELDS)[number];

/** What each field is called in the mapping step and the docs. */
export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  id: 'Id',
  title: 'Title',
  summary: 'Summary',
  date: 'Date',
  start: 'Start date',
  end: 'End date',
  year: 'Year',
  month: 'Month',
  day: 'Day',
  latitude: 'Latitude',
  longitude: 'Longitude',
  coordinates: 'Coordinates (one column)',
  place: 'Place name',
  country: 'Country',
  category: 'Category',
  killed: 'Killed',
  wounded: 'Wounded',
  actor: 'Actors',
  source: 'Source outlet',
  url: 'Source link',
  headline: 'Source headline',
  published: 'Source date',
  quote: 'Source quote',
  claimStatus: 'Claim status',
  claimAbout: 'Claim about',
  claimActor: 'Claim actor',
  claimBy: 'Claim made by',
  disputedBy: 'Disputed by',
  claimNote: 'Claim note',
  claimSource: 'Claim source',
};

/**
 * Column names we recognise for each field, best first: when a file has two
 * candidates, the earlier name wins. The GTD names (iyear, country_txt,
 * attacktype1_txt, gname...) are here so its exports load as they are.
 */
export const FIELD_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'event_id', 'eventid', 'uid'],
  title: ['title', 'name', 'headline', 'event', 'event_title', 'event_name'],
  summary: ['summary', 'description', 'notes', 'details', 'text'],
  date: ['date', 'event_date', 'when', 'datetime', 'timestamp'],
  start: ['start', 'start_date', 'date_start', 'from', 'begin'],
  end: ['end', 'end_date', 'date_end', 'to', 'until'],
  year: ['year', 'iyear'],
  month: ['month', 'imonth'],
  day: ['day', 'iday'],
  latitude: ['latitude', 'lat', 'y'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x'],
  // A whole point in one cell: "34.5553, 69.2075" or POINT(69.2075 34.5553) (see parseLatLon).
  coordinates: [
    'coordinates',
    'coords',
    'latlng',
    'latlon',
    'lat_lon',
    'lat_lng',
    'point',
    'wkt',
    'geometry',
  ],
  place: ['place', 'place_name', 'city', 'town', 'locality', 'location', 'site', 'address'],
  country: ['country_code', 'iso2', 'country_txt', 'country', 'nation', 'iso'],
  category: ['category', 'type', 'event_type', 'kind', 'attacktype1_txt'],
  killed: ['killed', 'deaths', 'dead', 'fatalities', 'nkill'],
  wounded: ['wounded', 'injured', 'injuries', 'nwound'],
  actor: ['actor', 'actors', 'perpetrator', 'group', 'gname', 'claimed_by', 'responsible'],
  source: ['source', 'outlet', 'publisher', 'source_name'],
  url: ['url', 'link', 'source_url'],
  headline: ['source_headline', 'article_title'],
  published: ['published', 'source_date', 'publication_date'],
  quote: ['quote', 'excerpt'],
  // A flagged claim, one per line of each cell when a row has several (as the CSV export writes them).
  claimStatus: ['claim_status', 'disputed', 'verification', 'verification_status'],
  claimAbout: ['claim_about', 'claim_subject'],
  claimActor: ['claim_actor'],
  claimBy: ['claim_by', 'claimant', 'claim_made_by'],
  disputedBy: ['disputed_by', 'contested_by', 'denied_by'],
  claimNote: ['claim_note', 'dispute_note', 'verification_note'],
  claimSource: ['claim_source', 'dispute_source'],
};

/** The columns we recommend, in order, for the CSV template. Each matches its field. */
export const CSV_TEMPLATE_HEADERS = [
  'id',
  'title',
  'summary',
  'date',
  'end_date',
  'place',
  'country',
  'latitude',
  'longitude',
  'category',
  'actor',
  'killed',
  'wounded',
  'source',
  'source_headline',
  'source_date',
  'source_url',
  'quote',
] as const;

/** The file's column for each field, or null when the file has none. */
export type ColumnMapping = Record<Field, string | null>;

/** What a file cannot do without, named for the mapping step. */
export type MissingField = 'title' | 'date' | 'location';

export interface ColumnMatch {
  readonly columns: ColumnMapping;
  /** The file's columns that no field uses. */
  readonly unmatched: string[];
  /** Title; date (a date, start or year column); location (latitude and longitude, or a place). */
  readonly missing: MissingField[];
}

/** "Event Date (UTC)" -> "eventdate": lower case, no accents, no punctuation, no bracketed unit. */
export function normalizeHeader(header: string): string {
  const key = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const withoutUnit = key(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ''));
  return withoutUnit || key(header);
}

/** Matches each field to the first column with one of its names. Each column serves one field. */
export function matchColumns(headers: readonly string[]): ColumnMatch {
  const byKey = new Map<string, string>();
  for (const header of headers) {
    const key = normalizeHeader(header);
    if (key && !byKey.has(key)) byKey.set(key, header);
  }
  const columns = emptyMapping();
  const used = new Set<string>();
  for (const field of FIELDS) {
    for (const name of FIELD_SYNONYMS[field]) {
      const header = byKey.get(normalizeHeader(name));
      if (header !== undefined && !used.has(header)) {
        columns[field] = header;
        used.add(header);
        break;
      }
    }
  }
  return completeMatch(headers, columns);
}

/**
 * The automatic match with the reader's choices laid over it: a field set to a
 * column takes it from any other field, a field set to null is left out, and
 * columns the file does not have are ignored.
 */
export function applyMapping(
  headers: readonly string[],
  match: ColumnMatch,
  mapping: Partial<ColumnMapping>,
): ColumnMatch {
  const columns = { ...match.columns };
  for (const field of FIELDS) {
    const chosen = mapping[field];
    if (chosen === undefined) continue;
    if (chosen === null) {
      columns[field] = null;
      continue;
    }
    if (!headers.includes(chosen)) continue;
    for (const other of FIELDS) if (columns[other] === chosen) columns[other] = null;
    columns[field] = chosen;
  }
  return completeMatch(headers, columns);
}

/** Fills in the unused columns and the missing fields of a mapping. */
export function completeMatch(headers: readonly string[], columns: ColumnMapping): ColumnMatch {
  const used = new Set(Object.values(columns));
  const unmatched = headers.filter((h) => h.trim() !== '' && !used.has(h));
  const missing: MissingField[] = [];
  // Without a title column, a type column lets each event be titled by its type and place (GTD's case).
  if (!columns.title && !columns.category) missing.push('title');
  if (!columns.date && !columns.start && !columns.year) missing.push('date');
  if (!(columns.latitude && columns.longitude) && !columns.coordinates && !columns.place)
    missing.push('location');
  return { columns, unmatched, missing };
}

/** Actors from a "claimed by" column claimed the event; from any other column they are parties. */
export function actorRoleFor(column: string | null): 'claimed' | 'party' {
  return column !== null && normalizeHeader(column) === 'claimedby' ? 'claimed' : 'party';
}

function emptyMapping(): ColumnMapping {
  return Object.fromEntries(FIELDS.map((f) => [f, null])) as ColumnMapping;
}
