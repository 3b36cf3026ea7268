import { useEffect } from 'react';
import { appStore, useAppStore } from '../store/app-store';
import { bundledLanguageFor, translateBundled } from '../store/bundled-translations';

/**
 * Keeps the bundled events' words in the language shown: when the reader picks another language,
 * its words for the events are fetched (once) and put on them, so titles, summaries and place labels
 * follow the interface. Nothing for other data, which carries its own translations.
 */
export function useBundledWords(locale: string): void {
  const bundled = useAppStore((s) => s.bundledLanguages !== null);
  useEffect(
    function wordsInTheLanguageShown() {
      const language = bundledLanguageFor(locale);
      if (bundled && language) void translateBundled(appStore, [language]);
    },
    [locale, bundled],
  );
}
