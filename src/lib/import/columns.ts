/**
 * Which column of a reader's file holds which of our fields. Column names are
 * compared without case, spaces, punctuation or accents, and a bracketed
 * unit is ignored: "Event Date", "event_date" and "Date (YYYY-MM-DD)" all
 * match the date.
 */
import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';

export const FIELDS = [
  'id',
  'title',
  'summary',
  'lang',
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
  'actor2',
  'actorClaimed',
  'actorBlamed',
  'actorCarriedOut',
  'placePrecision',
  'datePrecision',
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
  'dateNote',
  'placeLabel',
  'placeNote',
  'killedText',
  'killedReading',
  'woundedText',
  'woundedReading',
  'casualtyNote',
  'notInSources',
  'moreSources',
  'moreHeadlines',
  'morePublished',
  'moreUrls',
  'moreQuotes',
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * What each field is called in the mapping step and the docs, to be translated
 * where it is shown: `i18n._(FIELD_LABEL_MESSAGES.title)`.
 */
export const FIELD_LABEL_MESSAGES: Readonly<Record<Field, MessageDescriptor>> = {
  id: msg({ comment: 'A field of an event: its identifier', message: 'Id' }),
  title: msg({ comment: 'A field of an event: its title', message: 'Title' }),
  summary: msg`Summary`,
  lang: msg({
    comment:
      'A field of an event: the language its title, summary and place label are written in, as a code such as ur or fa-AF',
    message: 'Language of the events’ own words (a code: ur, fa-AF)',
  }),
  date: msg({ comment: 'A field of an event: the date it happened', message: 'Date' }),
  start: msg`Start date`,
  end: msg`End date`,
  year: msg({
    comment: 'A field of an event: the year of its date, in a column of its own',
    message: 'Year',
  }),
  month: msg({
    comment: 'A field of an event: the month of its date, in a column of its own',
    message: 'Month',
  }),
  day: msg({
    comment: 'A field of an event: the day of the month of its date, in a column of its own',
    message: 'Day',
  }),
  latitude: msg`Latitude`,
  longitude: msg`Longitude`,
  coordinates: msg`Coordinates (one column)`,
  place: msg`Place name`,
  country: msg`Country`,
  category: msg`Category`,
  killed: msg({ comment: 'A field of an event: the number of people killed', message: 'Killed' }),
  wounded: msg({ comment: 'A field of an event: the number of people wounded', message: 'Wounded' }),
  actor: msg`Actors (taking part)`,
  actor2: msg`More actors (taking part)`,
  actorClaimed: msg`Actors who claimed it`,
  actorBlamed: msg`Actors blamed for it`,
  actorCarriedOut: msg`Actors who carried it out`,
  placePrecision: msg`Place precision`,
  datePrecision: msg`Date precision`,
  source: msg({ comment: 'A field of an event: the news outlet of its source', message: 'Source outlet' }),
  url: msg`Source link`,
  headline: msg`Source headline`,
  published: msg({
    comment: 'A field of an event: the date its source was published',
    message: 'Source date',
  }),
  quote: msg`Source quote`,
  claimStatus: msg({
    comment: 'A field of an event: whether a claim about it is disputed or unverified',
    message: 'Claim status',
  }),
  claimAbout: msg({
    comment: 'A field of an event: what part of the event a claim is about',
    message: 'Claim about',
  }),
  claimActor: msg({ comment: 'A field of an event: the actor a claim is about', message: 'Claim actor' }),
  claimBy: msg`Claim made by`,
  disputedBy: msg`Disputed by`,
  claimNote: msg`Claim note`,
  claimSource: msg`Claim source`,
  dateNote: msg`Note on the date`,
  placeLabel: msg`Place label (short)`,
  placeNote: msg`Note on the place`,
  killedText: msg({
    comment: 'A field of an event: the number of people killed as the source words it',
    message: 'Killed, in words',
  }),
  killedReading: msg`Killed: how the figure is read`,
  woundedText: msg({
    comment: 'A field of an event: the number of people wounded as the source words it',
    message: 'Wounded, in words',
  }),
  woundedReading: msg`Wounded: how the figure is read`,
  casualtyNote: msg`Note on the figures`,
  notInSources: msg`Not in the cited sources (a line each)`,
  moreSources: msg`More sources: outlets (a line each)`,
  moreHeadlines: msg`More sources: headlines`,
  morePublished: msg`More sources: dates`,
  moreUrls: msg`More sources: links`,
  moreQuotes: msg`More sources: quotes`,
};

/** The same names in the language shown, each translated as it is read: `FIELD_LABELS.title` is "Title" in English. */
export const FIELD_LABELS: Readonly<Record<Field, string>> = Object.defineProperties(
  {} as Record<Field, string>,
  Object.fromEntries(
    FIELDS.map((field) => [field, { enumerable: true, get: () => i18n._(FIELD_LABEL_MESSAGES[field]) }]),
  ),
);

/**
 * Column names we recognise for each field, best first: when a file has two
 * candidates, the earlier name wins. The GTD names (iyear, country_txt,
 * attacktype1_txt, gname...) are here so its exports load as they are.
 */
export const FIELD_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'event_id', 'eventid', 'uid', 'event_id_cnty', 'identifiant'],
  title: [
    'title',
    'name',
    'headline',
    'event',
    'event_title',
    'event_name',
    'titre',
    'titulo',
    'titel',
    'nom',
  ],
  summary: [
    'summary',
    'description',
    'notes',
    'details',
    'text',
    'resume',
    'resumen',
    'descripcion',
    'beschreibung',
    'comments',
  ],
  // A BCP 47 tag (ur, fa-AF): the language the title, summary and place label are written in.
  lang: [
    'lang',
    'language',
    'language_code',
    'lang_code',
    'original_language',
    'langue',
    'idioma',
    'sprache',
  ],
  // "time" last: a column of times of day is rarely the only date there is, but USGS feeds call their date so.
  date: ['date', 'event_date', 'when', 'datetime', 'timestamp', 'fecha', 'datum', 'date_occurred', 'time'],
  start: [
    'start',
    'start_date',
    'date_start',
    'from',
    'begin',
    'date_debut',
    'debut',
    'fecha_inicio',
    'inicio',
  ],
  end: ['end', 'end_date', 'date_end', 'to', 'until', 'date_fin', 'fin', 'fecha_fin'],
  year: ['year', 'iyear', 'annee', 'ano', 'jahr'],
  month: ['month', 'imonth', 'mois', 'mes', 'monat'],
  day: ['day', 'iday', 'jour', 'dia'],
  latitude: ['latitude', 'lat', 'y', 'latitud', 'breitengrad', 'decimal_latitude', 'lat_dd', 'point_y'],
  longitude: [
    'longitude',
    'lon',
    'lng',
    'long',
    'x',
    'longitud',
    'laengengrad',
    'langengrad',
    'decimal_longitude',
    'lon_dd',
    'point_x',
  ],
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
  place: [
    'place',
    'place_name',
    'city',
    'town',
    'locality',
    'location',
    'site',
    'address',
    'where_coordinates',
    'lieu',
    'ville',
    'localite',
    'lugar',
    'ciudad',
    'ort',
    'stadt',
  ],
  country: [
    'country_code',
    'iso2',
    'country_txt',
    'country',
    'nation',
    'iso',
    'country_name',
    'pays',
    'pais',
    'land',
  ],
  category: [
    'category',
    'type',
    'event_type',
    'kind',
    'attacktype1_txt',
    'categorie',
    'categoria',
    'kategorie',
  ],
  killed: ['killed', 'deaths', 'dead', 'fatalities', 'nkill', 'morts', 'tues', 'muertos', 'tote'],
  wounded: ['wounded', 'injured', 'injuries', 'nwound', 'blesses', 'heridos', 'verletzte'],
  actor: [
    'actor',
    'actors',
    'actor1',
    'side_a',
    'perpetrator',
    'group',
    'gname',
    'responsible',
    'acteur',
    'acteurs',
  ],
  actor2: ['actor2', 'side_b'],
  actorClaimed: ['claimed_by', 'revendique_par'],
  actorBlamed: ['blamed_on', 'blamed', 'accused'],
  actorCarriedOut: ['carried_out_by', 'attacker', 'attackers', 'auteurs'],
  // Each event dataset's own precision codes are read by their column's name (see precision.ts).
  placePrecision: [
    'place_precision',
    'location_precision',
    'precision_place',
    'geo_precision',
    'where_prec',
    'specificity',
    'spatial_precision',
  ],
  datePrecision: ['date_precision', 'time_precision', 'date_prec', 'precision_date', 'temporal_precision'],
  source: ['source', 'outlet', 'publisher', 'source_name', 'fuente', 'quelle'],
  url: ['url', 'link', 'source_url', 'source_link', 'lien', 'enlace', 'href'],
  headline: ['source_headline', 'article_title'],
  published: ['published', 'source_date', 'publication_date'],
  quote: ['quote', 'excerpt', 'cita'],
  // A flagged claim, one per line of each cell when a row has several (as the CSV export writes them).
  claimStatus: ['claim_status', 'disputed', 'verification', 'verification_status'],
  claimAbout: ['claim_about', 'claim_subject'],
  claimActor: ['claim_actor'],
  claimBy: ['claim_by', 'claimant', 'claim_made_by'],
  disputedBy: ['disputed_by', 'contested_by', 'denied_by'],
  claimNote: ['claim_note', 'dispute_note', 'verification_note'],
  claimSource: ['claim_source', 'dispute_source'],
  // The rest of our own schema, as the CSV export writes it; the "more sources" columns hold a line per source.
  dateNote: ['date_note'],
  placeLabel: ['place_label'],
  placeNote: ['place_note'],
  killedText: ['killed_text'],
  killedReading: ['killed_reading'],
  woundedText: ['wounded_text'],
  woundedReading: ['wounded_reading'],
  casualtyNote: ['casualty_note', 'casualties_note'],
  notInSources: ['not_in_sources', 'not_in_cited_sources'],
  moreSources: ['more_sources'],
  moreHeadlines: ['more_headlines', 'more_source_headlines'],
  morePublished: ['more_source_dates', 'more_published'],
  moreUrls: ['more_source_urls', 'more_urls'],
  moreQuotes: ['more_quotes'],
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
  'place_precision',
  'date_precision',
  'category',
  'actor',
  'killed',
  'killed_text',
  'wounded',
  'wounded_text',
  'source',
  'source_headline',
  'source_date',
  'source_url',
  'quote',
] as const;

/**
 * The most columns a file may have. Every column is listed in the mapping
 * step and kept with each event; event data has tens of columns (the GTD 135).
 */
export const MAX_COLUMNS = 500;

/**
 * Why a file with this many columns (or, for GeoJSON, properties) is refused,
 * or null when it is not too wide.
 */
export function tooManyColumns(count: number, of: 'columns' | 'properties' = 'columns'): string | null {
  if (count <= MAX_COLUMNS) return null;
  const max = i18n.number(MAX_COLUMNS);
  if (of === 'properties') {
    return plural(count, {
      one: `This file has # property, and files of up to ${max} can be read. If its rows are all on one line, it may use something other than line breaks between rows: save it as CSV again. Otherwise keep only the columns you need`,
      other: `This file has # properties, and files of up to ${max} can be read. If its rows are all on one line, it may use something other than line breaks between rows: save it as CSV again. Otherwise keep only the columns you need`,
    });
  }
  return plural(count, {
    one: `This file has # column, and files of up to ${max} can be read. If its rows are all on one line, it may use something other than line breaks between rows: save it as CSV again. Otherwise keep only the columns you need`,
    other: `This file has # columns, and files of up to ${max} can be read. If its rows are all on one line, it may use something other than line breaks between rows: save it as CSV again. Otherwise keep only the columns you need`,
  });
}

/** The file's column for each field, or null when the file has none. */
export type ColumnMapping = Record<Field, string | null>;

/** What a file cannot do without, named for the mapping step. */
export type MissingField = 'title' | 'date' | 'location';

export interface ColumnMatch {
  /** The file's columns, in its order. */
  readonly headers: readonly string[];
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
  return { headers, columns, unmatched, missing };
}

function emptyMapping(): ColumnMapping {
  return Object.fromEntries(FIELDS.map((f) => [f, null])) as ColumnMapping;
}
