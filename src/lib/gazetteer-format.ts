/**
 * What the build (gazetteer-encode.ts) and the app (gazetteer.ts) agree on:
 * the asset's first line and how names are compared.
 */

/** The first line of the asset: this tag, the format's version, the population floor, the source. */
export const FORMAT_TAG = 'wherewhen-gazetteer';
export const FORMAT_VERSION = '1';

/** Letters NFKD does not take the accent off. */
const FOLDS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
};

/**
 * A name as it is compared: without case, accents, spaces or punctuation, and
 * "St."/"Saint", "Ste"/"Sainte" alike. "Saint-Étienne" and "St Etienne" -> "stetienne".
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðßæœþħ]/g, (c) => FOLDS[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/\b(saint|st)\b/g, 'st')
    .replace(/\b(sainte|ste)\b/g, 'ste')
    .replace(/[^\p{L}\p{N}]|\p{Lm}/gu, '');
}
