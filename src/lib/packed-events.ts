import type { MapEvent } from './dataset';
import type { EventProperties } from './event-schema';

/** The properties packed by reference; any other but the title is refused. */
export const PACKED_FIELDS = [
  'summary',
  'category',
  'date',
  'place',
  'actors',
  'sources',
  'casualties',
] as const;
const FIELDS = PACKED_FIELDS;
export const PACKED_SEPARATOR = '\n';
const SEPARATOR = PACKED_SEPARATOR;

/**
 * Events as typed arrays and two long strings, whose buffers a worker can
 * hand to the page without copying: properties many events share (a place,
 * a date, a list of sources) are sent once, in `shared`, and referred to by
 * index. Receiving 1,000,000 events as objects (structured clones) cost the
 * page seconds; unpacking these costs a fraction of that.
 */
export interface PackedEvents {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Ids and titles, each joined by a newline. */
  readonly ids: string;
  readonly titles: string;
  /** For each of FIELDS, each event's index into `shared`, or -1 where it has none. */
  readonly refs: Int32Array;
  readonly shared: readonly unknown[];
}

/**
 * Packs events whose properties are among FIELDS (and a title), as the
 * synthetic generator makes them; throws on any other property, or on an id
 * or title with a line break, rather than lose it.
 */
export function packEvents(events: readonly MapEvent[]): PackedEvents {
  const n = events.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const refs = new Int32Array(n * FIELDS.length).fill(-1);
  const shared: unknown[] = [];
  const known = new Map<unknown, number>();
  const ids: string[] = new Array<string>(n);
  const titles: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    lon[i] = e.lon;
    lat[i] = e.lat;
    start[i] = e.start;
    end[i] = e.end;
    ids[i] = e.id;
    titles[i] = e.props.title;
    const props = e.props as unknown as Record<string, unknown>;
    let fields = 1;
    for (let f = 0; f < FIELDS.length; f++) {
      const value = props[FIELDS[f]!];
      if (value === undefined) continue;
      fields++;
      let ref = known.get(value);
      if (ref === undefined) {
        ref = shared.push(value) - 1;
        known.set(value, ref);
      }
      refs[i * FIELDS.length + f] = ref;
    }
    if (Object.keys(props).length !== fields)
      throw new Error(`packEvents: event ${e.id} has other properties`);
  }
  const joined = (list: string[]) => {
    if (list.some((s) => s.includes(SEPARATOR)))
      throw new Error('packEvents: a line break in an id or title');
    return list.join(SEPARATOR);
  };
  return { lon, lat, start, end, ids: joined(ids), titles: joined(titles), refs, shared };
}

/** The events `packEvents` packed, equal to them, sharing the objects they shared. */
export function unpackEvents(packed: PackedEvents): MapEvent[] {
  const { lon, lat, start, end, refs, shared } = packed;
  const n = lon.length;
  if (n === 0) return [];
  const ids = packed.ids.split(SEPARATOR);
  const titles = packed.titles.split(SEPARATOR);
  const events: MapEvent[] = new Array<MapEvent>(n);
  for (let i = 0; i < n; i++) {
    const props = propsAt(titles[i]!, refs, i * FIELDS.length, shared);
    events[i] = {
      id: ids[i]!,
      lon: lon[i]!,
      lat: lat[i]!,
      start: start[i]!,
      end: end[i]!,
      props,
    };
  }
  return events;
}

/**
 * One event's properties. Where it has every field (casualties aside), an
 * object literal of one shape, several times quicker to make at 1,000,000
 * events than adding the fields one by one.
 */
function propsAt(title: string, refs: Int32Array, at: number, shared: readonly unknown[]): EventProperties {
  let complete = true;
  for (let f = 0; f < FIELDS.length - 1; f++) if (refs[at + f]! < 0) complete = false;
  if (!complete) {
    const props: Record<string, unknown> = { title };
    for (let f = 0; f < FIELDS.length; f++) {
      const ref = refs[at + f]!;
      if (ref >= 0) props[FIELDS[f]!] = shared[ref];
    }
    return props as unknown as EventProperties;
  }
  const v = (f: number) => shared[refs[at + f]!] as never;
  // The keys in FIELDS' order, as the loop above would add them.
  const props: { -readonly [K in keyof EventProperties]: EventProperties[K] } = {
    title,
    summary: v(0),
    category: v(1),
    date: v(2),
    place: v(3),
    actors: v(4),
    sources: v(5),
  };
  const casualties = refs[at + 6]!;
  if (casualties >= 0) props.casualties = shared[casualties] as never;
  return props;
}

/** The buffers to transfer with a message that carries packed events. */
export function packedBuffers(packed: PackedEvents): ArrayBuffer[] {
  return [packed.lon, packed.lat, packed.start, packed.end, packed.refs].map((a) => a.buffer as ArrayBuffer);
}
