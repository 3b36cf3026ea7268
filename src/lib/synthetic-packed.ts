import type { MapEvent } from './dataset';
import type { EventProperties } from './event-schema';
import {
  stemKey,
  SYNTHETIC_STEMS,
  SYNTHETIC_SUMMARY,
  syntheticId,
  syntheticStem,
  type SyntheticColumns,
} from './synthetic';

/** What each event refers to in `shared`, in this order: its title but the number, then properties. */
const FIELDS = ['stem', 'summary', 'category', 'date', 'place', 'actors', 'sources', 'casualties'] as const;
const WIDTH = FIELDS.length;
const CASUALTIES = WIDTH - 1;

/**
 * Synthetic events as typed arrays, whose buffers a worker hands to the page
 * without copying. What many events share (a place, a date, a list of
 * sources, a title's words) is sent once a batch, in `shared`, and referred
 * to by index; ids and titles are made on the page from each event's serial
 * number. As objects (structured clones), receiving 1,000,000 events cost the
 * page seconds, and as strings, making their ids and titles cost the worker
 * more than making the events.
 */
export interface PackedSynthetic {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Each event's place in the generator's order, from 1: its id is "synthetic-<serial>", its title ends "#<serial>". */
  readonly serial: Int32Array;
  /** For each event, WIDTH indexes into `shared`, one for each of FIELDS; -1 where it has no casualties. */
  readonly refs: Int32Array;
  readonly shared: readonly unknown[];
}

/** Events `order[from]` to `order[to - 1]` of the columns, packed. */
export function packSynthetic(
  columns: SyntheticColumns,
  order: Int32Array,
  from: number,
  to: number,
): PackedSynthetic {
  const n = Math.max(0, to - from);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const serial = new Int32Array(n);
  const refs = new Int32Array(n * WIDTH).fill(-1);
  const shared: unknown[] = [];
  const { tables } = columns;
  const stem = sharer(shared, SYNTHETIC_STEMS, syntheticStem);
  const summary = shared.push(SYNTHETIC_SUMMARY) - 1;
  const category = sharer(shared, tables.categories.length, (k) => tables.categories[k]);
  const date = sharer(shared, tables.dates.length, (k) => tables.dates[k]!.date);
  const place = sharer(shared, tables.places.length, (k) => tables.places[k]);
  const actors = sharer(shared, tables.actorSets.length, (k) => tables.actorSets[k]);
  const sources = sharer(shared, tables.sourceLists.length, (k) => tables.sourceLists[k]);
  const figures = sharer(shared, tables.figures.length, (k) => tables.figures[k]);
  for (let k = 0; k < n; k++) {
    const i = order[from + k]!;
    lon[k] = columns.lon[i]!;
    lat[k] = columns.lat[i]!;
    start[k] = columns.start[i]!;
    end[k] = columns.end[i]!;
    serial[k] = i + 1;
    const at = k * WIDTH;
    refs[at] = stem(stemKey(columns, i));
    refs[at + 1] = summary;
    refs[at + 2] = category(columns.category[i]!);
    refs[at + 3] = date(columns.date[i]!);
    refs[at + 4] = place(columns.place[i]!);
    refs[at + 5] = actors(columns.actors[i]!);
    refs[at + 6] = sources(i % tables.sourceLists.length);
    const figure = columns.casualties[i]!;
    if (figure >= 0) refs[at + CASUALTIES] = figures(figure);
  }
  return { lon, lat, start, end, serial, refs, shared };
}

/** The events `packSynthetic` packed, equal to the generator's, sharing what they shared. */
export function unpackSynthetic(packed: PackedSynthetic): MapEvent[] {
  const { lon, lat, start, end, serial, refs } = packed;
  const shared = packed.shared as readonly never[];
  const n = lon.length;
  const events = new Array<MapEvent>(n);
  for (let i = 0; i < n; i++) {
    const at = i * WIDTH;
    const number = String(serial[i]);
    // The keys in the generator's order.
    const props: { -readonly [K in keyof EventProperties]: EventProperties[K] } = {
      title: (shared[refs[at]!]! as string) + number,
      summary: shared[refs[at + 1]!]!,
      category: shared[refs[at + 2]!]!,
      date: shared[refs[at + 3]!]!,
      place: shared[refs[at + 4]!]!,
      actors: shared[refs[at + 5]!]!,
      sources: shared[refs[at + 6]!]!,
    };
    const casualties = refs[at + CASUALTIES]!;
    if (casualties >= 0) props.casualties = shared[casualties]!;
    events[i] = {
      id: syntheticId(number),
      lon: lon[i]!,
      lat: lat[i]!,
      start: start[i]!,
      end: end[i]!,
      props,
    };
  }
  return events;
}

/** The buffers to transfer with a message that carries packed events. */
export function packedBuffers(packed: PackedSynthetic): ArrayBuffer[] {
  return [packed.lon, packed.lat, packed.start, packed.end, packed.serial, packed.refs].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** A table's entries put into `shared` on first use: table index -> index in `shared`. */
function sharer(
  shared: unknown[],
  size: number,
  entry: (index: number) => unknown,
): (index: number) => number {
  const local = new Int32Array(size).fill(-1);
  return (index) => {
    let ref = local[index]!;
    if (ref < 0) {
      ref = shared.push(entry(index)) - 1;
      local[index] = ref;
    }
    return ref;
  };
}
