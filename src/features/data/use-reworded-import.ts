import { useEffect } from 'react';
import type { LocaleCode } from '../../lib/i18n/locales';
import { appStore } from '../../store/app-store';

/**
 * Keeps the report of a reader's file in the language shown: the file-reading worker writes its
 * notes in the page's language of that moment, so when the reader picks another, the file is read
 * again (off the page's thread, from the bytes the store kept) and its report, issues and made-up
 * words replaced. The view stays as it is.
 */
export function useRewordedImport(locale: string): void {
  useEffect(
    function readAgainInTheLanguageShown() {
      const imported = appStore.getState().imported;
      // Read in this language already (the first render after a file is shown is in its language).
      if (!imported || imported.locale === locale) return;
      const controller = new AbortController();
      // The reader (a lazy chunk) is only needed once a file is in.
      import('./read-file')
        .then(({ readFile }) =>
          readFile(
            {
              name: imported.name,
              input: imported.source.input,
              options: imported.options,
              locale: locale as LocaleCode,
            },
            controller.signal,
          ),
        )
        .then(
          (read) => {
            if (read.kind !== 'read' || controller.signal.aborted) return;
            appStore.getState().importReworded(imported, read, locale);
          },
          // A failed second reading leaves the report in the language it was made in.
          () => undefined,
        );
      return () => controller.abort();
    },
    [locale],
  );
}
