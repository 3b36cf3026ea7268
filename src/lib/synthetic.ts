import { datasetOfSorted, orderByDays, type Dataset, type MapEvent } from './dataset';
import { dayFromParts, dayToIso, partsFromDay } from './dates';
import type { DatasetMetadata, EventDate, EventProperties } from './event-schema';
import type { ActorRole, Category, LocationPrecision } from './vocabulary';
import { cumulativeWeights, normal, seededRandom, weightedIndex } from './random';

/** Places events gather around: [label, country, longitude, latitude, weight, spread in degrees]. */
const HUBS: ReadonlyArray<readonly [string, string, number, number, number, number]> = [
  ['Kabul', 'AF', 69.17, 34.53, 9, 0.6],
  ['Kandahar', 'AF', 65.71, 31.61, 5, 0.8],
  ['Jalalabad', 'AF', 70.45, 34.43, 4, 0.5],
  ['Kunduz', 'AF', 68.86, 36.73, 3, 0.6],
  ['Herat', 'AF', 62.2, 34.35, 3, 0.7],
  ['Peshawar', 'PK', 71.58, 34.01, 7, 0.5],
  ['Quetta', 'PK', 66.99, 30.18, 6, 0.9],
  ['Karachi', 'PK', 67.01, 24.86, 4, 0.3],
  ['Islamabad', 'PK', 73.05, 33.68, 3, 0.3],
  ['Lahore', 'PK', 74.35, 31.55, 3, 0.3],
  ['Baghdad', 'IQ', 44.37, 33.31, 8, 0.5],
  ['Mosul', 'IQ', 43.13, 36.34, 5, 0.5],
  ['Damascus', 'SY', 36.29, 33.51, 5, 0.5],
  ['Aleppo', 'SY', 37.16, 36.2, 5, 0.5],
  ['Raqqa', 'SY', 39.01, 35.95, 3, 0.6],
  ['Sanaa', 'YE', 44.19, 15.37, 4, 0.8],
  ['Aden', 'YE', 45.03, 12.79, 2, 0.5],
  ['Mogadishu', 'SO', 45.34, 2.05, 6, 0.6],
  ['Maiduguri', 'NG', 13.15, 11.85, 5, 0.9],
  ['Abuja', 'NG', 7.49, 9.06, 2, 0.5],
  ['Bamako', 'ML', -8.0, 12.64, 3, 1.2],
  ['Gao', 'ML', -0.04, 16.27, 2, 1.5],
  ['Ouagadougou', 'BF', -1.52, 12.37, 3, 1.2],
  ['Niamey', 'NE', 2.11, 13.51, 2, 1.2],
  ['Tripoli', 'LY', 13.19, 32.89, 2, 0.5],
  ['Benghazi', 'LY', 20.07, 32.12, 2, 0.4],
  ['Cairo', 'EG', 31.24, 30.04, 3, 0.3],
  ['Al-Arish', 'EG', 33.8, 31.13, 2, 0.4],
  ['Goma', 'CD', 29.22, -1.68, 3, 0.8],
  ['Pemba', 'MZ', 40.52, -12.97, 2, 1],
  ['Nairobi', 'KE', 36.82, -1.29, 2, 0.4],
  ['Istanbul', 'TR', 28.98, 41.01, 2, 0.2],
  ['Moscow', 'RU', 37.62, 55.75, 2, 0.4],
  ['Grozny', 'RU', 45.69, 43.32, 2, 0.5],
  ['Kyiv', 'UA', 30.52, 50.45, 2, 0.5],
  ['Paris', 'FR', 2.35, 48.86, 1, 0.2],
  ['Brussels', 'BE', 4.35, 50.85, 1, 0.1],
  ['London', 'GB', -0.13, 51.51, 1, 0.2],
  ['Berlin', 'DE', 13.4, 52.52, 1, 0.2],
  ['Madrid', 'ES', -3.7, 40.42, 1, 0.2],
  ['New York', 'US', -74.0, 40.71, 1, 0.2],
  ['Washington', 'US', -77.04, 38.9, 2, 0.1],
  ['Mumbai', 'IN', 72.88, 19.08, 2, 0.2],
  ['Srinagar', 'IN', 74.8, 34.08, 3, 0.4],
  ['Dhaka', 'BD', 90.41, 23.81, 1, 0.3],
  ['Colombo', 'LK', 79.86, 6.93, 1, 0.3],
  ['Manila', 'PH', 120.98, 14.6, 1, 0.3],
  ['Marawi', 'PH', 124.29, 8.0, 2, 0.4],
  ['Jakarta', 'ID', 106.85, -6.21, 1, 0.3],
  ['Bogota', 'CO', -74.07, 4.71, 2, 1],
  ['Doha', 'QA', 51.53, 25.29, 1, 0.05],
  ['Tehran', 'IR', 51.39, 35.69, 2, 0.4],
  ['Riyadh', 'SA', 46.68, 24.71, 1, 0.3],
  ['Beirut', 'LB', 35.5, 33.89, 2, 0.2],
];

const CATEGORY_WEIGHTS: ReadonlyArray<readonly [Category, number]> = [
  ['attack', 46],
  ['arrest-operation', 15],
  ['legal-act', 7],
  ['political-act', 9],
  ['agreement', 3],
  ['report', 12],
  ['aggregate', 4],
];

/** Categories as titles say them ("arrest operation"). */
const CATEGORY_WORDS = Object.fromEntries(
  CATEGORY_WEIGHTS.map(([category]) => [category, category.replace('-', ' ')]),
) as Record<Category, string>;

const PRECISIONS: ReadonlyArray<readonly [LocationPrecision, number]> = [
  ['site', 35],
  ['city', 30],
  ['district', 12],
  ['province', 12],
  ['country', 11],
];

const OUTLETS = [
  'Synthetic Wire',
  'Demo Daily',
  'Example Times',
  'Sample Post',
  'Test Tribune',
  'Model Herald',
];
const ACTORS = ['Group A', 'Group B', 'Group C', 'Group D', 'Government of X', 'Security forces'];
const ROLES: readonly ActorRole[] = ['claimed', 'blamed', 'carried-out', 'party'];

export const SYNTHETIC_FIRST_DAY = dayFromParts(2005, 1, 1);
export const SYNTHETIC_LAST_DAY = dayFromParts(2024, 12, 31);

/** The synthetic events, column by column: numbers in typed arrays, shared objects by index. */
export interface SyntheticColumns {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index into HUBS. */
  readonly hub: Uint8Array;
  /** Index into CATEGORY_WEIGHTS. */
  readonly category: Uint8Array;
  /** Indexes into the tables below; `casualties` is -1 where the event has none. */
  readonly place: Uint16Array;
  readonly date: Int32Array;
  readonly actors: Uint8Array;
  readonly casualties: Int32Array;
  readonly tables: SyntheticTables;
}

/** The objects events share, made once: a place per hub and precision, each date, each casualty figure. */
export interface SyntheticTables {
  readonly categories: readonly Category[];
  readonly places: ReadonlyArray<EventProperties['place']>;
  readonly dates: readonly DayRange[];
  readonly figures: ReadonlyArray<NonNullable<EventProperties['casualties']>>;
  readonly actorSets: ReadonlyArray<EventProperties['actors']>;
  readonly sourceLists: ReadonlyArray<EventProperties['sources']>;
}

export const SYNTHETIC_SUMMARY = 'A made-up event in a synthetic dataset that demonstrates the map at scale.';

/**
 * `n` made-up events, the same for the same seed: spread over ~55 real places
 * and 20 years, with bursts in time, every date precision, several categories,
 * heavy-tailed casualty figures and sources. Every title says it is synthetic.
 */
export function generateEvents(n: number, seed: number): MapEvent[] {
  const columns = generateColumns(n, seed);
  return Array.from({ length: n }, (_, i) => syntheticEvent(columns, i));
}

/**
 * The events of `generateEvents`, as columns: no object per event, so a
 * worker makes 1,000,000 of them in a fraction of the time and packs them
 * for the page without reading objects back.
 */
export function generateColumns(n: number, seed: number): SyntheticColumns {
  const random = seededRandom(seed);
  const hubWeights = cumulativeWeights(HUBS.map((h) => h[4]));
  const categoryWeights = cumulativeWeights(CATEGORY_WEIGHTS.map((c) => c[1]));
  const precisionWeights = cumulativeWeights(PRECISIONS.map((p) => p[1]));
  const span = SYNTHETIC_LAST_DAY - SYNTHETIC_FIRST_DAY;
  const bursts = Array.from({ length: 14 }, () => SYNTHETIC_FIRST_DAY + Math.floor(random() * span));

  const sources = OUTLETS.map((outlet, i) => ({
    outlet,
    headline: `Demonstration report ${i + 1}`,
    published: '2025-01-01',
    quote: 'This is a synthetic event made up to show the map at scale.',
  }));
  const places: Array<EventProperties['place']> = [];
  const dates: DayRange[] = [];
  const figures: Array<NonNullable<EventProperties['casualties']>> = [];
  // Dates and casualty figures repeat: one object for each, found by a number.
  const dateIndex = new Map<number, number>();
  const figureIndex = new Map<number, number>();
  const tables: SyntheticTables = {
    categories: CATEGORY_WEIGHTS.map((c) => c[0]),
    places,
    dates,
    figures,
    actorSets: ACTORS.flatMap((name) => ROLES.map((role) => [{ name, role }])),
    sourceLists: sources.map((source) => [source]),
  };
  const columns: SyntheticColumns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    hub: new Uint8Array(n),
    category: new Uint8Array(n),
    place: new Uint16Array(n),
    date: new Int32Array(n),
    actors: new Uint8Array(n),
    casualties: new Int32Array(n),
    tables,
  };

  for (let i = 0; i < n; i++) {
    const hubIndex = weightedIndex(random, hubWeights);
    const [label, country, hubLon, hubLat, , spread] = HUBS[hubIndex]!;
    const categoryIndex = weightedIndex(random, categoryWeights);
    const category = CATEGORY_WEIGHTS[categoryIndex]![0];
    const precisionIndex = weightedIndex(random, precisionWeights);
    columns.lon[i] = clamp(normal(random, hubLon, spread), -179.9, 179.9);
    columns.lat[i] = clamp(normal(random, hubLat, spread * 0.8), -84, 84);

    const centre =
      random() < 0.3
        ? bursts[Math.floor(random() * bursts.length)]! + Math.round(normal(random, 0, 30))
        : SYNTHETIC_FIRST_DAY + Math.floor(random() * span);
    const day = reflect(centre, SYNTHETIC_FIRST_DAY, SYNTHETIC_LAST_DAY);
    const date = randomDate(random, day, category, dates, dateIndex);
    columns.date[i] = date;
    columns.start[i] = dates[date]!.start;
    columns.end[i] = dates[date]!.end;

    const placeKey = hubIndex * PRECISIONS.length + precisionIndex;
    places[placeKey] ??= {
      name: `${label} (synthetic)`,
      label,
      precision: PRECISIONS[precisionIndex]![0],
      countries: [country],
    };
    columns.place[i] = placeKey;
    columns.hub[i] = hubIndex;
    columns.category[i] = categoryIndex;

    const killed = category === 'attack' || category === 'aggregate' ? casualties(random, category) : 0;
    columns.actors[i] = Math.floor(random() * tables.actorSets.length);
    columns.casualties[i] = killed > 0 ? figure(figures, figureIndex, killed) : -1;
  }
  return columns;
}

/** How many title stems there are: one for each hub and category. */
export const SYNTHETIC_STEMS = HUBS.length * CATEGORY_WEIGHTS.length;

/** The title stem of event `i` of the columns, by number: hub and category. */
export function stemKey(columns: SyntheticColumns, i: number): number {
  return columns.hub[i]! * CATEGORY_WEIGHTS.length + columns.category[i]!;
}

/** A title but its number: "Synthetic attack near Kabul #" (the event's serial number follows). */
export function syntheticStem(key: number): string {
  const label = HUBS[Math.floor(key / CATEGORY_WEIGHTS.length)]![0];
  const words = CATEGORY_WORDS[CATEGORY_WEIGHTS[key % CATEGORY_WEIGHTS.length]![0]];
  return `Synthetic ${words} near ${label} #`;
}

/** An event's id by its serial number (its place in the generator's order, from 1). */
export function syntheticId(serial: string): string {
  return `synthetic-${serial}`;
}

/** Event `i` of the columns (as generated), as an object. */
export function syntheticEvent(columns: SyntheticColumns, i: number): MapEvent {
  const { tables } = columns;
  const serial = String(i + 1);
  const title = syntheticStem(stemKey(columns, i)) + serial;
  const figureAt = columns.casualties[i]!;
  const props: EventProperties = {
    title,
    summary: SYNTHETIC_SUMMARY,
    category: tables.categories[columns.category[i]!]!,
    date: tables.dates[columns.date[i]!]!.date,
    place: tables.places[columns.place[i]!]!,
    actors: tables.actorSets[columns.actors[i]!]!,
    sources: tables.sourceLists[i % tables.sourceLists.length]!,
    ...(figureAt >= 0 && { casualties: tables.figures[figureAt]! }),
  };
  return {
    id: syntheticId(serial),
    lon: columns.lon[i]!,
    lat: columns.lat[i]!,
    start: columns.start[i]!,
    end: columns.end[i]!,
    props,
  };
}

/** The synthetic events as a dataset, with metadata that says what they are. */
export function syntheticDataset(n: number, seed: number): Dataset {
  return datasetOfSorted(syntheticMetadata(n, seed), syntheticSorted(n, seed));
}

/** The synthetic events in index order (as `makeDataset` sorts them). */
export function syntheticSorted(n: number, seed: number): MapEvent[] {
  const columns = generateColumns(n, seed);
  return Array.from(orderByDays(columns.start, columns.end), (i) => syntheticEvent(columns, i));
}

/** What the synthetic dataset says about itself. */
export function syntheticMetadata(n: number, seed: number): DatasetMetadata {
  return {
    title: `Synthetic demo: ${n.toLocaleString('en-GB')} made-up events (seed ${seed})`,
    description:
      'Randomly generated events that show how the map handles large datasets. None of them happened.',
    version: `synthetic-${seed}`,
    updated: '2025-01-01',
  };
}

export interface DayRange {
  readonly date: EventDate;
  readonly start: number;
  readonly end: number;
}

/**
 * A date at some precision around `day`, with its day range worked out from
 * numbers, not by parsing; its index in `made`. The same date is one object,
 * found in `index` by a number: the precision in the low two bits, the day and
 * the span's length above.
 */
function randomDate(
  random: () => number,
  day: number,
  category: Category,
  made: DayRange[],
  index: Map<number, number>,
): number {
  const r = random();
  const isSpan = category === 'aggregate' || r < 0.07;
  const end = isSpan ? Math.min(SYNTHETIC_LAST_DAY, day + 2 + Math.floor(random() * 180)) : day;
  const precision = isSpan ? 0 : r < 0.14 ? 1 : r < 0.28 ? 2 : 3;
  const key = ((day - SYNTHETIC_FIRST_DAY) * 256 + (end - day)) * 4 + precision;
  let at = index.get(key);
  if (at === undefined) {
    at = made.push(dayRange(precision, day, end)) - 1;
    index.set(key, at);
  }
  return at;
}

function dayRange(precision: number, day: number, spanEnd: number): DayRange {
  const { year, month } = partsFromDay(day);
  if (precision === 0) {
    const date: EventDate = { precision: 'span', start: dayToIso(day), end: dayToIso(spanEnd) };
    return { date, start: day, end: spanEnd };
  }
  if (precision === 1) {
    const date: EventDate = { precision: 'year', value: String(year) };
    return { date, start: dayFromParts(year, 1, 1), end: dayFromParts(year, 12, 31) };
  }
  if (precision === 2) {
    const date: EventDate = { precision: 'month', value: `${year}-${String(month).padStart(2, '0')}` };
    return { date, start: dayFromParts(year, month, 1), end: dayFromParts(year, month + 1, 1) - 1 };
  }
  return { date: { precision: 'day', value: dayToIso(day) }, start: day, end: day };
}

function figure(
  figures: Array<NonNullable<EventProperties['casualties']>>,
  index: Map<number, number>,
  killed: number,
): number {
  let at = index.get(killed);
  if (at === undefined) {
    at = figures.push({ killed: { value: killed, text: String(killed), approximate: false } }) - 1;
    index.set(killed, at);
  }
  return at;
}

function casualties(random: () => number, category: Category): number {
  if (random() < 0.3) return 0;
  const scale = category === 'aggregate' ? 4 : 1.2;
  return Math.max(1, Math.round(Math.exp(normal(random, scale, 1.1))));
}

/** Folds a day that falls outside [min, max] back inside, so bursts near the ends do not pile up on them. */
function reflect(day: number, min: number, max: number): number {
  if (day < min) return Math.min(max, min + (min - day));
  if (day > max) return Math.max(min, max - (day - max));
  return day;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
