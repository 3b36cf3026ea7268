import { activateEnglish, activateLocale } from './activate';
import type { LocaleCode } from './locales';
import { pickLocale, type LocaleChoice } from './pick-locale';

const SAVED = 'wherewhen-language';

function saved(): string | null {
  try {
    return localStorage.getItem(SAVED);
  } catch {
    return null; // Storage refused (a sandboxed frame, a private window): the browser's language decides.
  }
}

/** Remembers the reader's choice for their next visit, on this browser only. */
export function saveLocale(code: LocaleCode): void {
  try {
    if (code !== 'pseudo') localStorage.setItem(SAVED, code);
  } catch {
    // Not remembered: the address still carries it.
  }
}

let choice: LocaleChoice | null = null;

/** The language chosen when the page opened (and why), once `startLocale` has run. */
export function startingLocale(): LocaleChoice {
  return choice ?? { locale: 'en', from: 'default', unknown: null };
}

/**
 * The address names the language shown whenever it is not the default English, or the link asked for
 * it: a copied link, the Embed code and a citation then open in the language the reader sees. A
 * `?lang=` the interface has no language for is taken out (the link notice says so); `ur-PK` becomes `ur`.
 */
export function languageInAddress(win: Window, choice: LocaleChoice): void {
  const want = choice.locale !== 'en' || choice.from === 'address' ? choice.locale : null;
  const url = new URL(win.location.href);
  if (url.searchParams.get('lang') === want) return;
  if (want === null) url.searchParams.delete('lang');
  else url.searchParams.set('lang', want);
  win.history.replaceState(win.history.state, '', url);
}

/**
 * Picks the language (see pickLocale) and shows it. English needs nothing fetched; any other language
 * returns the promise of its catalogue, which the first render waits for, so no text shows in English first.
 */
export function startLocale(win: Window = window): Promise<void> | null {
  activateEnglish();
  choice = pickLocale(win.location.search, saved(), win.navigator.languages ?? [win.navigator.language]);
  languageInAddress(win, choice);
  if (choice.locale === 'en') return null;
  return activateLocale(choice.locale).catch(() => {
    // The catalogue did not arrive (offline, a failed chunk): the page shows in English rather than not at all.
    choice = { ...startingLocale(), locale: 'en' };
    activateEnglish();
    languageInAddress(win, choice);
  });
}
