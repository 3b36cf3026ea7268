import { i18n, type Messages } from '@lingui/core';
import { localeInfo, type LocaleCode } from './locales';

/*
 * Every message the page shows is compiled at build time: English by scripts/vite-lingui-macros.ts,
 * the catalogues by @lingui/vite-plugin. A message left as a string there is plain text, with nothing
 * to compile; but Lingui, given no compiler, warns of every such string each time it is shown
 * (hundreds of warnings on an English page). Outside development (where Lingui sets its own parser),
 * the compiler is one that gives plain text back as one token of text.
 */
if (import.meta.env.PROD) i18n.setMessagesCompiler((message) => [message]);

/** Every other language's catalogue is a chunk of its own, fetched only for a reader who reads it. */
const CATALOGUES = import.meta.glob<{ messages: Messages }>('../../locales/*/messages.po');

function catalogue(code: LocaleCode): Promise<{ messages: Messages }> {
  if (code === 'pseudo') return import('virtual:pseudo-messages');
  const load = CATALOGUES[`../../locales/${code}/messages.po`];
  if (!load) return Promise.reject(new Error(`No catalogue for the language '${code}'`));
  return load();
}

/**
 * English needs no catalogue: each message is compiled into the code that shows it (see
 * scripts/vite-lingui-macros.ts), so the page can draw at once, before anything else arrives.
 */
export function setEnglish(): void {
  i18n.loadAndActivate({ locale: 'en', locales: [localeInfo('en').intl], messages: {} });
}

/** Fetches a language's catalogue; calling what it returns then makes it the language every message is written in. */
export async function fetchCatalogue(code: LocaleCode): Promise<() => void> {
  if (code === 'en') return setEnglish;
  const { messages } = await catalogue(code);
  const info = localeInfo(code);
  const locales = info.intlFallback ? [info.intl, info.intlFallback] : [info.intl];
  return () => i18n.loadAndActivate({ locale: code, locales, messages });
}

/** Where there is no page (a worker): the language the page asked for, fetched and made current. */
export async function setLanguage(code: LocaleCode): Promise<void> {
  (await fetchCatalogue(code))();
}
