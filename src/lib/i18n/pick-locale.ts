import { LOCALES, type LocaleCode } from './locales';

/** Other names readers' browsers and links use for a language we have. */
const ALIASES: Record<string, LocaleCode> = {
  prs: 'fa',
  'fa-af': 'fa',
  pus: 'ps',
  urd: 'ur',
  ara: 'ar',
  rus: 'ru',
};

/** The language for a language tag (`ur-PK`, `fa-AF`, `prs`, `RU`), or null if the interface has none for it. */
export function matchLocale(tag: string): LocaleCode | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return null;
  if (lower === 'pseudo') return 'pseudo';
  const alias = ALIASES[lower];
  if (alias) return alias;
  const base = lower.split('-')[0] ?? '';
  return LOCALES.find((l) => l.code === base)?.code ?? ALIASES[base] ?? null;
}

export interface LocaleChoice {
  locale: LocaleCode;
  /** Where it came from: the address's `?lang=`, the reader's earlier choice, the browser, or the default. */
  from: 'address' | 'saved' | 'browser' | 'default';
  /** A `?lang=` the interface has no language for, to say so. */
  unknown: string | null;
}

/**
 * The language to show: `?lang=` in the address first (a shared link shows what its sender saw), then
 * the language the reader chose here before, then the first of the browser's languages we have, then English.
 */
export function pickLocale(search: string, saved: string | null, browser: readonly string[]): LocaleChoice {
  const asked = new URLSearchParams(search).get('lang');
  const fromAddress = asked === null ? null : matchLocale(asked);
  const unknown = asked !== null && fromAddress === null ? asked : null;
  if (fromAddress) return { locale: fromAddress, from: 'address', unknown };
  const fromSaved = saved ? matchLocale(saved) : null;
  if (fromSaved && fromSaved !== 'pseudo') return { locale: fromSaved, from: 'saved', unknown };
  for (const tag of browser) {
    const match = matchLocale(tag);
    if (match && match !== 'pseudo') return { locale: match, from: 'browser', unknown };
  }
  return { locale: 'en', from: 'default', unknown };
}
