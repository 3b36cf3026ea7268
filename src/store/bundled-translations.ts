import { translations as files } from 'virtual:bundled-dataset';
import { readLanguageFile, withTranslations, type EventWords } from '../lib/checked-translations';
import { sameLanguage } from '../lib/event-language';
import type { MapEvent } from '../lib/dataset';
import type { AppStore } from './app-store';

/**
 * The language of the bundled translations that serves a reader's language: the same tag, else the
 * same language (`fa-AF` serves `fa`); null when the events have no words in it (English among them).
 */
export function bundledLanguageFor(
  locale: string,
  available: readonly string[] = Object.keys(files),
): string | null {
  return (
    available.find((tag) => tag.toLowerCase() === locale.toLowerCase()) ??
    available.find((tag) => sameLanguage(tag, locale)) ??
    null
  );
}

/** Each language's file, asked for once for the page; a failed one is asked again next time. */
const asked = new Map<string, Promise<EventWords | null>>();

/**
 * One language's words for the bundled events. Null when they cannot be had (offline, a damaged
 * file): the events are then shown in their own words, each marked "not translated".
 */
export function fetchBundledWords(language: string): Promise<EventWords | null> {
  const url = files[language];
  if (url === undefined) return Promise.resolve(null);
  let words = asked.get(language);
  if (!words) {
    words = fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => readLanguageFile(json, language))
      .catch(() => null);
    asked.set(language, words);
    void words.then((read) => {
      if (read === null) asked.delete(language);
    });
  }
  return words;
}

/**
 * The given events with every language's words the bundled translations have for them, without
 * changing what the page shows (for a download); the events as they are where a file cannot be had.
 */
export async function withEveryTranslation(events: readonly MapEvent[]): Promise<readonly MapEvent[]> {
  const languages = Object.keys(files);
  const words = await Promise.all(languages.map((language) => fetchBundledWords(language)));
  return languages.reduce(
    (merged, language, i) => (words[i] ? withTranslations(merged, language, words[i]) : merged),
    events,
  );
}

/**
 * Puts the words of the given languages on the bundled events, where the page shows them (nothing
 * for any other data, or for languages already there). Resolves when they are there, or cannot be.
 */
export async function translateBundled(store: AppStore, languages: readonly string[]): Promise<void> {
  const wanted = [...new Set(languages)].filter((tag) => files[tag] !== undefined);
  await Promise.all(
    wanted.map(async (language) => {
      const words = await fetchBundledWords(language);
      const state = store.getState();
      if (!words || !state.dataset || !state.bundledLanguages || state.bundledLanguages.includes(language))
        return;
      state.bundledTranslated(language, withTranslations(state.dataset.events, language, words));
    }),
  );
}
