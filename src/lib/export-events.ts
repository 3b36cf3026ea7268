import type { MapEvent } from './dataset';
import { csvText } from './csv-cell';
import type { Claim, DatasetMetadata } from './event-schema';

/** The columns of an exported CSV: the same as the import template, so a download can be loaded again. */
export const EXPORT_HEADERS = [
  'id',
  'title',
  'summary',
  'date',
  'end_date',
  'date_precision',
  'place',
  'country',
  'latitude',
  'longitude',
  'place_precision',
  'category',
  'actor',
  'killed',
  'wounded',
  'source',
  'source_headline',
  'source_date',
  'source_url',
  'quote',
  'more_sources',
  'claim_status',
  'claim_about',
  'claim_actor',
  'claim_by',
  'disputed_by',
  'claim_note',
  'claim_source',
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
  const rows = events.map((e) => {
    const p = e.props;
    const other = new Map(p.otherFields?.map((f) => [f.name, f.value]));
    const [first, ...rest] = p.sources;
    return [
      e.id,
      p.title,
      p.summary,
      ...dateColumns(e),
      p.place.name,
      p.place.countries.join(';'),
      e.lat,
      e.lon,
      p.place.precision,
      p.category,
      p.actors.map((a) => `${a.name} (${a.role})`).join('; '),
      p.casualties?.killed?.value,
      p.casualties?.wounded?.value,
      first?.outlet,
      first?.headline,
      first?.published,
      first?.url,
      first?.quote,
      rest.map((s) => [s.outlet, s.headline, s.published, s.url].filter(Boolean).join(', ')).join(' | '),
      ...claimColumns(p.claims),
      ...others.names.map((n) => other.get(n) ?? ''),
    ];
  });
  return csvText([[...EXPORT_HEADERS, ...others.headers], ...rows]);
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
