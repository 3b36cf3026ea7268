import type { Box } from './dense-view';

interface Placed {
  readonly lat: number;
  readonly lon: number;
  readonly props: {
    readonly place: { readonly name: string; readonly label: string; readonly countries: readonly string[] };
  };
}

/** Events of one country, named as their places name it: "Russia 4", "Doha 1". */
export interface PlaceGroup {
  readonly name: string;
  /** Every place the group holds, when its name gives only some ("Afghanistan & Pakistan +1"). */
  readonly places?: string;
  readonly count: number;
  /** What a view of them should frame. */
  readonly box: Box;
}

/**
 * Groups events by the first country of their place, largest group first.
 * A group is named by what the names of all its places end with ("Moscow,
 * Russia" and "Russia" give "Russia"); one event, or places with nothing in
 * common, by the most frequent short label.
 */
export function placeGroups(events: readonly Placed[]): PlaceGroup[] {
  const byCountry = new Map<string, Placed[]>();
  for (const e of events) {
    const key = e.props.place.countries[0] ?? e.props.place.label;
    const group = byCountry.get(key);
    if (group) group.push(e);
    else byCountry.set(key, [e]);
  }
  return Array.from(byCountry.values(), (group) => ({
    name: groupName(group),
    count: group.length,
    box: boxOf(group),
  })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function groupName(group: readonly Placed[]): string {
  const labels = new Map<string, number>();
  for (const e of group) labels.set(e.props.place.label, (labels.get(e.props.place.label) ?? 0) + 1);
  if (labels.size === 1) return group[0]!.props.place.label;
  const parts = group.map((e) => e.props.place.name.split(',').map((s) => s.trim()));
  const common: string[] = [];
  for (let k = 1; parts.every((p) => p.length >= k); k++) {
    const tail = parts[0]![parts[0]!.length - k]!;
    if (!parts.every((p) => p[p.length - k] === tail)) break;
    common.unshift(tail);
  }
  if (common.length > 0) return common.join(', ');
  return [...labels].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * One name for several groups: the two largest ("Afghanistan & Pakistan"),
 * "+N" for the rest, and all of them in `places` when some are left out of
 * the name ("Afghanistan, Pakistan and Qatar").
 */
export function namesTogether(groups: readonly PlaceGroup[]): { name: string; places?: string } {
  const names = groups.map((g) => g.name);
  if (names.length <= 2) return { name: names.join(' & ') };
  return {
    name: `${names.slice(0, 2).join(' & ')} +${names.length - 2}`,
    places: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
  };
}

/** The smallest box around places, across the antimeridian when that is smaller. */
export function boxOf(places: readonly { lat: number; lon: number }[]): Box {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon).sort((a, b) => a - b);
  // The widest gap between neighbouring longitudes (round the world) is what the box leaves out.
  let gapEnd = 0;
  let gap = lons[0]! + 360 - lons[lons.length - 1]!;
  for (let i = 1; i < lons.length; i++) {
    if (lons[i]! - lons[i - 1]! > gap) [gap, gapEnd] = [lons[i]! - lons[i - 1]!, i];
  }
  const west = lons[gapEnd]!;
  const east = gapEnd === 0 ? lons[lons.length - 1]! : lons[gapEnd - 1]! + 360;
  return { south: Math.min(...lats), north: Math.max(...lats), west, east };
}
