import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapEvent } from './dataset';
import type { EventProperties } from './event-schema';
import {
  actorNames,
  buildFilterIndex,
  countryCodes,
  facetCounts,
  filterPositions,
  prepareSearch,
  type Facets,
} from './filters';
import { isFiltering, NO_FILTERS, type Filters } from './filter-state';
import { parseDataset } from './parse-dataset';
import { foldText, searchTerms } from './search-text';
import { generateEvents } from './synthetic';
import { ACTOR_ROLES, CATEGORIES, type ActorRole, type Category } from './vocabulary';

interface Spec {
  title: string;
  summary: string;
  category: Category;
  place: { name: string; label: string; countries: string[] };
  actors: Array<[string, ActorRole]>;
  outlets: string[];
}

function makeEvent(id: string, spec: Spec, day = 0): MapEvent {
  const props: EventProperties = {
    title: spec.title,
    summary: spec.summary,
    category: spec.category,
    date: { precision: 'day', value: '2024-01-01' },
    place: { ...spec.place, precision: 'city' },
    actors: spec.actors.map(([name, role]) => ({ name, role })),
    sources: spec.outlets.map((outlet) => ({
      outlet,
      headline: 'A headline',
      published: '2024-01-02',
      quote: 'A quote.',
    })),
  };
  return { id, lon: 0, lat: 0, start: day, end: day, props };
}

const SPEC: Spec = {
  title: 'A title',
  summary: 'A summary.',
  category: 'report',
  place: { name: 'Somewhere', label: 'Somewhere', countries: ['AF'] },
  actors: [],
  outlets: ['An outlet'],
};

const EVENTS: MapEvent[] = [
  makeEvent('kabul-airport', {
    title: 'Suicide bombing at Kabul airport',
    summary: 'A suicide bomber struck the crowds at the airport gates.',
    category: 'attack',
    place: { name: 'Hamid Karzai International Airport, Kabul', label: 'Kabul airport', countries: ['AF'] },
    actors: [
      ['IS-K', 'claimed'],
      ['United States', 'party'],
    ],
    outlets: ['The Guardian'],
  }),
  makeEvent('mastung', {
    title: 'Bombing at a rally in MASTUNG',
    summary: 'A blast hit a religious procession.',
    category: 'attack',
    place: { name: 'Mastung, Balochistan', label: 'Mastung', countries: ['PK'] },
    actors: [['IS-K', 'blamed']],
    outlets: ['Express Tribune'],
  }),
  makeEvent('russia-ban', {
    title: 'Russia outlaws the Taliban',
    summary: 'Russia designated the Taliban a terrorist organisation.',
    category: 'legal-act',
    place: { name: 'Russia', label: 'Russia', countries: ['RU'] },
    actors: [
      ['Russia', 'carried-out'],
      ['Taliban', 'party'],
    ],
    outlets: ['The Guardian'],
  }),
  makeEvent('doha', {
    title: 'Doha agreement signed',
    summary: 'The United States and the Taliban signed a deal.',
    category: 'agreement',
    place: { name: 'Doha', label: 'Doha', countries: ['QA', 'AF'] },
    actors: [
      ['United States', 'party'],
      ['Taliban', 'party'],
    ],
    outlets: ['Arab News'],
  }),
  makeEvent('istanbul-arrest', {
    title: 'Police detain a suspect in İstanbul',
    summary: 'The suspect, Şahin K., was held at Sabiha Gökçen airport.',
    category: 'arrest-operation',
    place: { name: 'İstanbul', label: 'İstanbul', countries: ['TR'] },
    actors: [['Turkish police', 'carried-out']],
    outlets: ['Daily Sabah'],
  }),
  makeEvent('afpak-report', {
    title: 'UN report on militant violence',
    summary: 'A monitoring report on two armed groups.',
    category: 'report',
    // A country named twice still counts once.
    place: { name: 'Afghanistan and Pakistan', label: 'Af-Pak', countries: ['AF', 'PK', 'AF'] },
    actors: [
      ['Taliban', 'blamed'],
      ['Taliban', 'party'],
      ['IS-K', 'carried-out'],
    ],
    outlets: ['South China Morning Post'],
  }),
  makeEvent('german-ban', {
    title: 'Germany bans a network',
    summary: 'The interior ministry banned a group.',
    category: 'political-act',
    place: { name: 'Berlin', label: 'Berlin', countries: ['DE'] },
    actors: [],
    outlets: ['Deutsche Welle (DW)'],
  }),
];

const index = buildFilterIndex(EVENTS);
const ALL = Int32Array.from(EVENTS.keys());

function ids(positions: Int32Array): string[] {
  return Array.from(positions, (p) => EVENTS[p]!.id);
}

function only(change: Partial<Filters>, positions = ALL): string[] {
  return ids(filterPositions(index, positions, { ...NO_FILTERS, ...change }));
}

function plain(facets: Facets) {
  return {
    categories: Object.fromEntries(facets.categories),
    actors: Object.fromEntries(facets.actors),
    roles: Object.fromEntries(facets.roles),
    countries: Object.fromEntries(facets.countries),
    total: facets.total,
  };
}

const NO_CATEGORIES = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
const NO_ROLES = Object.fromEntries(ACTOR_ROLES.map((r) => [r, 0]));

describe('isFiltering', () => {
  it('is false for no filters and a blank search', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, search: '  \n ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, search: '\u0301' })).toBe(false);
  });

  it('is true for any filter or search term', () => {
    expect(isFiltering({ ...NO_FILTERS, categories: ['attack'] })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, actors: ['IS-K'] })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, role: 'claimed' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, countries: ['AF'] })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, search: ' kabul ' })).toBe(true);
  });
});

describe('buildFilterIndex', () => {
  it('lists actor names and countries by how many events they appear in, then by name', () => {
    expect(actorNames(index)).toEqual(['IS-K', 'Taliban', 'United States', 'Russia', 'Turkish police']);
    expect(countryCodes(index)).toEqual(['AF', 'PK', 'DE', 'QA', 'RU', 'TR']);
  });

  it('stores codes in typed arrays', () => {
    expect(index.category).toBeInstanceOf(Uint8Array);
    expect(index.countryOffsets).toBeInstanceOf(Int32Array);
    expect(index.countryValues).toBeInstanceOf(Uint16Array);
    expect(index.actorNameValues).toBeInstanceOf(Int32Array);
    expect(index.actorRoleValues).toBeInstanceOf(Uint8Array);
    expect(index.countryOffsets.length).toBe(EVENTS.length + 1);
    expect(index.actorOffsets[EVENTS.length]).toBe(11);
  });

  it('holds events with many countries, actors and sources', () => {
    const codes = Array.from({ length: 40 }, (_, i) =>
      String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26)),
    );
    const many = makeEvent('many', {
      ...SPEC,
      place: { name: 'Many', label: 'Many', countries: codes },
      actors: codes.map((code) => [`Group ${code}`, 'party']),
      outlets: codes.map((code) => `Outlet ${code}`),
    });
    const big = buildFilterIndex([many, many]);
    expect(countryCodes(big)).toHaveLength(40);
    expect(actorNames(big)).toHaveLength(40);
    const both = Int32Array.from([0, 1]);
    expect(
      filterPositions(big, both, { ...NO_FILTERS, countries: ['NB'], actors: ['Group NB'] }),
    ).toHaveLength(2);
    expect(filterPositions(big, both, { ...NO_FILTERS, search: 'outlet nb' })).toHaveLength(2);
    expect(facetCounts(big, both, NO_FILTERS).countries.get('NB')).toBe(2);
  });

  it('handles no events', () => {
    const empty = buildFilterIndex([]);
    expect(actorNames(empty)).toEqual([]);
    expect(filterPositions(empty, new Int32Array(0), { ...NO_FILTERS, search: 'x' })).toHaveLength(0);
    expect(facetCounts(empty, new Int32Array(0), NO_FILTERS).total).toBe(0);
  });
});

describe('filterPositions', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterPositions(index, ALL, NO_FILTERS)).toBe(ALL);
    expect(filterPositions(index, ALL, { ...NO_FILTERS, search: '   ' })).toBe(ALL);
  });

  it('filters by category', () => {
    expect(only({ categories: ['attack'] })).toEqual(['kabul-airport', 'mastung']);
    expect(only({ categories: ['attack', 'report'] })).toEqual(['kabul-airport', 'mastung', 'afpak-report']);
    expect(only({ categories: ['aggregate'] })).toEqual([]);
  });

  it('filters by country: any of the place’s countries', () => {
    expect(only({ countries: ['AF'] })).toEqual(['kabul-airport', 'doha', 'afpak-report']);
    expect(only({ countries: ['PK', 'RU'] })).toEqual(['mastung', 'russia-ban', 'afpak-report']);
    expect(only({ countries: ['ZZ'] })).toEqual([]);
  });

  it('filters by actor name, by role, and by both on the same actor', () => {
    expect(only({ actors: ['Taliban'] })).toEqual(['russia-ban', 'doha', 'afpak-report']);
    expect(only({ actors: ['IS-K', 'Russia'] })).toEqual([
      'kabul-airport',
      'mastung',
      'russia-ban',
      'afpak-report',
    ]);
    expect(only({ role: 'claimed' })).toEqual(['kabul-airport']);
    expect(only({ role: 'party' })).toEqual(['kabul-airport', 'russia-ban', 'doha', 'afpak-report']);
    expect(only({ actors: ['Taliban'], role: 'blamed' })).toEqual(['afpak-report']);
    expect(only({ actors: ['IS-K', 'Russia'], role: 'carried-out' })).toEqual(['russia-ban', 'afpak-report']);
    // The event has IS-K (claimed) and the United States (party), but not the United States claiming.
    expect(only({ actors: ['United States'], role: 'claimed' })).toEqual([]);
    expect(only({ actors: ['Nobody'] })).toEqual([]);
  });

  it('searches title, summary, place, actors and outlets, ignoring case and accents', () => {
    expect(only({ search: 'kabul' })).toEqual(['kabul-airport']);
    expect(only({ search: 'mastung' })).toEqual(['mastung']);
    expect(only({ search: 'Sahin' })).toEqual(['istanbul-arrest']); // summary "Şahin"
    expect(only({ search: 'GOKCEN' })).toEqual(['istanbul-arrest']);
    expect(only({ search: 'istanbul' })).toEqual(['istanbul-arrest']); // "İstanbul"
    expect(only({ search: 'balochistan' })).toEqual(['mastung']); // place name
    expect(only({ search: 'af-pak' })).toEqual(['afpak-report']); // place label
    expect(only({ search: 'turkish' })).toEqual(['istanbul-arrest']); // actor name
    expect(only({ search: 'is-k' })).toEqual(['kabul-airport', 'mastung', 'afpak-report']);
    expect(only({ search: 'guardian' })).toEqual(['kabul-airport', 'russia-ban']); // outlet
    expect(only({ search: '(DW)' })).toEqual(['german-ban']);
    expect(only({ search: 'taliban' })).toEqual(['russia-ban', 'doha', 'afpak-report']);
    expect(only({ search: 'nowhere' })).toEqual([]);
  });

  it('needs every search term, in any field of the same event', () => {
    expect(only({ search: 'doha  TALIBAN' })).toEqual(['doha']);
    expect(only({ search: 'airport kabul' })).toEqual(['kabul-airport']);
    expect(only({ search: 'airport guardian' })).toEqual(['kabul-airport']);
    expect(only({ search: 'airport news' })).toEqual([]);
    // A term never spans two fields.
    expect(only({ search: 'gates.hamid' })).toEqual([]);
  });

  it('gives the same answers as a search is typed, narrowed and widened', () => {
    const typed = ['t', 'ta', 'tal', 'tali', 'taliban', 'talib', 'a', 'taliban x', 'taliban', 'taliban doha'];
    for (const search of typed) {
      const expected = EVENTS.filter((e) => naivePasses(e, { ...NO_FILTERS, search })).map((e) => e.id);
      expect(only({ search })).toEqual(expected);
    }
  });

  it('can build the search text ahead of the first search', () => {
    const fresh = buildFilterIndex(EVENTS);
    prepareSearch(fresh);
    prepareSearch(fresh);
    expect(ids(filterPositions(fresh, ALL, { ...NO_FILTERS, search: 'KABUL' }))).toEqual(['kabul-airport']);
  });

  it('combines filters', () => {
    expect(only({ categories: ['attack'], countries: ['AF'] })).toEqual(['kabul-airport']);
    expect(only({ categories: ['attack'], search: 'mastung' })).toEqual(['mastung']);
    expect(only({ countries: ['AF'], actors: ['Taliban'], role: 'party', search: 'deal' })).toEqual(['doha']);
  });

  it('keeps the order of the positions it is given', () => {
    expect(only({ countries: ['AF'] }, Int32Array.from([5, 3, 1, 0]))).toEqual([
      'afpak-report',
      'doha',
      'kabul-airport',
    ]);
  });
});

describe('facetCounts', () => {
  it('counts every option, with zeros, when nothing filters', () => {
    const facets = facetCounts(index, ALL, NO_FILTERS);
    expect(plain(facets)).toEqual({
      categories: {
        ...NO_CATEGORIES,
        attack: 2,
        'arrest-operation': 1,
        'legal-act': 1,
        'political-act': 1,
        agreement: 1,
        report: 1,
      },
      actors: { 'IS-K': 3, Taliban: 3, 'United States': 2, Russia: 1, 'Turkish police': 1 },
      roles: { claimed: 1, blamed: 2, 'carried-out': 3, party: 4 },
      countries: { AF: 3, PK: 2, DE: 1, QA: 1, RU: 1, TR: 1 },
      total: 7,
    });
    // The options come in the order the controls list them.
    expect([...facets.categories.keys()]).toEqual([...CATEGORIES]);
    expect([...facets.actors.keys()]).toEqual(actorNames(index));
    expect([...facets.countries.keys()]).toEqual(countryCodes(index));
  });

  it('counts each dimension with every other dimension’s filter', () => {
    expect(
      plain(facetCounts(index, ALL, { ...NO_FILTERS, categories: ['attack'], role: 'claimed' })),
    ).toEqual({
      // Events with a claiming actor, by category.
      categories: { ...NO_CATEGORIES, attack: 1 },
      // Attacks, by actors in the claiming role.
      actors: { 'IS-K': 1, Taliban: 0, 'United States': 0, Russia: 0, 'Turkish police': 0 },
      // Attacks, by the roles of any actor.
      roles: { claimed: 1, blamed: 1, 'carried-out': 0, party: 1 },
      // Attacks with a claiming actor, by country.
      countries: { AF: 1, PK: 0, DE: 0, QA: 0, RU: 0, TR: 0 },
      total: 1,
    });
  });

  it('counts names with the role filter and roles with the name filter', () => {
    expect(plain(facetCounts(index, ALL, { ...NO_FILTERS, actors: ['Taliban'], countries: ['AF'] }))).toEqual(
      {
        categories: { ...NO_CATEGORIES, agreement: 1, report: 1 },
        // Events in Afghanistan, by any actor's name.
        actors: { 'IS-K': 2, Taliban: 2, 'United States': 2, Russia: 0, 'Turkish police': 0 },
        // Events in Afghanistan, by the Taliban's roles (not IS-K's "carried-out").
        roles: { ...NO_ROLES, blamed: 1, party: 2 },
        // Events with the Taliban, by country.
        countries: { AF: 2, PK: 1, DE: 0, QA: 1, RU: 1, TR: 0 },
        total: 2,
      },
    );
    expect(facetCounts(index, ALL, { ...NO_FILTERS, role: 'party' }).actors).toEqual(
      new Map([
        ['IS-K', 0],
        ['Taliban', 3],
        ['United States', 2],
        ['Russia', 0],
        ['Turkish police', 0],
      ]),
    );
  });

  it('applies the search to every dimension', () => {
    const facets = facetCounts(index, ALL, { ...NO_FILTERS, search: 'taliban' });
    expect(Object.fromEntries(facets.categories)).toEqual({
      ...NO_CATEGORIES,
      'legal-act': 1,
      agreement: 1,
      report: 1,
    });
    expect(facets.actors.get('IS-K')).toBe(1);
    expect(facets.total).toBe(3);
  });

  it('counts only the positions it is given, and agrees with filterPositions', () => {
    const positions = Int32Array.from([0, 1, 4]);
    const filters: Filters = { ...NO_FILTERS, categories: ['attack'] };
    const facets = facetCounts(index, positions, filters);
    expect(facets.total).toBe(filterPositions(index, positions, filters).length);
    expect(Object.fromEntries(facets.categories)).toEqual({
      ...NO_CATEGORIES,
      attack: 2,
      'arrest-operation': 1,
    });
    expect(Object.fromEntries(facets.countries)).toEqual({ AF: 1, PK: 1, DE: 0, QA: 0, RU: 0, TR: 0 });
  });
});

describe('the bundled dataset', () => {
  const { dataset } = parseDataset(
    JSON.parse(readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8')),
  );
  const real = buildFilterIndex(dataset.events);
  const all = Int32Array.from(dataset.events.keys());

  it('finds IS-K and the Taliban by name and by search', () => {
    expect(actorNames(real)).toContain('Taliban');
    expect(countryCodes(real).slice(0, 2).sort()).toEqual(['AF', 'PK']);
    const byName = filterPositions(real, all, { ...NO_FILTERS, actors: ['Taliban'] });
    expect(byName.length).toBeGreaterThan(0);
    const bySearch = filterPositions(real, all, { ...NO_FILTERS, search: 'TALIBAN' });
    for (const p of byName) expect(bySearch).toContain(p);
    expect(filterPositions(real, all, { ...NO_FILTERS, search: 'is-k' }).length).toBeGreaterThan(0);
    expect(facetCounts(real, all, NO_FILTERS).total).toBe(dataset.events.length);
  });
});

// ---------------------------------------------------------------------------
// Against a plain reference implementation

function haystack(e: MapEvent): string {
  const p = e.props;
  return foldText(
    [
      p.title,
      p.summary,
      p.place.name,
      p.place.label,
      ...p.actors.map((a) => a.name),
      ...p.sources.map((s) => s.outlet),
    ].join('\n'),
  );
}

type Dimension = 'categories' | 'names' | 'roles' | 'countries';

function naivePasses(e: MapEvent, f: Filters, skip?: Dimension): boolean {
  const p = e.props;
  if (skip !== 'categories' && f.categories.length > 0 && !f.categories.includes(p.category)) return false;
  if (
    skip !== 'countries' &&
    f.countries.length > 0 &&
    !p.place.countries.some((c) => f.countries.includes(c))
  ) {
    return false;
  }
  const nameOk = (name: string) => skip === 'names' || f.actors.length === 0 || f.actors.includes(name);
  const roleOk = (role: ActorRole) => skip === 'roles' || f.role === 'any' || f.role === role;
  const actorFilter = f.actors.length > 0 || f.role !== 'any';
  if (actorFilter && !p.actors.some((a) => nameOk(a.name) && roleOk(a.role))) return false;
  const text = haystack(e);
  return searchTerms(f.search).every((term) => text.includes(term));
}

function naiveFacets(events: MapEvent[], positions: number[], f: Filters) {
  const inWindow = positions.map((p) => events[p]!);
  const count = <K>(keys: readonly K[], dimension: Dimension, has: (e: MapEvent, key: K) => boolean) =>
    Object.fromEntries(
      keys.map((key) => [key, inWindow.filter((e) => naivePasses(e, f, dimension) && has(e, key)).length]),
    );
  const names = [...new Set(events.flatMap((e) => e.props.actors.map((a) => a.name)))];
  const countries = [...new Set(events.flatMap((e) => e.props.place.countries))];
  return {
    categories: count(CATEGORIES, 'categories', (e, c) => e.props.category === c),
    actors: count(names, 'names', (e, name) =>
      e.props.actors.some((a) => a.name === name && (f.role === 'any' || a.role === f.role)),
    ),
    roles: count(ACTOR_ROLES, 'roles', (e, role) =>
      e.props.actors.some((a) => a.role === role && (f.actors.length === 0 || f.actors.includes(a.name))),
    ),
    countries: count(countries, 'countries', (e, c) => e.props.place.countries.includes(c)),
    total: inWindow.filter((e) => naivePasses(e, f)).length,
  };
}

const WORDS = [
  'Kabul',
  'KÁBUL',
  'Şahin',
  'sahin',
  'Straße',
  'strasse',
  'IS-K',
  'Doha',
  'ﬁle',
  'O\u0308l',
  'Öl',
];
const NAMES = ['IS-K', 'Taliban', 'Russia', 'Ünal'];
const COUNTRIES = ['AF', 'PK', 'RU', 'QA'];

const words = (max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: max }).map((w) => w.join(' '));

const eventSpec: fc.Arbitrary<Spec> = fc.record({
  title: words(3),
  summary: words(3),
  category: fc.constantFrom(...CATEGORIES),
  place: fc.record({
    name: words(2),
    label: words(1),
    countries: fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 }),
  }),
  actors: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...ACTOR_ROLES)), { maxLength: 3 }),
  outlets: fc.array(words(2), { minLength: 1, maxLength: 2 }),
});

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  categories: fc.subarray([...CATEGORIES]),
  actors: fc.subarray([...NAMES, 'Nobody']),
  role: fc.constantFrom<ActorRole | 'any'>('any', 'any', ...ACTOR_ROLES),
  countries: fc.subarray([...COUNTRIES, 'ZZ']),
  search: fc.oneof(
    fc.constant(''),
    fc
      .array(fc.constantFrom(...WORDS, 'ss', 'ab', 'o', 'is', 'fi', 'xyz', ' '), { maxLength: 3 })
      .map((w) => w.join(' ')),
  ),
});

describe('search over many events', () => {
  // Enough events for several chunks of titles, some of them with accents, case and line breaks.
  const events = generateEvents(9_000, 5).map((e, i) =>
    i % 1_000 === 7
      ? { ...e, props: { ...e.props, title: `Şahin #${i} in KÂBUL\nStraße ${e.props.title}` } }
      : e,
  );
  const big = buildFilterIndex(events);
  const all = Int32Array.from(events.keys());

  it.each([
    '#1',
    '#4096',
    '#4097 ',
    'kabul',
    'sahin strasse',
    'STRASSE #8007',
    'synthetic',
    'quetta',
    'group c',
    '1\n',
  ])('agrees with the reference for %j', (search) => {
    const filters = { ...NO_FILTERS, search };
    const expected = [...all].filter((p) => naivePasses(events[p]!, filters));
    expect([...filterPositions(big, all, filters)]).toEqual(expected);
  });
});

describe('filterPositions and facetCounts against a plain reference', () => {
  it('agree on random events, windows and filters', () => {
    fc.assert(
      fc.property(
        fc.array(eventSpec, { maxLength: 25 }),
        fc.array(filtersArb, { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (specs, filterList, keep) => {
          const events = specs.map((s, i) => makeEvent(`e${i}`, s, i));
          const idx = buildFilterIndex(events);
          const window = [...events.keys()].filter((p) => (p * 0.618) % 1 < keep);
          const positions = Int32Array.from(window);
          // Several filters on one index, so cached search masks are reused.
          for (const f of filterList) {
            const expected = window.filter((p) => naivePasses(events[p]!, f));
            expect([...filterPositions(idx, positions, f)]).toEqual(expected);
            expect(plain(facetCounts(idx, positions, f))).toEqual(naiveFacets(events, window, f));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
