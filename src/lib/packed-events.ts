import type { MapEvent } from './dataset';
import type { EventProperties } from './event-schema';

/** The properties packed by reference; any other but the title is refused. */
const FIELDS = ['summary', 'category', 'date', 'place', 'actors', 'sources', 'casualties'] as const;
const SEPARATOR = '\n';

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
    const props: Record<string, unknown> = { title: titles[i] };
    for (let f = 0; f < FIELDS.length; f++) {
      const ref = refs[i * FIELDS.length + f]!;
      if (ref >= 0) props[FIELDS[f]!] = shared[ref];
    }
    events[i] = {
      id: ids[i]!,
      lon: lon[i]!,
      lat: lat[i]!,
      start: start[i]!,
      end: end[i]!,
      props: props as unknown as EventProperties,
    };
  }
  return events;
}

/** The buffers to transfer with a message that carries packed events. */
export function packedBuffers(packed: PackedEvents): ArrayBuffer[] {
  return [packed.lon, packed.lat, packed.start, packed.end, packed.refs].map((a) => a.buffer as ArrayBuffer);
}
