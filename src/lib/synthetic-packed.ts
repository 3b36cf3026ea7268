import { PACKED_FIELDS, PACKED_SEPARATOR, type PackedEvents } from './packed-events';
import { SYNTHETIC_SUMMARY, syntheticIdAndTitle, type SyntheticColumns } from './synthetic';

const FIELD = Object.fromEntries(PACKED_FIELDS.map((name, i) => [name, i])) as Record<
  (typeof PACKED_FIELDS)[number],
  number
>;

/**
 * Events `order[from]` to `order[to - 1]` of the columns, packed as
 * `packEvents` would pack them as objects, without making the objects: a
 * worker packs 1,000,000 synthetic events this way in a fraction of the time.
 */
export function packSynthetic(
  columns: SyntheticColumns,
  order: Int32Array,
  from: number,
  to: number,
): PackedEvents {
  const n = Math.max(0, to - from);
  const width = PACKED_FIELDS.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const refs = new Int32Array(n * width).fill(-1);
  const ids = new Array<string>(n);
  const titles = new Array<string>(n);
  const shared: unknown[] = [];
  const { tables } = columns;
  const summary = shareOne(shared, SYNTHETIC_SUMMARY);
  const category = sharer(shared, tables.categories);
  const date = sharer(
    shared,
    tables.dates.map((d) => d.date),
  );
  const place = sharer(shared, tables.places);
  const actors = sharer(shared, tables.actorSets);
  const sources = sharer(shared, tables.sourceLists);
  const figures = sharer(shared, tables.figures);
  for (let k = 0; k < n; k++) {
    const i = order[from + k]!;
    lon[k] = columns.lon[i]!;
    lat[k] = columns.lat[i]!;
    start[k] = columns.start[i]!;
    end[k] = columns.end[i]!;
    [ids[k], titles[k]] = syntheticIdAndTitle(columns, i);
    const at = k * width;
    refs[at + FIELD.summary] = summary;
    refs[at + FIELD.category] = category(columns.category[i]!);
    refs[at + FIELD.date] = date(columns.date[i]!);
    refs[at + FIELD.place] = place(columns.place[i]!);
    refs[at + FIELD.actors] = actors(columns.actors[i]!);
    refs[at + FIELD.sources] = sources(i % tables.sourceLists.length);
    const figure = columns.casualties[i]!;
    if (figure >= 0) refs[at + FIELD.casualties] = figures(figure);
  }
  return {
    lon,
    lat,
    start,
    end,
    ids: ids.join(PACKED_SEPARATOR),
    titles: titles.join(PACKED_SEPARATOR),
    refs,
    shared,
  };
}

function shareOne(shared: unknown[], value: unknown): number {
  return shared.push(value) - 1;
}

/** A table's entries put into `shared` on first use: table index -> index in `shared`. */
function sharer(shared: unknown[], table: readonly unknown[]): (index: number) => number {
  const local = new Int32Array(table.length).fill(-1);
  return (index) => {
    let ref = local[index]!;
    if (ref < 0) {
      ref = shareOne(shared, table[index]);
      local[index] = ref;
    }
    return ref;
  };
}
