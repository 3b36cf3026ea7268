/** Text from a reader's file, made safe to show: plain, trimmed, without control characters, capped. */

/** Control characters other than tab, line feed and carriage return (C0, DEL and C1). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Anything cleanText would change: control characters, white space other than single inner spaces. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F]|[^\S ]| {2}|^ | $/;

/** How many characters we keep of each kind of text. */
export const CAPS = { title: 300, summary: 5000, other: 500 } as const;

/**
 * The text of a cell: strings as they are, numbers and booleans written out,
 * lists of plain values joined with "; ". Anything else is not text: null.
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (
    Array.isArray(value) &&
    value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  ) {
    return value
      .filter((v) => v !== null && v !== '')
      .map(String)
      .join('; ');
  }
  return null;
}

/**
 * Removes control characters and trims. Single-line text has every run of
 * white space turned into one space; multi-line text keeps its line breaks
 * (at most one blank line in a row).
 */
export function cleanText(text: string, multiline = false): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  const plain = text.replace(CONTROL, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
  if (!multiline) return plain.replace(/\s+/g, ' ').trim();
  return plain
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text cut to at most `max` characters (whole code points), and whether it was cut. */
export function capText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const points = Array.from(text);
  if (points.length <= max) return { text, cut: false };
  return { text: points.slice(0, max).join('').trimEnd(), cut: true };
}

/** "Kabul Airport, 2021!" -> "kabul-airport-2021": lower-case letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The part of a place name before its first comma, at most 40 characters: a map label. */
export function placeLabel(name: string): string {
  const head = name.split(',')[0]!.trim() || name.trim();
  return capText(head, 40).text;
}
