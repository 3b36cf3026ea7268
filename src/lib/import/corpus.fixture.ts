/**
 * For tests only: what must come of each file of the corpus (e2e/fixtures/corpus/),
 * one small file per kind of file people really have. Read by the corpus unit test
 * (the whole reading in Node) and by the end-to-end test (through the page).
 */
import type { EventDate } from '../event-schema';
import type { LocationPrecision } from '../vocabulary';
import type { ReadOptions } from './read-options';

/** An event as the test names it: its title, the country it lands in, its date and its place's precision. */
export type Landed = [title: string, country: string, date: EventDate, place: LocationPrecision];
/** A row (CSV) or feature (GeoJSON) and the field it is refused for. */
type Refused = [where: number, field: string];
/** A note that must be in the report: where (null for the file), the field and what it says. */
type Noted = [where: number | null, field: string, says: RegExp];

export interface Case {
  readonly file: string;
  readonly options?: ReadOptions;
  readonly events?: readonly Landed[];
  readonly rejected?: readonly Refused[];
  readonly notes?: readonly Noted[];
  readonly encoding?: string;
  /** Names of the questions the mapping step must ask first. */
  readonly asks?: readonly string[];
  readonly fails?: RegExp;
}

const day = (value: string): EventDate => ({ precision: 'day', value });
const span = (start: string, end: string): EventDate => ({ precision: 'span', start, end });

export const CASES: readonly Case[] = [
  // Places
  {
    file: 'kabul-latitude-out-of-range.csv',
    events: [
      ['Blast near the ministry', 'AF', day('2024-03-22'), 'city'],
      ['A point fine as it is', 'AF', day('2024-03-24'), 'as-given'],
    ],
    rejected: [[3, 'latitude']],
    notes: [
      [
        2,
        'latitude',
        /is off the globe, and read the other way round .* it is in Russia, not in Afghanistan/,
      ],
    ],
  },
  {
    file: 'kabul-swapped.csv',
    events: [
      ['Attack at a checkpoint', 'AF', day('2024-05-02'), 'as-given'],
      ['Rocket fire', 'AF', day('2024-05-03'), 'as-given'],
    ],
    notes: [[2, 'latitude', /latitude 69\.17, longitude 34\.53 is in Russia, not in Afghanistan/]],
  },
  {
    file: 'zero-zero.csv',
    events: [
      ['Bombing in Quetta', 'PK', day('2023-01-30'), 'city'],
      ['Peshawar raid', 'PK', day('2023-02-01'), 'as-given'],
    ],
    rejected: [[3, 'latitude']],
    notes: [[2, 'latitude', /latitude 0, longitude 0 is in the sea off West Africa/]],
  },
  { file: 'swapped-columns.csv', asks: ['swap'] },
  {
    file: 'swapped-columns.csv',
    options: { columns: {}, swapCoordinates: true },
    events: [
      ['Event in Yakutsk?', 'RU', day('2024-01-01'), 'as-given'],
      ['Event in Vladivostok?', 'RU', day('2024-01-02'), 'as-given'],
      ['Event in Seoul?', 'KR', day('2024-01-03'), 'as-given'],
      ['Event in Jakarta?', 'ID', day('2024-01-04'), 'as-given'],
      ['Event in Manila?', 'PH', day('2024-01-05'), 'as-given'],
    ],
    notes: [[1, 'latitude', /exchanged in this file, as you told us/]],
  },
  { file: 'lat-lon-order.geojson', asks: ['swap'] },
  {
    file: 'lat-lon-order.geojson',
    options: { columns: {}, swapCoordinates: true },
    events: [
      ['Tokyo written [lat, lon]', 'JP', day('2024-02-01'), 'as-given'],
      ['Seoul written [lat, lon]', 'KR', day('2024-02-02'), 'as-given'],
      ['Manila written [lat, lon]', 'PH', day('2024-02-03'), 'as-given'],
      ['Kabul written [lat, lon]', 'AF', day('2024-02-04'), 'as-given'],
    ],
    notes: [[null, 'latitude', /exchanged in this file, as you told us/]],
  },
  {
    file: 'lines-and-areas.geojson',
    events: [
      ['Ferry route across the antimeridian', 'FJ', day('2024-04-01'), 'province'],
      ['Curfew over a city', 'AF', day('2024-04-02'), 'district'],
      ['Nationwide internet shutdown', 'AF', day('2024-04-03'), 'region'],
      ['A plain point', 'AF', day('2024-04-04'), 'as-given'],
    ],
    notes: [
      [0, 'geometry', /LineString 153 km long.*halfway along it.*precision: province/],
      [1, 'geometry', /Polygon 42 km across; a point inside it/],
    ],
  },
  {
    file: 'place-names.csv',
    events: [
      ['Flooding across the country', 'AF', day('2022-08-25'), 'country'],
      ['Protest in Jalalabad', 'AF', day('2022-08-26'), 'city'],
      ['Strike in Kandahar', 'AF', day('2022-08-27'), 'city'],
    ],
  },
  {
    file: 'coordinate-forms.csv',
    events: [
      ['Decimal pair', 'AF', day('2024-01-01'), 'as-given'],
      ['Decimal commas', 'AF', day('2024-01-02'), 'as-given'],
      ['WKT point', 'AF', day('2024-01-03'), 'as-given'],
      ['Degrees minutes seconds', 'AF', day('2024-01-04'), 'as-given'],
    ],
  },
  {
    file: 'hemisphere-and-minus.csv',
    events: [
      ['Hemisphere letters', 'AF', day('2024-01-05'), 'as-given'],
      ['Unicode minus in the west', 'ES', day('2024-01-06'), 'as-given'],
      ['South and west', 'AR', day('2024-01-07'), 'as-given'],
    ],
  },
  // Dates
  {
    file: 'european-dates.csv',
    events: [
      ['Spring raid', 'AF', day('2024-03-22'), 'as-given'],
      ['Short year', 'AF', day('2024-03-22'), 'as-given'],
      ['Early arrest', 'AF', day('2024-04-03'), 'as-given'],
      ['Christmas attack', 'AF', day('2024-12-25'), 'as-given'],
    ],
    notes: [[1, 'date', /read day first/]],
  },
  {
    file: 'us-excel-dates.csv',
    events: [
      ['New year', 'AF', day('2024-01-01'), 'as-given'],
      ['Afternoon blast', 'AF', day('2024-03-22'), 'as-given'],
      ['Morning blast', 'AF', day('2024-04-02'), 'as-given'],
    ],
    notes: [[1, 'date', /read month first/]],
  },
  { file: 'ambiguous-dates.csv', asks: ['dateOrder'] },
  {
    file: 'ambiguous-dates.csv',
    options: { columns: {}, dateOrder: 'month-first' },
    events: [
      ['Third', 'AF', day('2024-01-02'), 'as-given'],
      ['First', 'AF', day('2024-03-04'), 'as-given'],
      ['Second', 'AF', day('2024-05-06'), 'as-given'],
    ],
  },
  {
    file: 'ambiguous-dates.csv',
    // An embed cannot ask: the rows are refused, each giving both readings.
    options: { noQuestions: true },
    fails: /"03\/04\/2024" could be 3 April 2024 \(day first\) or 4 March 2024 \(month first\)/,
    rejected: [
      [2, 'date'],
      [3, 'date'],
      [4, 'date'],
    ],
  },
  {
    file: 'other-date-forms.csv',
    events: [
      ['Circa', 'AF', { precision: 'year', value: '1990' }, 'as-given'],
      ['A decade', 'AF', span('1990', '1999'), 'as-given'],
      ['An interval', 'AF', span('2020-01-01', '2020-09-30'), 'as-given'],
      ['A quarter', 'AF', span('2024-01', '2024-03'), 'as-given'],
      ['Epoch seconds', 'AF', day('2024-03-22'), 'as-given'],
      ['With UTC', 'AF', day('2024-03-22'), 'as-given'],
      ['With an offset', 'AF', day('2024-03-22'), 'as-given'],
      ['In French', 'AF', day('2024-03-22'), 'as-given'],
      ['In Russian', 'AF', day('2024-03-22'), 'as-given'],
    ],
    rejected: [[11, 'date']],
  },
  {
    file: 'epoch-milliseconds.csv',
    events: [
      ['One', 'AF', day('2024-03-22'), 'as-given'],
      ['Two', 'AF', day('2024-03-23'), 'as-given'],
    ],
    notes: [[1, 'date', /Unix times in milliseconds/]],
  },
  // Text
  {
    file: 'windows-1252.csv',
    encoding: 'windows-1252',
    events: [
      ['Attentat à Bamako', 'ML', day('2024-09-17'), 'as-given'],
      ['Manifestation à Niamey – « pacifique »', 'NE', day('2024-09-18'), 'as-given'],
    ],
  },
  {
    file: 'utf-16le.csv',
    encoding: 'utf-16le',
    events: [
      ['Взрыв в Москве', 'RU', day('2024-03-22'), 'as-given'],
      ['حمله در کابل', 'AF', day('2024-03-23'), 'as-given'],
    ],
  },
  {
    file: 'utf-16be.csv',
    encoding: 'utf-16be',
    events: [['Explosión en Madrid', 'ES', day('2004-03-11'), 'as-given']],
  },
  {
    file: 'damaged-utf8.csv',
    encoding: 'utf-8',
    events: [
      ['Attentat à Kaboul – « nuit »', 'AF', day('2024-01-01'), 'as-given'],
      ['Raid à Hérat', 'AF', day('2024-01-02'), 'as-given'],
      ['Grève à Mazâr', 'AF', day('2024-01-03'), 'as-given'],
    ],
    notes: [[3, 'place', /could not be read, shown as �: "H�rat"/]],
  },
  {
    file: 'excel-sep.csv',
    events: [['Semicolons by Excel', 'AF', day('2024-03-22'), 'as-given']],
  },
  // Columns
  {
    file: 'french-columns.csv',
    // "Kaboul" is not a GeoNames spelling: reported with the one it has, never dropped.
    fails: /could not be placed|no coordinates/,
  },
  {
    file: 'duplicate-columns.csv',
    events: [['Clash', 'AF', day('2024-06-01'), 'as-given']],
  },
  {
    file: 'acled-like.csv',
    events: [
      ['Explosions/Remote violence in Kabul, Afghanistan', 'AF', day('2024-04-15'), 'city'],
      ['Battles in Lashkar Gah, Afghanistan', 'AF', span('2024-04-17', '2024-04-23'), 'district'],
      ['Protests in Herat, Afghanistan', 'AF', { precision: 'month', value: '2024-05' }, 'province'],
    ],
  },
  // Reports
  {
    file: 'usgs-feed.geojson',
    // Off the coast, as the feed says: four out at sea, two within the tolerance of the US coast.
    events: [0, 1, 2, 3, 4, 5].map((i): Landed => [
      `M ${(4.2 + i / 10).toFixed(1)} - off the coast of Oregon`,
      i < 4 ? 'at sea' : 'US',
      day('2024-06-10'),
      'as-given',
    ]),
    notes: [[0, 'category', /category "earthquake" is not one of ours; shown as Other/]],
  },
  {
    file: 'all-rejected.csv',
    fails: /None of the 3 rows/,
    rejected: [
      [2, 'date'],
      [3, 'date'],
      [4, 'title'],
    ],
  },
];
