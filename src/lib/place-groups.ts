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
  /** Its events, by country (one part, or several for a group named by its largest): to name it again. */
  readonly parts: readonly (readonly Placed[])[];
}

/** How groups are named, in the language shown. */
export interface GroupWords {
  /** An event's place label ("Outside Moscow"). */
  label(event: Placed): string;
  /** A country's name from its code, given its English name as the data writes it. */
  country(english: string, code: string): string;
  /** Two names as one: "Afghanistan & Pakistan". */
  together(first: string, second: string): string;
  /** A name and how many more places it leaves out: "Afghanistan & Pakistan +1". */
  more(name: string, others: number): string;
  /** Every name: "Afghanistan, Pakistan and Qatar". */
  list(names: readonly string[]): string;
}

/** The data's own words, joined as English joins them. */
export const ENGLISH_WORDS: GroupWords = {
  label: (e) => e.props.place.label,
  country: (english) => english,
  together: (first, second) => `${first} & ${second}`,
  more: (name, others) => `${name} +${others}`,
  list: (names) => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
};

/**
 * Groups events by the first country of their place, largest group first.
 * A group is named by what the names of all its places end with ("Moscow,
 * Russia" and "Russia" give "Russia"; the country's own name in another
 * language); one event, or places with nothing in common, by the most
 * frequent short label.
 */
export function placeGroups(events: readonly Placed[], words: GroupWords = ENGLISH_WORDS): PlaceGroup[] {
  const byCountry = new Map<string, Placed[]>();
  for (const e of events) {
    const key = e.props.place.countries[0] ?? e.props.place.label;
    const group = byCountry.get(key);
    if (group) group.push(e);
    else byCountry.set(key, [e]);
  }
  return Array.from(byCountry.values(), (group) => ({
    name: groupName(group, words),
    count: group.length,
    box: boxOf(group),
    parts: [group],
  })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function groupName(group: readonly Placed[], words: GroupWords): string {
  const labels = new Map<string, number>();
  for (const e of group) {
    const label = words.label(e);
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  if (labels.size === 1) return labels.keys().next().value!;
  const parts = group.map((e) => e.props.place.name.split(',').map((s) => s.trim()));
  const common: string[] = [];
  for (let k = 1; parts.every((p) => p.length >= k); k++) {
    const tail = parts[0]![parts[0]!.length - k]!;
    if (!parts.every((p) => p[p.length - k] === tail)) break;
    common.unshift(tail);
  }
  const code = group[0]!.props.place.countries[0];
  // A shared country ("Russia") is named in the language shown; a shared region ("Balochistan, Pakistan") as written.
  if (common.length === 1 && code !== undefined && group.every((e) => e.props.place.countries[0] === code))
    return words.country(common[0]!, code);
  if (common.length > 0) return common.join(', ');
  return [...labels].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * One name for several groups: the two largest ("Afghanistan & Pakistan"),
 * "+N" for the rest, and all of them in `places` when some are left out of
 * the name ("Afghanistan, Pakistan and Qatar").
 */
export function namesTogether(
  groups: readonly Pick<PlaceGroup, 'name'>[],
  words: GroupWords = ENGLISH_WORDS,
): { name: string; places?: string } {
  const names = groups.map((g) => g.name);
  if (names.length <= 1) return { name: names.join('') };
  const two = words.together(names[0]!, names[1]!);
  if (names.length === 2) return { name: two };
  return { name: words.more(two, names.length - 2), places: words.list(names) };
}

/** A group's name (and places) again, in the words of the language shown now. */
export function namedIn(group: PlaceGroup, words: GroupWords): { name: string; places?: string } {
  const names = group.parts.map((part) => ({ name: groupName(part, words) }));
  return names.length === 1 ? names[0]! : namesTogether(names, words);
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
