import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { activateLocale } from '../lib/i18n/activate';
import { LOCALES, type LocaleCode } from '../lib/i18n/locales';
import { languageInAddress, saveLocale } from '../lib/i18n/startup';
import './language-menu.css';

/** The interface's language: each named in itself, so a reader finds their own whatever is shown now. */
export function LanguageMenu() {
  const { i18n, t } = useLingui();
  const [failed, setFailed] = useState(false);
  const choose = (code: LocaleCode) => {
    activateLocale(code).then(
      () => {
        setFailed(false);
        saveLocale(code);
        // A choice, as a link's would be: the address keeps it, English too.
        languageInAddress(window, { locale: code, from: 'address', unknown: null });
      },
      () => setFailed(true),
    );
  };
  return (
    <div className="language-menu">
      <label>
        <span className="visually-hidden">{t`Language`}</span>
        <svg className="language-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" />
          <path
            d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13"
            fill="none"
            stroke="currentColor"
          />
        </svg>
        <select value={i18n.locale} onChange={(e) => choose(e.target.value as LocaleCode)}>
          {i18n.locale === 'pseudo' && <option value="pseudo">Ƥšéûđó</option>}
          {LOCALES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <p className="language-failed" role="alert">
          {t`That language could not be loaded. Check the connection and try again.`}
        </p>
      )}
    </div>
  );
}
