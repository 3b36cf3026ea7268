/**
 * The whole view in the URL: the time window, filters, selected event and map
 * position, written as readable query parameters and read back from any query.
 *
 *   ?from=2023-01-01&to=2025-04-17&cat=attack,report&actor=IS-K&country=AF,PK&q=Kabul&map=33.9,67.7,5.25
 *
 * Everything here is pure. `normalizeView` defines the one canonical form of a
 * state; `encodeView` writes that form and `decodeView` always returns it, so
 * `decodeView(encodeView(s))` equals `normalizeView(s)` for every state. Reading
 * never throws: a malformed value falls back to its field's default and the
 * other fields still apply, since URLs get hand-edited, truncated and pasted.
 * `readView` also says what it left out and why, so the reader can be told.
 */
import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { readDataParam } from './data-source';
import { dayFromParts, dayToIso, isoToDay, type Day } from './dates';
import type { PlaybackMode } from './playback';
import { ACTOR_ROLES, CATEGORIES, type ActorRole, type Category } from './vocabulary';

export interface MapView {
  readonly lat: number;
  readonly lng: number;
  readonly zoom: number;
}

export interface ViewState {
  /** The time window; null means the dataset's whole extent. */
  readonly window: { readonly start: Day; readonly end: Day } | null;
  readonly mode: PlaybackMode;
  /** [] = all; unique, in CATEGORIES order. */
  readonly categories: readonly Category[];
  /** [] = all; unique, sorted (English collation). */
  readonly actors: readonly string[];
  readonly role: ActorRole | 'any';
  /** ISO 3166-1 alpha-2 codes, upper-case, unique, sorted; [] = all. */
  readonly countries: readonly string[];
  readonly search: string;
  /** The selected event's id slug. */
  readonly selected: string | null;
  /** null = frame the events. */
  readonly map: MapView | null;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  window: null,
  mode: 'window',
  categories: Object.freeze([]),
  actors: Object.freeze([]),
  role: 'any',
  countries: Object.freeze([]),
  search: '',
  selected: null,
  map: null,
});

/** The query parameter names this module owns, in the order they are written. */
export const VIEW_PARAMS: readonly string[] = Object.freeze([
  'from',
  'to',
  'mode',
  'cat',
  'actor',
  'role',
  'country',
  'q',
  'event',
  'map',
]);

/** Windows must fall within these years: anything else is a typo, not a view. */
const MIN_DAY = dayFromParts(1000, 1, 1);
const MAX_DAY = dayFromParts(2999, 12, 31);

const MAX_ACTORS = 50;
/** Longest actor name kept, in code points. */
const MAX_ACTOR_LENGTH = 200;
/** Longest search kept, in code points. */
const MAX_SEARCH_LENGTH = 500;
const MAX_SLUG_LENGTH = 200;
/** Query values longer than this are ignored unread, so a hostile URL costs little. */
const MAX_VALUE_LENGTH = 10_000;
/** Only this many values of a repeated parameter are looked at. */
const MAX_VALUES = 1_000;

const MAX_LAT = 85;
const MAX_ZOOM = 18;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Za-z]{2}$/;
/** A plain decimal number, as `String(n)` writes the rounded map numbers: no exponents, hex or blanks. */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** A UTF-16 surrogate without its partner: it cannot be written in a URL (it would become U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 controls, DEL and C1 controls (Unicode category Cc). */
const CONTROL = /\p{Cc}/gu;

/** Made when first used, not as the page loads: a collator takes milliseconds to make. */
let collator: Intl.Collator | undefined;

/** Hears why a value of a link was left out. */
type Drop = (message: string) => void;
const ignore: Drop = () => undefined;

/** Reasons given per parameter; beyond these a count, so a hostile link cannot make a huge report. */
const MAX_REASONS = 3;

/** A number as these messages write it: in the digits of the language shown, with no thousands separator. */
function plain(n: number): string {
  return i18n.number(n, { useGrouping: false });
}

/** A value as a message quotes it: visible characters only, cut short: 'foo'. */
function shown(value: string): string {
  const visible = cleanText(value, Infinity);
  const text = cleanText(visible, 40);
  return `'${text}${text.length < visible.length ? '…' : ''}'`;
}

// ---------------------------------------------------------------------------
// Canonical form

/** Puts a state in canonical form (dedupe, order, rounding, clamping); encode writes this form. */
export function normalizeView(state: ViewState): ViewState {
  return {
    window: normalizeWindow(state.window),
    mode: state.mode === 'cumulative' ? 'cumulative' : 'window',
    categories: CATEGORIES.filter((c) => state.categories.includes(c)),
    actors: normalizeActors(state.actors),
    role: isRole(state.role) ? state.role : 'any',
    countries: normalizeCountries(state.countries),
    search: cleanText(state.search, MAX_SEARCH_LENGTH),
    selected: isSlug(state.selected) ? state.selected : null,
    map: normalizeMap(state.map),
  };
}

/** Whole days within the allowed years, start first; otherwise null. */
function normalizeWindow(window: ViewState['window']): ViewState['window'] {
  if (window === null) return null;
  const a = Math.round(window.start);
  const b = Math.round(window.end);
  if (!inDayRange(a) || !inDayRange(b)) return null;
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

function inDayRange(day: number): boolean {
  return Number.isFinite(day) && day >= MIN_DAY && day <= MAX_DAY;
}

/** Cleaned, non-blank, not too long, unique, sorted, at most MAX_ACTORS; `drop` hears of each left out. */
function normalizeActors(actors: readonly string[], drop: Drop = ignore): string[] {
  const kept = new Set<string>();
  for (const actor of actors) {
    const name = cleanText(actor, Infinity);
    if (name.length < actor.length && name.trim() !== '') {
      const value = shown(name);
      drop(
        t({
          comment: 'Why a part of a link was changed: {value} is an actor name from the link, in quotes',
          message: `characters that cannot be shown were left out of ${value}`,
        }),
      );
    }
    if (name.trim() === '')
      drop(t({ comment: 'Why a part of a link was left out', message: 'an empty actor name' }));
    else if (codePointLength(name) > MAX_ACTOR_LENGTH) {
      const value = shown(name);
      const most = MAX_ACTOR_LENGTH;
      drop(
        t({
          comment: 'Why a part of a link was left out: {value} is an actor name from the link, in quotes',
          message: plural(most, { other: `${value} is longer than # characters` }),
        }),
      );
    } else kept.add(name);
  }
  const sorted = [...kept].sort(compareNames);
  for (const name of sorted.slice(MAX_ACTORS)) {
    const value = shown(name);
    const most = MAX_ACTORS;
    drop(
      t({
        comment: 'Why a part of a link was left out: {value} is an actor name from the link, in quotes',
        message: plural(most, { other: `${value} is beyond the first # actors` }),
      }),
    );
  }
  return sorted.slice(0, MAX_ACTORS);
}

/** English collation, ties broken by code units so the order is total (and so canonical). */
function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator('en')).compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Trimmed, two ASCII letters, upper-cased, unique, sorted; `drop` hears of each left out. */
function normalizeCountries(countries: readonly string[], drop: Drop = ignore): string[] {
  const kept = new Set<string>();
  for (const country of countries) {
    const code = country.trim();
    // Only ASCII letters: toUpperCase would turn 'ß' into 'SS'.
    if (COUNTRY.test(code)) kept.add(code.toUpperCase());
    else {
      const value = shown(code);
      drop(
        t({
          comment: 'Why a part of a link was left out: {value} is from the link, in quotes',
          message: `${value} is not a two-letter country code`,
        }),
      );
    }
  }
  return [...kept].sort();
}

/**
 * Latitude clamped to what a Web Mercator map shows, longitude wrapped into
 * [-180, 180), zoom clamped to the tile levels; lat/lng rounded to 4 decimals
 * (about 11 m) and zoom to 2. Any non-finite number gives null.
 */
function normalizeMap(map: MapView | null): MapView | null {
  if (map === null) return null;
  const { lat, lng, zoom } = map;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || !Number.isFinite(zoom)) return null;
  let wrapped = round(((((lng + 180) % 360) + 360) % 360) - 180, 4);
  // Rounding can carry 179.99996 up to 180, which is -180 on the map.
  if (wrapped >= 180) wrapped = round(wrapped - 360, 4);
  return {
    lat: round(clamp(lat, -MAX_LAT, MAX_LAT), 4),
    lng: wrapped,
    zoom: round(clamp(zoom, 0, MAX_ZOOM), 2),
  };
}

/** Rounds to `decimals` places; never returns -0, so states compare equal after a round trip. */
function round(n: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(n * scale) / scale + 0;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/**
 * Text as typed, minus what a URL cannot carry or a reader cannot see: lone
 * surrogates and control characters go, then it is cut to `max` code points
 * (never inside a surrogate pair). Spaces, even leading or trailing, are kept.
 */
function cleanText(text: string, max: number): string {
  const clean = text.replace(LONE_SURROGATE, '').replace(CONTROL, '');
  if (clean.length <= max) return clean;
  return Array.from(clean).slice(0, max).join('');
}

/** Length in code points (a surrogate pair, such as most emoji, counts once). */
function codePointLength(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function isRole(value: string): value is ActorRole {
  return (ACTOR_ROLES as readonly string[]).includes(value);
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function isSlug(value: string | null): value is string {
  return value !== null && value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

// ---------------------------------------------------------------------------
// Writing

/**
 * URLSearchParams whose text keeps commas as commas: `cat=attack,report`
 * rather than `cat=attack%2Creport`. A comma means the same either way in a
 * query, so this only changes how the URL looks, never what it decodes to.
 */
class ReadableParams extends URLSearchParams {
  override toString(): string {
    return super.toString().replace(/%2C/gi, ',');
  }
}

/**
 * Query parameters for a state: only non-default fields, in VIEW_PARAMS order.
 * Parameters in `keep` that are not ours (say `seed=2&embed=1`) come first, in
 * their order; ours in `keep` are dropped, so they are replaced, not doubled.
 */
export function encodeView(state: ViewState, keep?: URLSearchParams): URLSearchParams {
  const view = normalizeView(state);
  const params = new ReadableParams();
  if (keep) {
    for (const [key, value] of keep) {
      if (!VIEW_PARAMS.includes(key)) params.append(key, value);
    }
  }
  if (view.window) {
    params.append('from', dayToIso(view.window.start));
    params.append('to', dayToIso(view.window.end));
  }
  if (view.mode !== 'window') params.append('mode', view.mode);
  if (view.categories.length > 0) params.append('cat', view.categories.join(','));
  for (const actor of view.actors) params.append('actor', actor);
  if (view.role !== 'any') params.append('role', view.role);
  if (view.countries.length > 0) params.append('country', view.countries.join(','));
  if (view.search !== '') params.append('q', view.search);
  if (view.selected !== null) params.append('event', view.selected);
  if (view.map) params.append('map', `${view.map.lat},${view.map.lng},${view.map.zoom}`);
  return params;
}

// ---------------------------------------------------------------------------
// Reading

/** Something in a link that was left out, and why: param "cat", message "'foo' is not a category". */
export interface DroppedParam {
  readonly param: string;
  readonly message: string;
}

/**
 * Reads a state from a query string (with or without '?') or URLSearchParams.
 * Never throws: each malformed or unknown value falls back to that field's
 * default, the rest still apply. Where a single-valued parameter is repeated,
 * the first valid value wins. The result is always in canonical form.
 */
export function decodeView(query: string | URLSearchParams): ViewState {
  return readView(query).view;
}

/**
 * `decodeView`, with what it left out: every value of one of our parameters
 * that does not reach the view is reported under its parameter. What is only
 * tidied (a reversed window, a map position clamped, a category given twice)
 * is not. A link `encodeView` wrote reports nothing.
 */
export function readView(query: string | URLSearchParams): { view: ViewState; dropped: DroppedParam[] } {
  let params: URLSearchParams;
  try {
    // The constructor drops a leading '?' and tolerates bad escapes such as '%E0%A4%A'.
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return { view: DEFAULT_VIEW, dropped: [] };
  }
  const dropped: DroppedParam[] = [];
  const roles = ACTOR_ROLES.join(', ');
  /** Reads one parameter's values; the first few reasons for leaving values out are kept, then a count. */
  const read = <T>(param: string, reader: (values: string[], drop: Drop) => T): T => {
    let count = 0;
    const drop: Drop = (message) => {
      if (++count <= MAX_REASONS) dropped.push({ param, message });
    };
    const result = reader(values(params, param, drop), drop);
    const more = count - MAX_REASONS;
    if (more > 0) {
      const others = plain(more);
      const message = t({
        comment:
          'After the first reasons a part of a link was left out: how many more values of it were left out',
        message: plural(more, { other: `and ${others} more` }),
      });
      dropped.push({ param, message });
    }
    return result;
  };

  const from = read('from', (v, drop) => first(v, drop, readDay));
  const to = read('to', (v, drop) => first(v, drop, readDay));
  // Half a window is no window: say so under the end that was given.
  if (from !== null && to === null) {
    const message = t({
      comment: "Why the 'from' part of a link was left out; 'to' is the name of another part of the link",
      message: "needs a 'to' date as well",
    });
    dropped.push({ param: 'from', message });
  }
  if (to !== null && from === null) {
    const message = t({
      comment: "Why the 'to' part of a link was left out; 'from' is the name of another part of the link",
      message: "needs a 'from' date as well",
    });
    dropped.push({ param: 'to', message });
  }

  const view: ViewState = {
    window: from !== null && to !== null ? { start: from, end: to } : null,
    mode:
      read('mode', (v, drop) =>
        first(v, drop, (m) => {
          if (m === 'window' || m === 'cumulative') return { value: m };
          const value = shown(m);
          return {
            reason: t({
              comment:
                'Why a part of a link was left out: {value} is from the link, in quotes; "window" and "cumulative" are the values a link may give, not to be translated',
              message: `${value} is not a playback mode (window or cumulative)`,
            }),
          };
        }),
      ) ?? 'window',
    categories: read('cat', (v, drop) =>
      v.flatMap((value) =>
        value
          .split(',')
          .map((c) => c.trim())
          .filter((c) => {
            if (c !== '' && !isCategory(c)) {
              const value = shown(c);
              drop(
                t({
                  comment: 'Why a part of a link was left out: {value} is from the link, in quotes',
                  message: `${value} is not a category`,
                }),
              );
            }
            return isCategory(c);
          }),
      ),
    ),
    actors: read('actor', (v, drop) => normalizeActors(v, drop)),
    role:
      read('role', (v, drop) =>
        first(v, drop, (r) => {
          if (r === 'any' || isRole(r)) return { value: r };
          const value = shown(r);
          return {
            reason: t({
              comment:
                'Why a part of a link was left out: {value} is from the link, in quotes; "any" and {roles} are the values a link may give, not to be translated',
              message: `${value} is not a role (any, ${roles})`,
            }),
          };
        }),
      ) ?? 'any',
    countries: read('country', (v, drop) =>
      normalizeCountries(
        v.flatMap((value) => value.split(',')).filter((c) => c.trim() !== ''),
        drop,
      ),
    ),
    search: read('q', (v, drop) =>
      readSearch(
        first(v, drop, (q) => ({ value: q })),
        drop,
      ),
    ),
    selected: read('event', (v, drop) =>
      first<string>(v, drop, (e) => {
        if (isSlug(e)) return { value: e };
        const value = shown(e);
        return {
          reason: t({
            comment: 'Why a part of a link was left out: {value} is from the link, in quotes',
            message: `${value} is not an event id`,
          }),
        };
      }),
    ),
    map: read('map', (v, drop) => first(v, drop, readMap)),
  };
  // data-source.ts reads ?data=; a value it cannot use is told here, with the rest of the link.
  const data = params.get('data');
  const dataRead = data === null ? null : readDataParam(data);
  if (dataRead && 'reason' in dataRead) {
    const reason = dataRead.reason;
    const message = t({
      comment: "Why the link's data address was not used ({reason}), and what is shown instead",
      message: `${reason}; the bundled events are shown instead`,
    });
    dropped.push({ param: 'data', message });
  }
  return { view: normalizeView(view), dropped };
}

/** A value read, or why not. */
type Read<T> = { value: T } | { reason: string };

/** The values of a parameter, skipping oversized ones and stopping after MAX_VALUES, each with a report. */
function values(params: URLSearchParams, name: string, drop: Drop): string[] {
  const all = params.getAll(name);
  const count = all.length;
  if (count > MAX_VALUES) {
    const first = plain(MAX_VALUES);
    const given = plain(count);
    drop(
      t({
        comment: 'Why values of a part of a link were left out: the link gives that part {given} times',
        message: plural(count, { other: `only the first ${first} of ${given} values are read` }),
      }),
    );
  }
  return all.slice(0, MAX_VALUES).filter((v) => {
    const length = v.length;
    if (length > MAX_VALUE_LENGTH) {
      const characters = plain(length);
      drop(
        t({
          comment: 'Why a value of a part of a link was left out',
          message: plural(length, { other: `a value of ${characters} characters is too long to read` }),
        }),
      );
    }
    return length <= MAX_VALUE_LENGTH;
  });
}

/** The first value `read` accepts; the values refused and any after the first accepted one are dropped. */
function first<T>(values: readonly string[], drop: Drop, read: (value: string) => Read<T>): T | null {
  let result: { value: T } | null = null;
  for (const value of values) {
    const outcome = read(value);
    if ('reason' in outcome) drop(outcome.reason);
    else if (result !== null) {
      const repeated = shown(value);
      drop(
        t({
          comment:
            'Why a value of a part of a link was left out: the link gives that part twice; {repeated} is from the link, in quotes',
          message: `${repeated} is left out: only the first value is used`,
        }),
      );
    } else result = outcome;
  }
  return result === null ? null : result.value;
}

/** A real "YYYY-MM-DD" day between the years 1000 and 2999. */
function readDay(text: string): Read<Day> {
  const day = isoToDay(text);
  if (day === null) {
    const value = shown(text);
    return {
      reason: t({
        comment:
          'Why a part of a link was left out: {value} is from the link, in quotes; YYYY-MM-DD is the form a date must have',
        message: `${value} is not a date (YYYY-MM-DD)`,
      }),
    };
  }
  if (!inDayRange(day)) {
    const value = shown(text);
    return {
      reason: t({
        comment: 'Why a part of a link was left out: {value} is a date from the link, in quotes',
        message: `${value} is outside the years 1000 to 2999`,
      }),
    };
  }
  return { value: day };
}

/** "lat,lng,zoom" as three plain decimal numbers. */
function readMap(text: string): Read<MapView> {
  const parts = text.split(',');
  const map =
    parts.length === 3 && parts.every((p) => DECIMAL.test(p))
      ? normalizeMap({ lat: Number(parts[0]), lng: Number(parts[1]), zoom: Number(parts[2]) })
      : null;
  if (map) return { value: map };
  const value = shown(text);
  return {
    reason: t({
      comment:
        'Why a part of a link was left out: {value} is from the link, in quotes; in brackets, the form a map position must have',
      message: `${value} is not a map position (latitude,longitude,zoom)`,
    }),
  };
}

/** The search as the view keeps it, saying what cleaning took out of it. */
function readSearch(search: string | null, drop: Drop): string {
  if (search === null) return '';
  const visible = cleanText(search, Infinity);
  if (visible.length < search.length) {
    drop(
      t({
        comment: 'Why the search in a link was changed',
        message: 'characters that cannot be shown were left out of the search',
      }),
    );
  }
  if (codePointLength(visible) > MAX_SEARCH_LENGTH) {
    const most = MAX_SEARCH_LENGTH;
    drop(
      t({
        comment: 'Why the search in a link was changed',
        message: plural(most, { other: 'the search is cut to its first # characters' }),
      }),
    );
  }
  return search;
}
