import { fetchCatalogue, setEnglish } from './catalogues';
import { localeInfo, type LocaleCode } from './locales';

/** The self-hosted face a language's script needs (see fonts/*.css), where the page's own has none. */
const FONTS: Partial<Record<LocaleCode, () => Promise<unknown>>> = {
  ar: () => import('./fonts/naskh.css'),
  fa: () => import('./fonts/naskh.css'),
  ps: () => import('./fonts/naskh.css'),
  ur: () => import('./fonts/nastaliq.css'),
};

/**
 * Fetches the stylesheet of a language's font, and the font itself, before the language is shown, so its
 * text never draws as empty boxes first. A font that does not arrive leaves the system's, if it has one.
 */
async function loadFont(code: LocaleCode): Promise<void> {
  const load = FONTS[code];
  if (!load || typeof document === 'undefined') return;
  try {
    await load();
    await document.fonts.load(code === 'ur' ? '1em "Noto Nastaliq Urdu"' : '1em "Noto Naskh Arabic"', 'ا');
  } catch {
    // Offline or refused: the text shows in whatever font the system has.
  }
}

/** The document speaks the language: `lang` for screen readers, fonts and hyphens; `dir` for the layout. */
function markDocument(code: LocaleCode): void {
  // Unit tests run without a document.
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = code === 'pseudo' ? 'en' : code;
  root.dir = localeInfo(code).dir;
}

/** English, at once: nothing to fetch. */
export function activateEnglish(): void {
  setEnglish();
  markDocument('en');
}

/**
 * Shows the interface in a language: its catalogue and its script's font are fetched first, then every
 * text changes at once, and the page turns to the language's direction.
 */
export async function activateLocale(code: LocaleCode): Promise<void> {
  const [setIt] = await Promise.all([fetchCatalogue(code), loadFont(code)]);
  setIt();
  markDocument(code);
}
