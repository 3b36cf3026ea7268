/**
 * What a canvas needs to draw a text as the page would: a font with its script's letters, the
 * direction it reads in, and no letter spacing where letters join. A canvas neither falls back to
 * the page's `:lang()` fonts nor reads a text's direction from it: each label says its own.
 */

/** The page's own faces (`--page-fonts` in app.css): what Latin and Cyrillic text is drawn in. */
export const PAGE_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The face the page draws Arabic, Dari, Pashto and, on controls, Urdu in (lib/i18n/fonts): first for
 * text in that script, as its self-hosted file has no `unicode-range` and would take Latin too. Urdu
 * labels are drawn in it rather than Nastaliq, whose letters climb and fall far beyond a label's line.
 */
export const ARABIC_FACE = '"Noto Naskh Arabic"';

/** Arabic script, its supplements and presentation forms, Arabic-Indic digits included. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Whether a text has letters or digits of the Arabic script. */
export function isArabicScript(text: string): boolean {
  return ARABIC.test(text);
}

/** The direction a text reads in, from its first letter, as `dir="auto"` finds it; left to right without one. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  // Digits, spaces and punctuation are weak: the first letter decides.
  for (const char of text) if (/\p{L}/u.test(char)) return RIGHT_TO_LEFT.test(char) ? 'rtl' : 'ltr';
  return 'ltr';
}

/** A canvas font for a text: `style` is its weight and size ("600 12px"), the faces follow its script. */
export function canvasFont(style: string, text: string): string {
  return isArabicScript(text) ? `${style} ${ARABIC_FACE}, ${PAGE_FONTS}` : `${style} ${PAGE_FONTS}`;
}

/** Letter spacing for a text: none in a joined script, whose letters spacing would cut apart. */
export function letterSpacing(spacing: string, text: string): string {
  return isArabicScript(text) ? '0px' : spacing;
}
