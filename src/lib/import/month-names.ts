/**
 * Month and weekday names in the languages our readers' files are written in,
 * taken from the runtime's own Intl data rather than a list of our own, so
 * "mars", "März", "марта", "marzo" and "مارس" are all March. Words are compared
 * without case or accents, and a month may be shortened to any start of three
 * letters or more that no other month shares ("Sept", "janv", "Dez").
 */

/**
 * The languages whose names are read. Arabic is written in three traditions
 * (Egyptian and Gulf "مارس", Levantine and Iraqi "آذار", Maghrebi "مارس" with
 * "ماي", Algerian and Tunisian "جانفي"); Persian and Pashto need the Gregorian
 * calendar asked for, as theirs is the solar one.
 */
const LOCALES = [
  'en',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'tr',
  'ar',
  'ar-SY',
  'ar-MA',
  'ar-DZ',
  'fa',
  'ur',
  'ps',
];

/** A word that is the name of more than one month, across languages: read as none. */
const CLASH = 0;

let tables: { months: Map<string, number>; prefixes: Map<string, number>; weekdays: Set<string> } | null =
  null;

/** The month (1-12) a word names in any of our languages, or null. "Sept." -> 9, "марта" -> 3. */
export function monthNumber(word: string): number | null {
  const w = foldWord(word);
  if (w === '') return null;
  const { months, prefixes } = built();
  const month = months.get(w) ?? (w.length >= 3 ? prefixes.get(w) : undefined);
  return month === undefined || month === CLASH ? null : month;
}

/** Whether a word is the name of a day of the week ("Friday", "ven.", "Freitag"), which a date may start with. */
export function isWeekday(word: string): boolean {
  return built().weekdays.has(foldWord(word));
}

/**
 * A word as we compare it: lower case, without accents, trailing dots or the
 * spelling variants of Arabic script (Arabic and Persian yeh and kaf, the
 * joiners of Persian) and of Turkish (dotless i).
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII, with nothing to fold but case and dots.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase().trim().replace(/\.+$/, '');
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u0640\u200c\u200d]/g, '')
    .trim()
    .replace(/\.+$/, '');
}

function built(): NonNullable<typeof tables> {
  tables ??= build();
  return tables;
}

function build(): NonNullable<typeof tables> {
  const months = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const weekdays = new Set<string>();
  const add = (map: Map<string, number>, key: string, month: number) => {
    const had = map.get(key);
    map.set(key, had === undefined || had === month ? month : CLASH);
  };
  for (const locale of LOCALES) {
    const options = { calendar: 'gregory', timeZone: 'UTC' } as const;
    const formats = [
      new Intl.DateTimeFormat(locale, { ...options, month: 'long' }),
      new Intl.DateTimeFormat(locale, { ...options, month: 'short' }),
      // With a day, some languages decline the month: "марта" beside "март".
      new Intl.DateTimeFormat(locale, { ...options, day: 'numeric', month: 'long' }),
      new Intl.DateTimeFormat(locale, { ...options, day: 'numeric', month: 'short' }),
    ];
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2024, month - 1, 15));
      for (const format of formats) {
        const name = format.formatToParts(date).find((part) => part.type === 'month')?.value ?? '';
        const word = foldWord(name);
        if (word === '' || /\d/.test(word)) continue;
        add(months, word, month);
        for (let end = 3; end < word.length; end++) add(prefixes, word.slice(0, end), month);
      }
    }
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { ...options, weekday });
      for (let day = 1; day <= 7; day++) {
        weekdays.add(foldWord(format.format(new Date(Date.UTC(2024, 0, day)))));
      }
    }
  }
  return { months, prefixes, weekdays };
}
