/**
 * Category, actor, country and text filters over the events, and the counts
 * per option that the filter controls show. Everything the hot loops read is
 * in typed arrays built once per dataset, so filtering and counting the
 * events of a time window cost a few array reads per event, and scrubbing
 * the window with an unchanged search does no string work at all.
 */
import { translatedText } from './event-language';
import type { MapEvent } from './dataset';
import { isFiltering, type Filters } from './filter-state';
import { foldText, searchTerms } from './search-text';
import { ACTOR_ROLES, CATEGORIES, type ActorRole, type Category } from './vocabulary';

/**
 * The events' filterable fields as codes in typed arrays, built once per
 * dataset. Countries and actors are in compressed rows: event `p`'s entries
 * are at [offsets[p], offsets[p + 1]).
 */
export interface FilterIndex {
  /** The events, by position; their text is read on the first search. */
  readonly events: readonly MapEvent[];
  /** Per event, its category's position in CATEGORIES (255 for one not there). */
  readonly category: Uint8Array;
  /** Country codes, each at the position used as its code below. */
  readonly countryTable: readonly string[];
  readonly countryIds: ReadonlyMap<string, number>;
  readonly countryOffsets: Int32Array;
  readonly countryValues: Uint16Array;
  /** Actor names, each at the position used as its code below. */
  readonly actorTable: readonly string[];
  readonly actorIds: ReadonlyMap<string, number>;
  readonly actorOffsets: Int32Array;
  readonly actorNameValues: Int32Array;
  /** Each actor entry's role, as a position in ACTOR_ROLES (255 for one not there). */
  readonly actorRoleValues: Uint8Array;
  /** Names and codes, most frequent first (by events), then alphabetical: sorted when first read. */
  readonly actorsByFrequency: readonly string[];
  readonly countriesByFrequency: readonly string[];
}

const UNKNOWN = 255;

export function buildFilterIndex(events: readonly MapEvent[]): FilterIndex {
  const n = events.length;
  const category = new Uint8Array(n);
  const countryIds = new Map<string, number>();
  const countryTable: string[] = [];
  const actorIds = new Map<string, number>();
  const actorTable: string[] = [];
  const countryOffsets = new Int32Array(n + 1);
  const actorOffsets = new Int32Array(n + 1);

  // Typed arrays that double when full: growing plain arrays by a million entries loads the garbage collector.
  let countryValues = new Uint16Array(n + 16);
  let actorNameValues = new Int32Array(n + 16);
  let actorRoleValues = new Uint8Array(n + 16);
  let c = 0;
  let a = 0;
  const countryEvents: number[] = [];
  const actorEvents: number[] = [];
  const countryStamp: number[] = [];
  const actorStamp: number[] = [];
  const categoryCode = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
  const roleCode = new Map<string, number>(ACTOR_ROLES.map((r, i) => [r, i]));

  let actorsByFrequency: readonly string[] | undefined;
  let countriesByFrequency: readonly string[] | undefined;

  // One pass over the events: reading them is most of the cost once they are scattered in memory.
  for (let p = 0; p < n; p++) {
    const props = events[p]!.props;
    category[p] = categoryCode.get(props.category) ?? UNKNOWN;
    for (const code of props.place.countries) {
      let id = countryIds.get(code);
      if (id === undefined) {
        id = countryTable.length;
        if (id > 0xffff) throw new Error('buildFilterIndex: more than 65,536 distinct country codes');
        countryIds.set(code, id);
        countryTable.push(code);
        countryEvents.push(0);
        countryStamp.push(-1);
      }
      if (c === countryValues.length) countryValues = grown(countryValues, new Uint16Array(2 * c));
      countryValues[c++] = id;
      if (countryStamp[id] !== p) {
        countryStamp[id] = p;
        countryEvents[id]!++;
      }
    }
    countryOffsets[p + 1] = c;
    for (const actor of props.actors) {
      let id = actorIds.get(actor.name);
      if (id === undefined) {
        id = actorTable.length;
        actorIds.set(actor.name, id);
        actorTable.push(actor.name);
        actorEvents.push(0);
        actorStamp.push(-1);
      }
      if (a === actorNameValues.length) {
        actorNameValues = grown(actorNameValues, new Int32Array(2 * a));
        actorRoleValues = grown(actorRoleValues, new Uint8Array(2 * a));
      }
      actorNameValues[a] = id;
      actorRoleValues[a] = roleCode.get(actor.role) ?? UNKNOWN;
      a++;
      if (actorStamp[id] !== p) {
        actorStamp[id] = p;
        actorEvents[id]!++;
      }
    }
    actorOffsets[p + 1] = a;
  }

  return {
    events,
    category,
    countryTable,
    countryIds,
    countryOffsets,
    countryValues: countryValues.slice(0, c),
    actorTable,
    actorIds,
    actorOffsets,
    actorNameValues: actorNameValues.slice(0, a),
    actorRoleValues: actorRoleValues.slice(0, a),
    // Only the filter panel reads these: sorted then, not on the way to the first markers.
    get actorsByFrequency() {
      return (actorsByFrequency ??= byFrequency(actorTable, actorEvents));
    },
    get countriesByFrequency() {
      return (countriesByFrequency ??= byFrequency(countryTable, countryEvents));
    },
  };
}

/** `to`, a larger typed array of the same kind, with `from` copied to its start. */
function grown<T extends Uint8Array | Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Made when first used, not as the page loads: a collator takes milliseconds to make. */
let collator: Intl.Collator | undefined;

function byFrequency(table: readonly string[], counts: readonly number[]): string[] {
  return table
    .map((name, id) => ({ name, count: counts[id]! }))
    .sort(
      (x, y) =>
        y.count - x.count ||
        (collator ??= new Intl.Collator('en', { numeric: true })).compare(x.name, y.name) ||
        (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
    )
    .map((x) => x.name);
}

/** Every actor name in the dataset, in the most events first, then alphabetical. */
export function actorNames(index: FilterIndex): readonly string[] {
  return index.actorsByFrequency;
}

/** Every country code in the dataset, in the most events first, then alphabetical. */
export function countryCodes(index: FilterIndex): readonly string[] {
  return index.countriesByFrequency;
}

/** The filters as lookup tables over the index's codes; null where a dimension lets everything through. */
interface Compiled {
  /** By category code: 1 = allowed. 256 long, so unknown codes read 0. */
  readonly categories: Uint8Array | null;
  /** By country code: 1 = allowed. */
  readonly countries: Uint8Array | null;
  readonly actorActive: boolean;
  /** By actor name code: 1 = allowed; null = any name. */
  readonly names: Uint8Array | null;
  /** Role code, or -1 for any role. */
  readonly role: number;
  /** By event position: 1 = matches the search. */
  readonly search: Uint8Array | null;
}

function compile(index: FilterIndex, f: Filters): Compiled {
  let categories: Uint8Array | null = null;
  if (f.categories.length > 0) {
    categories = new Uint8Array(256);
    for (const c of f.categories) {
      const code = CATEGORIES.indexOf(c);
      if (code >= 0) categories[code] = 1;
    }
  }
  let countries: Uint8Array | null = null;
  if (f.countries.length > 0) {
    countries = new Uint8Array(index.countryTable.length);
    for (const code of f.countries) {
      const id = index.countryIds.get(code);
      if (id !== undefined) countries[id] = 1;
    }
  }
  let names: Uint8Array | null = null;
  if (f.actors.length > 0) {
    names = new Uint8Array(index.actorTable.length);
    for (const name of f.actors) {
      const id = index.actorIds.get(name);
      if (id !== undefined) names[id] = 1;
    }
  }
  // A role not in the vocabulary matches no actor: 254 is neither a role code nor UNKNOWN.
  const roleCode = ACTOR_ROLES.indexOf(f.role as ActorRole);
  const role = f.role === 'any' ? -1 : roleCode >= 0 ? roleCode : 254;
  const terms = f.search.trim() === '' ? [] : searchTerms(f.search);
  return {
    categories,
    countries,
    actorActive: names !== null || role >= 0,
    names,
    role,
    search: terms.length > 0 ? searchMask(index, terms) : null,
  };
}

/**
 * The subset of `positions` (event positions, in order) that pass every
 * filter, in the same order. Returns `positions` itself when no filter is set.
 */
export function filterPositions(index: FilterIndex, positions: Int32Array, filters: Filters): Int32Array {
  if (!isFiltering(filters)) return positions;
  const { categories, countries, actorActive, names, role, search } = compile(index, filters);
  const { category, countryOffsets, countryValues, actorOffsets, actorNameValues, actorRoleValues } = index;
  const out = new Int32Array(positions.length);
  let k = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (search !== null && search[p] === 0) continue;
    if (categories !== null && categories[category[p]!] === 0) continue;
    if (countries !== null) {
      let found = false;
      for (let j = countryOffsets[p]!, end = countryOffsets[p + 1]!; j < end; j++) {
        if (countries[countryValues[j]!] === 1) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    if (actorActive) {
      let found = false;
      for (let j = actorOffsets[p]!, end = actorOffsets[p + 1]!; j < end; j++) {
        if (
          (names === null || names[actorNameValues[j]!] === 1) &&
          (role < 0 || actorRoleValues[j] === role)
        ) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    out[k++] = p;
  }
  return k === out.length ? out : out.slice(0, k);
}

export interface Facets {
  /** Every category of the vocabulary, in legend order, 0 where none. */
  readonly categories: ReadonlyMap<Category, number>;
  /** Every actor name in the dataset, most frequent overall first, 0 where none. */
  readonly actors: ReadonlyMap<string, number>;
  /** Every role of the vocabulary, 0 where none. */
  readonly roles: ReadonlyMap<ActorRole, number>;
  /** Every country code in the dataset, most frequent overall first, 0 where none. */
  readonly countries: ReadonlyMap<string, number>;
  /** Events among `positions` that pass all filters. */
  readonly total: number;
}

/**
 * Counts per option among `positions` (the events in the time window): for
 * each dimension, the events that pass every other dimension's filter and
 * the search and have that option, so an option's count is what picking it
 * alone in its dimension would give. The actor names count with the role
 * filter but not the name filter, the roles with the name filter but not the
 * role filter. An event counts once per distinct option it has.
 */
export function facetCounts(index: FilterIndex, positions: Int32Array, filters: Filters): Facets {
  const { categories, countries, actorActive, names, role, search } = compile(index, filters);
  const { category, countryOffsets, countryValues, actorOffsets, actorNameValues, actorRoleValues } = index;
  const categoryCounts = new Int32Array(256);
  const roleCounts = new Int32Array(256);
  const roleStamp = new Int32Array(256);
  const countryCounts = new Int32Array(index.countryTable.length);
  const countryStamp = new Int32Array(index.countryTable.length);
  const nameCounts = new Int32Array(index.actorTable.length);
  const nameStamp = new Int32Array(index.actorTable.length);
  let total = 0;

  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (search !== null && search[p] === 0) continue;
    const stamp = i + 1;
    const cat = category[p]!;
    const catOk = categories === null || categories[cat] === 1;

    const c0 = countryOffsets[p]!;
    const c1 = countryOffsets[p + 1]!;
    let countryOk = countries === null;
    if (!countryOk) {
      for (let j = c0; j < c1; j++) {
        if (countries![countryValues[j]!] === 1) {
          countryOk = true;
          break;
        }
      }
    }
    if (!catOk && !countryOk) continue; // fails two dimensions: counts nowhere

    const a0 = actorOffsets[p]!;
    const a1 = actorOffsets[p + 1]!;
    let actorOk = !actorActive;
    if (catOk && countryOk) {
      // One pass decides the actor filter and counts the names and roles it would allow.
      for (let j = a0; j < a1; j++) {
        const name = actorNameValues[j]!;
        const r = actorRoleValues[j]!;
        const nameOk = names === null || names[name] === 1;
        const roleOk = role < 0 || r === role;
        if (roleOk && nameStamp[name] !== stamp) {
          nameStamp[name] = stamp;
          nameCounts[name]!++;
        }
        if (nameOk && roleStamp[r] !== stamp) {
          roleStamp[r] = stamp;
          roleCounts[r]!++;
        }
        if (nameOk && roleOk) actorOk = true;
      }
    } else if (!actorOk) {
      for (let j = a0; j < a1; j++) {
        if (
          (names === null || names[actorNameValues[j]!] === 1) &&
          (role < 0 || actorRoleValues[j] === role)
        ) {
          actorOk = true;
          break;
        }
      }
    }
    if (!actorOk) continue; // the names and roles are counted; nothing else is

    if (countryOk) categoryCounts[cat]!++;
    if (catOk) {
      for (let j = c0; j < c1; j++) {
        const code = countryValues[j]!;
        if (countryStamp[code] !== stamp) {
          countryStamp[code] = stamp;
          countryCounts[code]!++;
        }
      }
    }
    if (catOk && countryOk) total++;
  }

  return {
    categories: new Map(CATEGORIES.map((c, code) => [c, categoryCounts[code]!])),
    actors: new Map(index.actorsByFrequency.map((name) => [name, nameCounts[index.actorIds.get(name)!]!])),
    roles: new Map(ACTOR_ROLES.map((r, code) => [r, roleCounts[code]!])),
    countries: new Map(
      index.countriesByFrequency.map((code) => [code, countryCounts[index.countryIds.get(code)!]!]),
    ),
    total,
  };
}

// ---------------------------------------------------------------------------
// Search

/**
 * The events' folded text, built on the first search. An event's searchable
 * text is its title, summary, place name, place label, actor names and
 * source outlets; search terms hold no whitespace, so a term occurs in that
 * text (joined with '\n') exactly when it occurs in one of the fields.
 *
 * Titles are nearly all different: they are folded in chunks of events,
 * joined by '\n', and a term is found with one `indexOf` scan per chunk. The
 * other fields repeat across events, so each distinct text is folded once
 * into a table and events point at theirs; actor names are the index's own.
 */
interface SearchState {
  /** Chunk c holds the folded titles of events [c * TITLE_CHUNK, (c + 1) * TITLE_CHUNK), each followed by '\n'. */
  readonly titleChunks: readonly string[];
  /** Per event, where its title starts in its chunk. */
  readonly titleStarts: Int32Array;
  /** Distinct folded summaries, place names, place labels and outlets. */
  readonly texts: readonly string[];
  /** Per event, three ids into `texts`: summary, place name, place label. */
  readonly places: Int32Array;
  /** Per event, its outlets' ids into `texts`, in compressed rows. */
  readonly outletOffsets: Int32Array;
  readonly outletValues: Int32Array;
  /** The index's actor names, folded. */
  readonly actorTexts: readonly string[];
  /** Masks over all events per term, the most recently used last. */
  readonly termMasks: Map<string, Uint8Array>;
  /** Masks over all events per set of terms, the most recently used last. */
  readonly combinedMasks: Map<string, Uint8Array>;
}

const TITLE_CHUNK = 4096;
const MAX_TERM_MASKS = 8;
const MAX_COMBINED_MASKS = 4;
const NON_ASCII = /[\u0080-\uffff]/;
const searchStates = new WeakMap<FilterIndex, SearchState>();

/**
 * Builds the folded text the search reads now rather than on the first
 * search (about a second at a million events): call it when the browser is
 * idle or the search box gets focus. Does nothing once built.
 */
export function prepareSearch(index: FilterIndex): void {
  searchState(index);
}

function searchState(index: FilterIndex): SearchState {
  let state = searchStates.get(index);
  if (!state) {
    state = buildSearchState(index);
    searchStates.set(index, state);
  }
  return state;
}

function buildSearchState(index: FilterIndex): SearchState {
  const { events } = index;
  const n = events.length;

  const titleChunks: string[] = [];
  const titleStarts = new Int32Array(n);
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const textId = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = texts.length;
      ids.set(text, id);
      texts.push(foldText(text));
    }
    return id;
  };
  const places = new Int32Array(3 * n);
  const outletOffsets = new Int32Array(n + 1);
  let outletValues = new Int32Array(n + 16);
  let o = 0;

  // One pass over the events: reading them is most of the cost once they are scattered in memory.
  for (let from = 0; from < n; from += TITLE_CHUNK) {
    const to = Math.min(n, from + TITLE_CHUNK);
    const titles: string[] = [];
    for (let p = from; p < to; p++) {
      const props = events[p]!.props;
      titles.push(props.title);
      // The summary's slot also holds the data's translations: a reader may search in their language.
      places[3 * p] = textId(
        props.translations ? `${props.summary}\n${translatedText(props)}` : props.summary,
      );
      places[3 * p + 1] = textId(props.place.name);
      places[3 * p + 2] = textId(props.place.label);
      for (const source of props.sources) {
        if (o === outletValues.length) outletValues = grown(outletValues, new Int32Array(2 * o));
        outletValues[o++] = textId(source.outlet);
      }
      outletOffsets[p + 1] = o;
    }
    let chunk = titles.join('\n') + '\n';
    if (!NON_ASCII.test(chunk)) {
      // Folding ASCII keeps every length, so one call folds them all.
      chunk = foldText(chunk);
    } else {
      for (let k = 0; k < titles.length; k++) titles[k] = foldText(titles[k]!);
      chunk = titles.join('\n') + '\n';
    }
    let at = 0;
    for (let p = from; p < to; p++) {
      titleStarts[p] = at;
      at += titles[p - from]!.length + 1;
    }
    titleChunks.push(chunk);
  }

  return {
    titleChunks,
    titleStarts,
    texts,
    places,
    outletOffsets,
    outletValues: outletValues.slice(0, o),
    actorTexts: index.actorTable.map(foldText),
    termMasks: new Map(),
    combinedMasks: new Map(),
  };
}

/** Moves a key to the most recent end of a Map used as an LRU list, dropping the oldest beyond `max`. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): V {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value!);
  return value;
}

/** By event position, 1 where the event's text holds the (folded, non-empty, whitespace-free) term. */
function termMask(index: FilterIndex, state: SearchState, term: string): Uint8Array {
  const cached = state.termMasks.get(term);
  if (cached) return remember(state.termMasks, term, cached, MAX_TERM_MASKS);
  const { titleChunks, titleStarts, texts, places, outletOffsets, outletValues, actorTexts } = state;
  const { actorOffsets, actorNameValues } = index;
  const n = titleStarts.length;
  const mask = new Uint8Array(n);

  // Titles: a match cannot cross the '\n' after a title, so it lies in the last title starting at or before it.
  for (let c = 0; c < titleChunks.length; c++) {
    const chunk = titleChunks[c]!;
    const end = Math.min(n, (c + 1) * TITLE_CHUNK);
    let p = c * TITLE_CHUNK;
    for (let at = chunk.indexOf(term); at !== -1;) {
      while (p + 1 < end && titleStarts[p + 1]! <= at) p++;
      mask[p] = 1;
      if (++p >= end) break;
      at = chunk.indexOf(term, titleStarts[p]!);
    }
  }

  // The other fields, each distinct text looked at once: 0 = not yet, 1 = no, 2 = yes.
  const textHits = new Uint8Array(texts.length);
  const hit = (id: number): boolean => {
    let h = textHits[id]!;
    if (h === 0) textHits[id] = h = texts[id]!.includes(term) ? 2 : 1;
    return h === 2;
  };
  const actorHits = Uint8Array.from(actorTexts, (name) => (name.includes(term) ? 1 : 0));
  for (let p = 0; p < n; p++) {
    if (mask[p] === 1) continue;
    if (hit(places[3 * p]!) || hit(places[3 * p + 1]!) || hit(places[3 * p + 2]!)) {
      mask[p] = 1;
      continue;
    }
    for (let j = outletOffsets[p]!, to = outletOffsets[p + 1]!; j < to; j++) {
      if (hit(outletValues[j]!)) {
        mask[p] = 1;
        break;
      }
    }
    if (mask[p] === 1) continue;
    for (let j = actorOffsets[p]!, to = actorOffsets[p + 1]!; j < to; j++) {
      if (actorHits[actorNameValues[j]!] === 1) {
        mask[p] = 1;
        break;
      }
    }
  }
  return remember(state.termMasks, term, mask, MAX_TERM_MASKS);
}

/** By event position, 1 where the event's text holds every one of the folded terms. */
function searchMask(index: FilterIndex, terms: readonly string[]): Uint8Array {
  const state = searchState(index);
  if (terms.length === 1) return termMask(index, state, terms[0]!);
  const key = [...terms].sort().join('\n');
  const cached = state.combinedMasks.get(key);
  if (cached) return remember(state.combinedMasks, key, cached, MAX_COMBINED_MASKS);
  const mask = termMask(index, state, terms[0]!).slice();
  for (let t = 1; t < terms.length; t++) {
    const other = termMask(index, state, terms[t]!);
    for (let p = 0; p < mask.length; p++) mask[p]! &= other[p]!;
  }
  return remember(state.combinedMasks, key, mask, MAX_COMBINED_MASKS);
}
