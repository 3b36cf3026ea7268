/**
 * The offline gazetteer: towns and cities by name, to place events a file
 * gives only a place name for. The data is a compact text asset made at build
 * time (see gazetteer-encode.ts); this module reads it and looks names up.
 * It uses no DOM API, so it runs in a worker as well as in the page.
 */
import { distance } from 'fastest-levenshtein';
import { countryCode } from './import/countries';
import { FORMAT_TAG, FORMAT_VERSION, placeKey } from './gazetteer-format';
import { US_STATES } from './us-states';

export { placeKey };

export interface GazetteerPlace {
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** GeoNames' first-level division code: a US state's postal code, elsewhere often a number. */
  readonly admin: string;
  readonly lat: number;
  readonly lon: number;
  /** Rounded to two significant figures: enough to tell a city from a village. */
  readonly population: number;
}

export interface Gazetteer {
  /** Places by name key (see placeKey), most populous first. */
  readonly byKey: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** Only places of at least this many people are in it. */
  readonly minPopulation: number;
  /** Where the data comes from, with its licence. */
  readonly source: string;
  readonly size: number;
}

export type Lookup =
  | {
      readonly kind: 'matched';
      readonly place: GazetteerPlace;
      /** The part of the place text that named it: "Kabul" in "Airport, Kabul, Afghanistan". */
      readonly name: string;
      /** Parts before the name the gazetteer does not know: "Airport" there. */
      readonly skipped: readonly string[];
      /**
       * Why this one: the only place of that name; the only one left in the
       * countries or state given; the only one in the countries of the file's
       * other events (`context`); or much the largest of several (see DOMINANCE).
       */
      readonly chosen: 'only' | 'narrowed' | 'context' | 'largest';
      /** How many other places of that name were left out (all of them for 'only': 0). */
      readonly others: number;
      /** Parts after the name that are neither a country nor a US state: not checked. */
      readonly unchecked: readonly string[];
    }
  | {
      readonly kind: 'ambiguous';
      readonly name: string;
      /** Most populous first. */
      readonly candidates: readonly GazetteerPlace[];
    }
  | {
      readonly kind: 'not-found';
      /** 'in-country': places of that name exist, but none in the country or state given. */
      readonly why: 'empty' | 'country' | 'unknown' | 'in-country';
      /** The name that was found elsewhere, for 'in-country'. */
      readonly name?: string;
      /** The country or state it was looked for in, for 'in-country'. */
      readonly within?: string;
      /** Where places of that name are, for 'in-country'. */
      readonly elsewhere?: readonly GazetteerPlace[];
    };

/**
 * A place much larger than every other of its name is taken to be the one
 * meant ("Paris" is Paris, France, not Paris, Texas), but only at ten times
 * the next: "Hyderabad" (India, 3.6 million; Pakistan, 1.4 million) stays
 * ambiguous. The choice is always reported, with how to make it certain.
 */
export const DOMINANCE = 10;

/**
 * Reads the asset: a header line, then one place a line as tab-separated
 * country (empty: as the line before), name, admin code, latitude and
 * longitude in hundredths of a degree (each the difference from the line
 * before in the same country) and population. Throws on anything else.
 */
export function parseGazetteer(text: string): Gazetteer {
  const lines = text.split('\n');
  const [tag, version, floor, source] = (lines[0] ?? '').split('\t');
  if (tag !== FORMAT_TAG || version !== FORMAT_VERSION) {
    throw new Error('this is not a gazetteer file of the version this app reads');
  }
  const byKey = new Map<string, GazetteerPlace[]>();
  let country = '';
  let lat = 0;
  let lon = 0;
  let size = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const fields = line.split('\t');
    const [code, name, admin, dLat, dLon, people] = fields;
    if (fields.length !== 6 || !name) throw new Error(`gazetteer line ${i + 1} is malformed`);
    if (code) {
      country = code;
      lat = 0;
      lon = 0;
    }
    lat += Number(dLat);
    lon += Number(dLon);
    const population = Number(people);
    if (!country || !Number.isFinite(lat + lon + population)) {
      throw new Error(`gazetteer line ${i + 1} is malformed`);
    }
    const place = { name, country, admin: admin!, lat: lat / 100, lon: lon / 100, population };
    // Looked up by the part before a comma, as a place text is read: "Washington, D.C." under "Washington".
    const key = placeKey(name.split(',')[0]!) || placeKey(name);
    const same = byKey.get(key);
    if (same) same.push(place);
    else byKey.set(key, [place]);
    size++;
  }
  for (const places of byKey.values()) places.sort((a, b) => b.population - a.population);
  return { byKey, minPopulation: Number(floor) || 0, source: source ?? '', size };
}

/**
 * Looks up a place text such as "Kabul", "Quetta, Pakistan", "Springfield, IL"
 * or "Abbey Gate, Kabul, Afghanistan". The first comma-separated part that
 * names a place in the gazetteer is the name; the parts after it narrow it
 * down when they are a country or a US state. `countries` (ISO codes, from
 * the file's country column) narrow it down too. Never throws.
 */
export function lookUpPlace(
  gazetteer: Gazetteer,
  text: string,
  countries: readonly string[] = [],
  context: ReadonlySet<string> = new Set(),
): Lookup {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => placeKey(p) !== '');
  if (parts.length === 0) return { kind: 'not-found', why: 'empty' };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    let places = gazetteer.byKey.get(placeKey(part)) ?? [];
    // A country's name alone names a town only in that country: "Singapore" is Singapore, "Jordan"
    // is not Jordan, Minnesota; "Jordan, Minnesota" is.
    const asCountry = i === parts.length - 1 ? countryCode(part) : null;
    if (asCountry) places = places.filter((p) => p.country === asCountry);
    if (places.length === 0) continue;
    const found = choose(part, places, parts.slice(i + 1), countries, context);
    return found.kind === 'matched' ? { ...found, skipped: parts.slice(0, i) } : found;
  }
  return { kind: 'not-found', why: parts.every((p) => countryCode(p)) ? 'country' : 'unknown' };
}

function choose(
  name: string,
  all: readonly GazetteerPlace[],
  qualifiers: readonly string[],
  countries: readonly string[],
  context: ReadonlySet<string>,
): Lookup | Omit<Extract<Lookup, { kind: 'matched' }>, 'skipped'> {
  let places = all;
  if (countries.length > 0) {
    places = places.filter((p) => countries.includes(p.country));
    if (places.length === 0) {
      return { kind: 'not-found', why: 'in-country', name, within: countries.join(', '), elsewhere: all };
    }
  }
  const unchecked: string[] = [];
  for (const q of qualifiers) {
    // A state first: "IL" after "Springfield" is Illinois, not Israel.
    const code = countryCode(q);
    let within = places.filter((p) => sameAdmin(p, q));
    if (within.length === 0 && code) within = places.filter((p) => p.country === code);
    if (within.length > 0) {
      places = within;
    } else if (code || US_STATES.has(placeKey(q))) {
      return { kind: 'not-found', why: 'in-country', name, within: q, elsewhere: all };
    } else {
      unchecked.push(q);
    }
  }
  const others = all.length - 1;
  const [first, second] = places;
  if (!second) {
    return {
      kind: 'matched',
      place: first!,
      name,
      chosen: others > 0 ? 'narrowed' : 'only',
      others,
      unchecked,
    };
  }
  // "Jalalabad" in a file of Afghan events is Jalalabad, Afghanistan.
  const inFile = places.filter((p) => context.has(p.country));
  if (inFile.length === 1) {
    return { kind: 'matched', place: inFile[0]!, name, chosen: 'context', others, unchecked };
  }
  if (first!.population >= DOMINANCE * second.population) {
    return { kind: 'matched', place: first!, name, chosen: 'largest', others, unchecked };
  }
  return { kind: 'ambiguous', name, candidates: places };
}

/** "IL", "il" or "Illinois" for a place in Illinois; letters only, since numeric codes mean nothing to readers. */
function sameAdmin(place: GazetteerPlace, qualifier: string): boolean {
  if (!/^[a-z]+$/i.test(place.admin)) return false;
  if (qualifier.toUpperCase() === place.admin.toUpperCase()) return true;
  return place.country === 'US' && US_STATES.get(placeKey(qualifier)) === place.admin;
}

/** "Quetta, PK"; "Springfield, IL, US" where the admin code is one readers know (letters, not a number). */
export function describePlace(place: GazetteerPlace): string {
  const admin = /^[A-Z]{2,3}$/.test(place.admin) ? `${place.admin}, ` : '';
  return `${place.name}, ${admin}${place.country}`;
}

/** How many places the nearest spellings list at most. */
const SPELLINGS = 5;

/**
 * The gazetteer's places spelled most nearly like `name` (at most a quarter
 * of its letters different), in `countries` when any are given (where
 * "Qandahar" finds "Kandahar"), else among names of its first letter;
 * nearest first, then largest. For a name it does not know, so the reader
 * sees what it does know.
 */
export function nearestSpellings(
  gazetteer: Gazetteer,
  name: string,
  countries: readonly string[] = [],
): GazetteerPlace[] {
  const key = placeKey(name);
  if (key.length < 3) return [];
  const most = Math.max(1, Math.floor(key.length / 4));
  const found: Array<{ place: GazetteerPlace; d: number }> = [];
  for (const [other, places] of gazetteer.byKey) {
    if (Math.abs(other.length - key.length) > most) continue;
    const wanted = countries.length > 0 ? places.filter((p) => countries.includes(p.country)) : places;
    if (wanted.length === 0 || (countries.length === 0 && other[0] !== key[0])) continue;
    const d = distance(key, other);
    if (d <= most) found.push({ place: wanted[0]!, d });
  }
  return found
    .sort((a, b) => a.d - b.d || b.place.population - a.place.population)
    .slice(0, SPELLINGS)
    .map((f) => f.place);
}
