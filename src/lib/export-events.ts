import type { MapEvent } from './dataset';
import { csvText } from './csv-cell';
import type { Claim, DatasetMetadata, EventProperties } from './event-schema';

type Figure = NonNullable<NonNullable<EventProperties['casualties']>['killed']>;
type Source = EventProperties['sources'][number];

/** The columns of an exported CSV: the same as the import template, so a download can be loaded again. */
export const EXPORT_HEADERS = [
  'id',
  'title',
  'summary',
  'date',
  'end_date',
  'date_precision',
  'date_note',
  'place',
  'place_label',
  'country',
  'latitude',
  'longitude',
  'place_precision',
  'place_note',
  'category',
  'actor',
  'killed',
  'killed_text',
  'killed_reading',
  'wounded',
  'wounded_text',
  'wounded_reading',
  'casualty_note',
  'not_in_sources',
  'source',
  'source_headline',
  'source_date',
  'source_url',
  'quote',
  'more_sources',
  'more_headlines',
  'more_source_dates',
  'more_source_urls',
  'more_quotes',
  'claim_status',
  'claim_about',
  'claim_actor',
  'claim_by',
  'disputed_by',
  'claim_note',
  'claim_source',
  // The language of the title, summary and place label (a BCP 47 tag), before their translations.
  'lang',
] as const;

function dateColumns(e: MapEvent): [string, string, string] {
  const d = e.props.date;
  return d.precision === 'span' ? [d.start, d.end, 'span'] : [d.value, '', d.precision];
}

/**
 * The flagged claims, a column per field and a line per claim, so line i of
 * every claim column is claim i (empty lines keep the places of absent fields).
 */
function claimColumns(claims: readonly Claim[] | undefined): string[] {
  const lines = (field: (c: Claim) => string | undefined) =>
    (claims ?? []).map((c) => field(c) ?? '').join('\n');
  return [
    lines((c) => c.status),
    lines((c) => c.about),
    lines((c) => c.actor),
    lines((c) => c.by),
    lines((c) => c.disputedBy),
    lines((c) => c.note),
    lines((c) => c.source),
  ];
}

/** A figure as four columns: its number ("54+" when the number is a lower bound), its words, its reading. */
function figureColumns(figure: Figure | undefined): [string, string, string] {
  if (!figure) return ['', '', ''];
  return [`${figure.value}${figure.approximate ? '+' : ''}`, figure.text, figure.reading ?? ''];
}

/** The sources after the first, a column per field and a line per source, as the claims are written. */
function moreSourceColumns(sources: readonly Source[]): string[] {
  const lines = (field: (s: Source) => string | undefined) => sources.map((s) => field(s) ?? '').join('\n');
  return [
    lines((s) => s.outlet),
    lines((s) => s.headline),
    lines((s) => s.published),
    lines((s) => s.url),
    lines((s) => s.quote),
  ];
}

/**
 * The names of the other fields the events keep from a reader's file, in the
 * order first met, as export columns: a name that is one of ours is marked
 * "(other)" so the file loads back with each value where it was.
 */
function otherColumns(events: readonly MapEvent[]): { names: string[]; headers: string[] } {
  const names = new Set<string>();
  for (const e of events) for (const f of e.props.otherFields ?? []) names.add(f.name);
  const ours = new Set<string>(EXPORT_HEADERS);
  const list = [...names];
  return { names: list, headers: list.map((n) => (ours.has(n) ? `${n} (other)` : n)) };
}

/**
 * The events as CSV (RFC 4180, CRLF), one row each, the first source in its
 * own columns and the rest after, then the flagged claims, then the other
 * fields a reader's file gave them.
 */
export function eventsToCsv(events: readonly MapEvent[]): string {
  const others = otherColumns(events);
  const languages = translationLanguages(events);
  const rows = events.map((e) => {
    const p = e.props;
    const other = new Map(p.otherFields?.map((f) => [f.name, f.value]));
    const [first, ...rest] = p.sources;
    return [
      e.id,
      p.title,
      p.summary,
      ...dateColumns(e),
      p.dateNote,
      p.place.name,
      p.place.label,
      p.place.countries.join(';'),
      e.lat,
      e.lon,
      p.place.precision,
      p.place.note,
      p.category,
      p.actors.map((a) => `${a.name} (${a.role})`).join('; '),
      ...figureColumns(p.casualties?.killed),
      ...figureColumns(p.casualties?.wounded),
      p.casualties?.note,
      (p.notInSources ?? []).join('\n'),
      first?.outlet,
      first?.headline,
      first?.published,
      first?.url,
      first?.quote,
      ...moreSourceColumns(rest),
      ...claimColumns(p.claims),
      p.lang,
      ...languages.flatMap((tag) => {
        const words = p.translations?.[tag];
        return [words?.title, words?.summary, words?.placeLabel];
      }),
      ...others.names.map((n) => other.get(n) ?? ''),
    ];
  });
  // title_ur, summary_ur, place_ur...: the columns an import reads back as translations.
  const translated = languages.flatMap((tag) => [`title_${tag}`, `summary_${tag}`, `place_${tag}`]);
  return csvText([[...EXPORT_HEADERS, ...translated, ...others.headers], ...rows]);
}

/** Every language the events' translations are in, in alphabetical order. */
function translationLanguages(events: readonly MapEvent[]): string[] {
  const tags = new Set<string>();
  for (const e of events) for (const tag of Object.keys(e.props.translations ?? {})) tags.add(tag);
  return [...tags].sort();
}

/** The events as a GeoJSON FeatureCollection in the app's own schema, with the dataset's metadata. */
export function eventsToGeoJson(events: readonly MapEvent[], metadata: DatasetMetadata | null): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      ...(metadata ? { metadata } : {}),
      features: events.map((e) => ({
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
        properties: e.props,
      })),
    },
    null,
    2,
  );
}
