import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts, isoToDay } from './dates';
import {
  DEFAULT_VIEW,
  VIEW_PARAMS,
  decodeView,
  encodeView,
  normalizeView,
  readView,
  type ViewState,
} from './url-state';
import { ACTOR_ROLES, CATEGORIES } from './vocabulary';

/** A state with only the given fields changed from the default. */
function view(fields: Partial<ViewState>): ViewState {
  return { ...DEFAULT_VIEW, ...fields };
}

/** Through the URL and back, as the app does it. */
function roundTrip(state: ViewState): ViewState {
  return decodeView(encodeView(state).toString());
}

function day(iso: string): number {
  const d = isoToDay(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

const AWKWARD = [
  'Kabul – Abbey Gate',
  'İstanbul',
  'Мoscow',
  'داعش خراسان',
  'צה"ל',
  'a & b = c # d + e % f ? g',
  '100% + 50%=?',
  'a,b',
  'Smith, John & Sons',
  '%E0%A4%A',
  '%20 not a space',
  '🇦🇫 flag 👨‍👩‍👧 family',
  '  padded  ',
  '+',
  '&',
  '=',
  '#',
];

describe('encodeView', () => {
  it('writes readable parameters, ours in a fixed order', () => {
    const state = view({
      window: { start: day('2023-01-01'), end: day('2025-04-17') },
      categories: ['attack'],
    });
    expect(encodeView(state).toString()).toBe('from=2023-01-01&to=2025-04-17&cat=attack');

    const full = view({
      map: { lat: 33.9, lng: 67.7, zoom: 5.25 },
      selected: 'kabul-airport-2021',
      search: 'abbey gate',
      countries: ['PK', 'AF'],
      role: 'claimed',
      actors: ['Taliban', 'IS-K'],
      categories: ['report', 'attack'],
      mode: 'cumulative',
      window: { start: day('2021-08-26'), end: day('2021-08-01') },
    });
    expect(encodeView(full).toString()).toBe(
      'from=2021-08-01&to=2021-08-26&mode=cumulative&cat=attack,report&actor=IS-K&actor=Taliban' +
        '&role=claimed&country=AF,PK&q=abbey+gate&event=kabul-airport-2021&map=33.9,67.7,5.25',
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeView(DEFAULT_VIEW).toString()).toBe('');
    expect(encodeView(view({ role: 'any', mode: 'window', search: '' })).toString()).toBe('');
  });

  it('keeps parameters that are not ours, in order and first, and replaces ours', () => {
    const keep = new URLSearchParams('synthetic=1000&cat=report&seed=2&from=1999-01-01&embed=1&q=old');
    const params = encodeView(view({ categories: ['attack'] }), keep);
    expect(params.toString()).toBe('synthetic=1000&seed=2&embed=1&cat=attack');
    expect(encodeView(DEFAULT_VIEW, keep).toString()).toBe('synthetic=1000&seed=2&embed=1');
    expect(keep.toString()).toBe('synthetic=1000&cat=report&seed=2&from=1999-01-01&embed=1&q=old');
  });

  it('escapes what must be escaped, and only that', () => {
    const text = encodeView(view({ search: 'a&b=c#d+e%f?g h', actors: ['x&actor=y'] })).toString();
    expect(text).toBe('actor=x%26actor%3Dy&q=a%26b%3Dc%23d%2Be%25f%3Fg+h');
  });

  it('names exactly the parameters it writes', () => {
    expect([...VIEW_PARAMS]).toEqual([
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
  });
});

describe('round trip per field', () => {
  it('keeps the window and the mode', () => {
    const window = { start: day('2024-02-29'), end: day('2024-03-01') };
    expect(roundTrip(view({ window }))).toEqual(view({ window }));
    expect(roundTrip(view({ window: { start: day('1000-01-01'), end: day('2999-12-31') } })).window).toEqual({
      start: day('1000-01-01'),
      end: day('2999-12-31'),
    });
    expect(roundTrip(view({ mode: 'cumulative' }))).toEqual(view({ mode: 'cumulative' }));
  });

  it('keeps categories, in legend order', () => {
    const all = view({ categories: [...CATEGORIES].reverse() });
    expect(roundTrip(all).categories).toEqual([...CATEGORIES]);
  });

  it('keeps actors with awkward names, commas included', () => {
    const state = view({ actors: AWKWARD });
    const back = roundTrip(state);
    expect(new Set(back.actors)).toEqual(new Set(AWKWARD));
    expect(back).toEqual(normalizeView(state));
  });

  it('keeps every role', () => {
    for (const role of ACTOR_ROLES) expect(roundTrip(view({ role })).role).toBe(role);
  });

  it('keeps countries', () => {
    expect(roundTrip(view({ countries: ['PK', 'AF', 'af', ' IR '] })).countries).toEqual(['AF', 'IR', 'PK']);
  });

  it('keeps the search exactly as typed', () => {
    for (const search of AWKWARD) {
      expect(roundTrip(view({ search })).search).toBe(search);
      expect(decodeView(new URL('https://x.test/?' + encodeView(view({ search }))).search).search).toBe(
        search,
      );
    }
  });

  it('keeps the selected event and the map', () => {
    expect(roundTrip(view({ selected: 'a1-b2-c3' })).selected).toBe('a1-b2-c3');
    const map = { lat: -33.8688, lng: 151.2093, zoom: 11.5 };
    expect(roundTrip(view({ map })).map).toEqual(map);
  });
});

describe('normalizeView', () => {
  it('clamps, wraps and rounds the map', () => {
    expect(normalizeView(view({ map: { lat: 89.5, lng: 190, zoom: 25 } })).map).toEqual({
      lat: 85,
      lng: -170,
      zoom: 18,
    });
    expect(normalizeView(view({ map: { lat: -100, lng: -540.5, zoom: -3 } })).map).toEqual({
      lat: -85,
      lng: 179.5,
      zoom: 0,
    });
    expect(normalizeView(view({ map: { lat: 12.345678, lng: 180, zoom: 3.14159 } })).map).toEqual({
      lat: 12.3457,
      lng: -180,
      zoom: 3.14,
    });
    // Rounding up to 180 wraps to -180, never leaving [-180, 180).
    expect(normalizeView(view({ map: { lat: 0, lng: 179.99999, zoom: 1 } })).map?.lng).toBe(-180);
    expect(Object.is(normalizeView(view({ map: { lat: -0.00001, lng: 0, zoom: 0 } })).map?.lat, 0)).toBe(
      true,
    );
    expect(normalizeView(view({ map: { lat: NaN, lng: 0, zoom: 1 } })).map).toBeNull();
    expect(normalizeView(view({ map: { lat: 0, lng: Infinity, zoom: 1 } })).map).toBeNull();
  });

  it('drops windows outside the years 1000-2999 and puts start first', () => {
    expect(normalizeView(view({ window: { start: 20, end: 10 } })).window).toEqual({ start: 10, end: 20 });
    expect(normalizeView(view({ window: { start: dayFromParts(999, 12, 31), end: 0 } })).window).toBeNull();
    expect(normalizeView(view({ window: { start: 0, end: dayFromParts(3000, 1, 1) } })).window).toBeNull();
    expect(normalizeView(view({ window: { start: NaN, end: 0 } })).window).toBeNull();
  });

  it('cleans the search: lone surrogates and control characters go, 500 code points at most', () => {
    expect(normalizeView(view({ search: 'a\uD800b\uDC00c\u0000d\u0085e\te\u007f' })).search).toBe('abcdee');
    expect(normalizeView(view({ search: '😀'.repeat(600) })).search).toBe('😀'.repeat(500));
    expect(normalizeView(view({ search: '  ' })).search).toBe('  ');
  });

  it('drops blank, overlong and surplus actors', () => {
    expect(normalizeView(view({ actors: ['', '   ', '\t', 'b', 'a', 'b'] })).actors).toEqual(['a', 'b']);
    expect(
      normalizeView(view({ actors: ['x'.repeat(201), 'y'.repeat(200), '😀'.repeat(200)] })).actors,
    ).toEqual(['😀'.repeat(200), 'y'.repeat(200)]);
    const many = Array.from({ length: 70 }, (_, i) => `actor ${String(i).padStart(2, '0')}`);
    expect(normalizeView(view({ actors: many })).actors).toEqual(many.slice(0, 50));
  });

  it('sorts actors in English order whatever order they come in', () => {
    const names = ['zeta', 'Alpha', 'alpha', 'Émile', 'Eve', 'beta'];
    const sorted = normalizeView(view({ actors: names })).actors;
    expect(sorted).toEqual(['alpha', 'Alpha', 'beta', 'Émile', 'Eve', 'zeta']);
    expect(normalizeView(view({ actors: [...names].reverse() })).actors).toEqual(sorted);
    // Canonically equivalent spellings collate as equal; the order must still not depend on input order.
    const composed = '\u00e9';
    const decomposed = 'e\u0301';
    expect(normalizeView(view({ actors: [composed, decomposed] })).actors).toEqual(
      normalizeView(view({ actors: [decomposed, composed] })).actors,
    );
  });

  it('rejects country codes that are not two ASCII letters', () => {
    expect(normalizeView(view({ countries: ['ß', 'AFG', 'A1', 'fr', 'FR'] })).countries).toEqual(['FR']);
  });

  it('rejects event ids that are not slugs', () => {
    for (const bad of ['<script>', 'A-b', 'a--b', '-a', 'a-', '', 'a b', 'a'.repeat(201)]) {
      expect(normalizeView(view({ selected: bad })).selected).toBeNull();
    }
    expect(normalizeView(view({ selected: 'a'.repeat(200) })).selected).toBe('a'.repeat(200));
  });
});

describe('decodeView', () => {
  it('falls back to the default field by field', () => {
    const state = decodeView(
      'from=2024-02-30&to=x&cat=nope,attack&role=king&country=pk,XXX,1&event=<script>&map=NaN,1,2&mode=fast',
    );
    expect(state).toEqual(view({ categories: ['attack'], countries: ['PK'] }));
  });

  it('reads with or without "?" and from URLSearchParams', () => {
    const expected = view({ categories: ['report'], search: 'x y' });
    expect(decodeView('cat=report&q=x+y')).toEqual(expected);
    expect(decodeView('?cat=report&q=x%20y')).toEqual(expected);
    expect(decodeView(new URLSearchParams('cat=report&q=x+y'))).toEqual(expected);
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
    expect(decodeView('?')).toEqual(DEFAULT_VIEW);
  });

  it('needs both ends of the window, real days between 1000 and 2999, and swaps them if reversed', () => {
    expect(decodeView('from=2024-01-01').window).toBeNull();
    expect(decodeView('from=2024-01-10&to=2024-01-01').window).toEqual({
      start: day('2024-01-01'),
      end: day('2024-01-10'),
    });
    expect(decodeView('from=0999-12-31&to=2024-01-01').window).toBeNull();
    expect(decodeView('from=2024-01-01&to=3000-01-01').window).toBeNull();
    expect(decodeView('from=2024-1-1&to=2024-01-02').window).toBeNull();
    expect(decodeView('from=2023-02-29&to=2024-02-29').window).toBeNull();
  });

  it('takes the first valid value of a repeated single parameter', () => {
    const state = decodeView(
      'mode=fast&mode=cumulative&mode=window&role=king&role=blamed&role=claimed' +
        '&event=Bad&event=good-1&event=good-2&map=1,2&map=1,2,3&map=4,5,6&from=x&from=2024-01-01&to=2024-01-02&q=a&q=b',
    );
    expect(state).toEqual(
      view({
        mode: 'cumulative',
        role: 'blamed',
        selected: 'good-1',
        map: { lat: 1, lng: 2, zoom: 3 },
        window: { start: day('2024-01-01'), end: day('2024-01-02') },
        search: 'a',
      }),
    );
  });

  it('merges list parameters and tidies them', () => {
    const state = decodeView(
      'cat=report, attack&cat=attack&country= af ,PK&country=af&actor=b&actor=a&actor=b&actor=',
    );
    expect(state.categories).toEqual(['attack', 'report']);
    expect(state.countries).toEqual(['AF', 'PK']);
    expect(state.actors).toEqual(['a', 'b']);
  });

  it('reads map numbers strictly', () => {
    for (const bad of ['1,2', '1,2,3,4', '1,,3', ' 1,2,3', '0x10,2,3', '1e2,2,3', 'Infinity,1,2', '1,2,3,']) {
      expect(decodeView(`map=${encodeURIComponent(bad)}`).map).toBeNull();
    }
    expect(decodeView('map=-1.5,.5,3.').map).toEqual({ lat: -1.5, lng: 0.5, zoom: 3 });
    expect(decodeView('map=33.9%2C67.7%2C5.25').map).toEqual({ lat: 33.9, lng: 67.7, zoom: 5.25 });
  });

  it('survives malformed escapes, prototype names and huge values', () => {
    expect(() => decodeView('q=%E0%A4%A&cat=%&actor=%zz&%=%')).not.toThrow();
    expect(decodeView('q=%E0%A4%A').search).toBe('\uFFFD%A');
    expect(decodeView('__proto__=1&constructor=2&toString=3&cat=attack')).toEqual(
      view({ categories: ['attack'] }),
    );
    const huge = 'a'.repeat(10_001);
    expect(decodeView(`q=${huge}&q=small`).search).toBe('small');
    expect(decodeView(`q=${'a'.repeat(10_000)}`).search).toBe('a'.repeat(500));
    expect(decodeView(`cat=attack,${huge}`).categories).toEqual([]);
  });
});

describe('readView reports what it leaves out', () => {
  /** The report as "param: message" lines. */
  function report(query: string): string[] {
    return readView(query).dropped.map((d) => `${d.param}: ${d.message}`);
  }

  it('tells why a ?data= value cannot be used, with the rest of the link', () => {
    expect(report('data=javascript%3Aalert(1)&cat=foo')).toEqual([
      "cat: 'foo' is not a category",
      "data: 'javascript:alert(1)' is a javascript: address; only http and https addresses can be loaded; the bundled events are shown instead",
    ]);
    expect(report('data=https%3A%2F%2Fdata.example.org%2Fe.csv')).toEqual([]);
  });

  it('names the parameter, the value and the reason', () => {
    expect(
      report(
        'from=2024-13-45&to=2024-02-30&mode=fast&cat=attack,foo&role=king&country=pk,XXX&event=<script>&map=NaN,1,2',
      ),
    ).toEqual([
      "from: '2024-13-45' is not a date (YYYY-MM-DD)",
      "to: '2024-02-30' is not a date (YYYY-MM-DD)",
      "mode: 'fast' is not a playback mode (window or cumulative)",
      "cat: 'foo' is not a category",
      "role: 'king' is not a role (any, claimed, blamed, carried-out, party)",
      "country: 'XXX' is not a two-letter country code",
      "event: '<script>' is not an event id",
      "map: 'NaN,1,2' is not a map position (latitude,longitude,zoom)",
    ]);
  });

  it('reports nothing for a clean link, or for values that are only tidied', () => {
    expect(report('')).toEqual([]);
    expect(
      report('from=2024-01-10&to=2024-01-01&cat=report,attack,attack&country=af&map=95,200,30&q=x'),
    ).toEqual([]);
    expect(report('mode=window&role=any&cat=&country=,&seed=3&embed=1&unknown=%zz')).toEqual([]);
  });

  it('says when half a window is given, or a year out of range', () => {
    expect(report('from=2024-01-01')).toEqual(["from: needs a 'to' date as well"]);
    expect(report('to=2024-01-01&from=x')).toEqual([
      "from: 'x' is not a date (YYYY-MM-DD)",
      "to: needs a 'from' date as well",
    ]);
    expect(report('from=0999-12-31&to=2024-01-01')).toEqual([
      "from: '0999-12-31' is outside the years 1000 to 2999",
      "to: needs a 'from' date as well",
    ]);
  });

  it('reports later values of a single parameter, which are not used', () => {
    expect(report('mode=cumulative&mode=window&event=a&event=b')).toEqual([
      "mode: 'window' is left out: only the first value is used",
      "event: 'b' is left out: only the first value is used",
    ]);
  });

  it('reports actors that are empty, too long or too many', () => {
    const many = Array.from({ length: 52 }, (_, i) => `actor=a${String(i).padStart(2, '0')}`).join('&');
    expect(report(`${many}&actor=&actor=${'x'.repeat(201)}`)).toEqual([
      'actor: an empty actor name',
      `actor: '${'x'.repeat(40)}…' is longer than 200 characters`,
      "actor: 'a50' is beyond the first 50 actors",
      'actor: and 1 more',
    ]);
  });

  it('reports what cleaning takes out of the search', () => {
    expect(report('q=a%00b')).toEqual(['q: characters that cannot be shown were left out of the search']);
    expect(report(`q=${'a'.repeat(501)}`)).toEqual(['q: the search is cut to its first 500 characters']);
  });

  it('quotes values as visible text, cut short, and gives a count after three reasons', () => {
    expect(report(`cat=${'\u0000'}${'z'.repeat(50)}`)).toEqual([
      `cat: '${'z'.repeat(40)}…' is not a category`,
    ]);
    expect(report('cat=a,b,c,d,e,attack')).toEqual([
      "cat: 'a' is not a category",
      "cat: 'b' is not a category",
      "cat: 'c' is not a category",
      'cat: and 2 more',
    ]);
    expect(readView('cat=a,b,c,d,e,attack').view.categories).toEqual(['attack']);
  });

  it('reports values too long to read and values beyond the first thousand', () => {
    expect(report(`q=${'a'.repeat(10_001)}&q=small`)).toEqual([
      'q: a value of 10001 characters is too long to read',
    ]);
    const lots = Array.from({ length: 1001 }, () => 'cat=attack').join('&');
    expect(report(lots)).toEqual(['cat: only the first 1000 of 1001 values are read']);
  });
});

// --- Properties --------------------------------------------------------------

const MIN_DAY = dayFromParts(1000, 1, 1);
const MAX_DAY = dayFromParts(2999, 12, 31);

/** Mostly valid days, with some just outside the allowed years. */
const dayArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: MIN_DAY, max: MAX_DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: MIN_DAY - 1000, max: MAX_DAY + 1000 }) },
);

/** Any single UTF-16 unit or code point, lone surrogates and controls included. */
const rawUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: rawUnit, maxLength: 30 }) },
);

const actorsArb = fc.oneof(
  { weight: 5, arbitrary: fc.array(textArb, { maxLength: 8 }) },
  // Near the limits: long names and more than 50 of them.
  {
    weight: 1,
    arbitrary: fc.array(fc.string({ unit: 'grapheme', minLength: 190, maxLength: 210 }), { maxLength: 3 }),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 4 }), {
      minLength: 45,
      maxLength: 60,
    }),
  },
);

const searchArb = fc.oneof(
  { weight: 5, arbitrary: textArb },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 480, maxLength: 520 }) },
);

const countryArb = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[A-Z]{2}$/) },
  { weight: 1, arbitrary: fc.constantFrom(' af ', 'pk', 'XXX', '1', 'ß', '') },
);

const slugArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}$/) },
  { weight: 1, arbitrary: fc.string() },
);

const coordinate = (min: number, max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min, max, noNaN: true }) },
    { weight: 1, arbitrary: fc.double() },
  );

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  window: fc.option(fc.record({ start: dayArb, end: dayArb })),
  mode: fc.constantFrom('window', 'cumulative'),
  categories: fc.oneof(
    fc.subarray([...CATEGORIES]),
    fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 10 }),
  ),
  actors: actorsArb,
  role: fc.constantFrom('any', ...ACTOR_ROLES),
  countries: fc.array(countryArb, { maxLength: 6 }),
  search: searchArb,
  selected: fc.option(slugArb),
  map: fc.option(
    fc.record({ lat: coordinate(-90, 90), lng: coordinate(-400, 400), zoom: coordinate(0, 20) }),
  ),
});

/** Keys that are ours, dangerous names and anything at all. */
const keyArb = fc.oneof(
  fc.constantFrom(...VIEW_PARAMS, '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string({ unit: rawUnit, maxLength: 10 }),
);

/** Values that are often nearly right, so the decoder's valid paths get exercised too. */
const valueArb = fc.oneof(
  fc.constantFrom(
    '2024-01-01',
    '2024-02-30',
    '0999-01-01',
    'cumulative',
    'attack,report',
    'attack,nope',
    'claimed',
    'af,PK,ß',
    'kabul-1',
    '33.9,67.7,5.25',
    '-91,400.123456,30',
    '1e2,2,3',
    '',
  ),
  fc.string({ unit: rawUnit, maxLength: 30 }),
  textArb,
);

/** Query-like text with escapes, separators and our names in it. */
const queryTextArb = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '%',
      'E0',
      'A4',
      '%2C',
      '%F0%9F',
      '&',
      '=',
      '?',
      '+',
      ',',
      '#',
      '.',
      '-',
      '1',
      '2024-01-01',
    ),
    fc.constantFrom(...VIEW_PARAMS.map((p) => p + '='), 'attack', 'claimed', 'AF', '\uD800', '\u0000'),
    rawUnit,
  ),
  maxLength: 40,
});

function expectCanonical(state: ViewState): void {
  expect(state).toEqual(normalizeView(state));
  // And it survives the URL unchanged.
  expect(roundTrip(state)).toEqual(state);
}

describe('properties', () => {
  it('decodes what it encodes, giving the normal form', () => {
    fc.assert(
      fc.property(viewArb, (state) => {
        const expected = normalizeView(state);
        const query = encodeView(state).toString();
        expect(decodeView(query)).toEqual(expected);
        expect(decodeView('?' + query)).toEqual(expected);
        expect(decodeView(new URL('https://x.test/?' + query).search)).toEqual(expected);
        expect(decodeView(new URL('https://x.test/?' + query).searchParams)).toEqual(expected);
      }),
    );
  });

  it('keeps foreign parameters whatever the state', () => {
    fc.assert(
      fc.property(viewArb, fc.array(fc.tuple(keyArb, valueArb), { maxLength: 5 }), (state, pairs) => {
        const keep = new URLSearchParams(pairs);
        const params = encodeView(state, keep);
        const foreign = [...keep].filter(([key]) => !VIEW_PARAMS.includes(key));
        expect([...params].slice(0, foreign.length)).toEqual(foreign);
        expect(decodeView(params.toString())).toEqual(normalizeView(state));
      }),
    );
  });

  it('normalizes idempotently', () => {
    fc.assert(
      fc.property(viewArb, (state) => {
        const once = normalizeView(state);
        expect(normalizeView(once)).toEqual(once);
      }),
    );
  });

  it('normalizes lists the same whatever their order', () => {
    fc.assert(
      fc.property(viewArb, (state) => {
        const reversed = {
          ...state,
          categories: [...state.categories].reverse(),
          actors: [...state.actors].reverse(),
          countries: [...state.countries].reverse(),
        };
        expect(normalizeView(reversed)).toEqual(normalizeView(state));
      }),
    );
  });

  it('decodes any string without throwing, into a canonical state', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expectCanonical(decodeView(text))));
    fc.assert(fc.property(queryTextArb, (text) => expectCanonical(decodeView(text))));
  });

  it('reports nothing for a link it wrote', () => {
    fc.assert(
      fc.property(viewArb, fc.array(fc.tuple(keyArb, valueArb), { maxLength: 3 }), (state, pairs) => {
        expect(readView(encodeView(state).toString()).dropped).toEqual([]);
        // Parameters that are not ours are someone else's business.
        expect(readView(encodeView(state, new URLSearchParams(pairs)).toString()).dropped).toEqual([]);
      }),
    );
  });

  it('reports only its own parameters, a few reasons each, and reads the view decodeView reads', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 12 }), queryTextArb, (pairs, text) => {
        for (const query of [new URLSearchParams(pairs), text]) {
          const { view, dropped } = readView(query);
          expect(view).toEqual(decodeView(query));
          // ?data= is not part of the view, but what of it cannot be used is told with the rest.
          for (const d of dropped) expect([...VIEW_PARAMS, 'data']).toContain(d.param);
          for (const name of VIEW_PARAMS) {
            expect(dropped.filter((d) => d.param === name).length).toBeLessThanOrEqual(5);
          }
        }
      }),
    );
  });

  it('reports every parameter whose values it does not use', () => {
    /** Values that ask for the default view, so using them changes nothing. */
    const asksForDefault = (name: string, value: string) =>
      (name === 'mode' && value === 'window') ||
      (name === 'role' && value === 'any') ||
      (name === 'q' && value === '') ||
      ((name === 'cat' || name === 'country') && value.split(',').every((v) => v.trim() === ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams(pairs);
        const { view, dropped } = readView(params);
        const reported = new Set(dropped.map((d) => d.param));
        for (const name of VIEW_PARAMS) {
          if (!params.has(name) || reported.has(name)) continue;
          if (params.getAll(name).every((v) => asksForDefault(name, v))) continue;
          // Unreported, so used: the view without it is another view.
          const others = pairs.filter(([key]) => key !== name);
          expect(decodeView(new URLSearchParams(others)), `${name} in ${params}`).not.toEqual(view);
          // And a single-valued one unreported has no value besides the one used.
          if (['mode', 'role', 'q', 'event', 'map'].includes(name)) {
            for (const value of params.getAll(name)) {
              const only = new URLSearchParams([...others, [name, value]]);
              expect(decodeView(only), `${name}=${value} in ${params}`).toEqual(view);
            }
          }
        }
      }),
    );
  });

  it('reports a list parameter when any item of it is left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('cat', 'country'), valueArb), { maxLength: 6 }),
        (pairs) => {
          const params = new URLSearchParams(pairs);
          const { view, dropped } = readView(params);
          const kept = (name: string, item: string) =>
            name === 'cat'
              ? (view.categories as readonly string[]).includes(item)
              : view.countries.includes(item.toUpperCase());
          for (const [name, value] of pairs) {
            const items = value
              .split(',')
              .map((v) => v.trim())
              .filter(Boolean);
            if (items.length > 0 && value.length <= 10_000 && items.every((item) => kept(name, item)))
              continue;
            if (items.length === 0) continue;
            expect(
              dropped.map((d) => d.param),
              `${name}=${value}`,
            ).toContain(name);
          }
        },
      ),
    );
  });

  it('decodes any parameters without throwing, into a canonical state', () => {
    fc.assert(
      fc.property(fc.dictionary(keyArb, valueArb), (dict) => {
        expectCanonical(decodeView(new URLSearchParams(dict)));
        expectCanonical(decodeView(new URLSearchParams(Object.entries(dict)).toString()));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 12 }), (pairs) => {
        expectCanonical(decodeView(new URLSearchParams(pairs)));
      }),
    );
  });
});
