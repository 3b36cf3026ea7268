/**
 * Country names and codes to ISO 3166-1 alpha-2 codes. Names come from the
 * browser's own list (Intl.DisplayNames, in several languages), built once,
 * with the other names news data and the GTD use on top.
 */
import { i18n } from '@lingui/core';
import { intlLocale } from '../i18n/intl';

const ALIASES: Record<string, string> = {
  afghanistan: 'AF',
  pakistan: 'PK',
  russia: 'RU',
  'russian federation': 'RU',
  qatar: 'QA',
  germany: 'DE',
  'west germany (frg)': 'DE',
  'east germany (gdr)': 'DE',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  america: 'US',
  'united states': 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  'united kingdom': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  uae: 'AE',
  turkey: 'TR',
  burma: 'MM',
  myanmar: 'MM',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  'democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  drc: 'CD',
  zaire: 'CD',
  'republic of the congo': 'CG',
  "people's republic of the congo": 'CG',
  'czech republic': 'CZ',
  'slovak republic': 'SK',
  'east timor': 'TL',
  'bosnia-herzegovina': 'BA',
  'bosnia and herzegovina': 'BA',
  'west bank and gaza strip': 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'gaza strip': 'PS',
  palestine: 'PS',
  'state of palestine': 'PS',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  'south korea': 'KR',
  'korea, republic of': 'KR',
  'republic of korea': 'KR',
  'north korea': 'KP',
  "korea, democratic people's republic of": 'KP',
  iran: 'IR',
  'iran, islamic republic of': 'IR',
  syria: 'SY',
  'syrian arab republic': 'SY',
  'viet nam': 'VN',
  vietnam: 'VN',
  laos: 'LA',
  'lao pdr': 'LA',
  macedonia: 'MK',
  swaziland: 'SZ',
  rhodesia: 'ZW',
  'vatican city': 'VA',
  'holy see': 'VA',
  taiwan: 'TW',
  kosovo: 'XK',
  'cape verde': 'CV',
  'cabo verde': 'CV',
  tanzania: 'TZ',
  'united republic of tanzania': 'TZ',
  moldova: 'MD',
  'republic of moldova': 'MD',
  bolivia: 'BO',
  venezuela: 'VE',
};

/** Codes that are not countries, or are not ISO 3166-1 alpha-2 codes. */
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'ZZ',
  'QO',
  'XA',
  'XB',
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'IC',
  'TA',
]);
const LANGUAGES = ['en', 'fr', 'es', 'de', 'pt', 'it'];

interface Table {
  /** Known codes; null when this browser cannot list them, so any two letters are accepted. */
  readonly codes: ReadonlySet<string> | null;
  readonly names: ReadonlyMap<string, string>;
}

let table: Table | null = null;
/** Answers already given: a file repeats a few countries many times. */
const known = new Map<string, string | null>();

/**
 * The codes of the countries in a cell: "Afghanistan", "af", "AF; PK",
 * "Pakistan, Afghanistan". Parts we cannot name are returned as unknown.
 */
export function countryCodes(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  const whole = countryCode(text);
  const parts = whole ? [text] : text.split(/[;|]/);
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const one = countryCode(part);
    if (one) {
      codes.push(one);
      continue;
    }
    const pieces = part.split(',').map((p) => countryCode(p));
    if (pieces.length > 1 && pieces.every((p) => p !== null)) codes.push(...(pieces as string[]));
    else unknown.push(part);
  }
  return { codes: [...new Set(codes)], unknown };
}

/** One country's code, from its code or its name; null when we do not know it. */
export function countryCode(text: string): string | null {
  const cached = known.get(text);
  if (cached !== undefined) return cached;
  const code = lookUp(text.trim());
  if (known.size < 10_000) known.set(text, code);
  return code;
}

function lookUp(t: string): string | null {
  if (t === '') return null;
  const { codes, names } = getTable();
  if (/^[a-z]{2}$/i.test(t)) {
    const code = canonical(t.toUpperCase());
    if (codes === null || codes.has(code)) return code;
  }
  const k = key(t);
  return names.get(k) ?? names.get(key(t.replace(/\([^)]*\)/g, ''))) ?? null;
}

function getTable(): Table {
  table ??= buildTable();
  return table;
}

function buildTable(): Table {
  const names = new Map<string, string>();
  let codes: Set<string> | null = null;
  try {
    const displays = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
    codes = new Set();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        if (NOT_COUNTRIES.has(code) || canonical(code) !== code || !displays[0]!.of(code)) continue;
        codes.add(code);
        for (const display of displays) {
          const name = display.of(code);
          if (!name) continue;
          for (const variant of [name, name.replace(/\([^)]*\)/g, '')]) {
            const k = key(variant);
            if (k && !names.has(k)) names.set(k, code);
          }
        }
      }
    }
  } catch {
    codes = null;
  }
  for (const [name, code] of Object.entries(ALIASES)) names.set(key(name), code);
  return { codes, names };
}

/** "UK" -> "GB", "DD" -> "DE": a retired or alias code as today's. */
function canonical(code: string): string {
  try {
    const [tag] = Intl.getCanonicalLocales(`und-${code}`);
    return tag?.slice(4).toUpperCase() || code;
  } catch {
    return code;
  }
}

/** "Côte d’Ivoire" -> "cotedivoire"; "St. Lucia" and "Saint Lucia" -> "stlucia". */
function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bsaint\b|\bst\b\.?/g, 'st')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Each language's country names, made once (null where the browser cannot name countries). */
const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name in the language shown, for messages ("Afghanistan"), or its
 * code where the browser cannot name it. English names are the plain English
 * ones ("St. Lucia"), as before; other languages' are their locale's.
 */
export function countryName(code: string): string {
  const locale = !i18n.locale || i18n.locale === 'en' || i18n.locale === 'pseudo' ? 'en' : intlLocale();
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return names?.of(code) ?? code;
}
