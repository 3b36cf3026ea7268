import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';
import { LOCALES } from './src/lib/i18n/locales';

/**
 * The interface's languages: English is the source, written in the code; each other language is one
 * catalogue, `src/locales/<code>/messages.po`. `?lang=pseudo` shows English accented and made longer,
 * made from the English catalogue at build time (`pseudoCatalogue` in scripts/vite-lingui-macros.ts).
 * Adding a language: a line in src/lib/i18n/locales.ts, then `npm run messages` makes its catalogue (see the README).
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: LOCALES.map((l) => l.code),
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/*.bench.ts', '**/components/Trans.tsx'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'message',
  // Every <Trans> renders through src/components/Trans.tsx, which keeps text from the data as text.
  runtimeConfigModule: { Trans: ['wherewhen-trans', 'Trans'] },
});
