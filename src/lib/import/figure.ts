/** Numbers of people killed or wounded, as sources and spreadsheets write them. */
import { t } from '@lingui/core/macro';

export interface Figure {
  /** The number used for marker size and sums: the lower bound where the figure is vague. */
  readonly value: number;
  /** The figure as the file gives it. */
  readonly text: string;
  readonly approximate: boolean;
  /** Only where the text is a reading of the source rather than its words. */
  readonly reading?: string;
}

export type FigureResult = { figure: Figure } | { empty: true } | { error: string };

const UNKNOWN = new Set(['', '-', '--', '?', 'n/a', 'na', 'nan', 'null', 'unknown', 'not known', 'unclear']);

const APPROXIMATE =
  /^(?:about|around|approx\.?|approximately|roughly|nearly|almost|over|more than|at least|some|up to|circa|c\.|ca\.|~|>|≈|estimated)\s*/;

const WORDS: Record<string, { value: number; approximate: boolean }> = {
  none: { value: 0, approximate: false },
  zero: { value: 0, approximate: false },
  one: { value: 1, approximate: false },
  two: { value: 2, approximate: false },
  three: { value: 3, approximate: false },
  four: { value: 4, approximate: false },
  five: { value: 5, approximate: false },
  six: { value: 6, approximate: false },
  seven: { value: 7, approximate: false },
  eight: { value: 8, approximate: false },
  nine: { value: 9, approximate: false },
  ten: { value: 10, approximate: false },
  eleven: { value: 11, approximate: false },
  twelve: { value: 12, approximate: false },
  dozen: { value: 12, approximate: true },
  'a dozen': { value: 12, approximate: true },
  dozens: { value: 24, approximate: true },
  scores: { value: 40, approximate: true },
  hundreds: { value: 200, approximate: true },
  thousands: { value: 2000, approximate: true },
};

/**
 * "12", "12.0", "1,818", "1 818" (exact); "about 50", "50+", "50-60", "dozens"
 * (approximate, the lower bound). Blank or "unknown" is empty; anything else an error.
 */
export function parseFigure(value: unknown): FigureResult {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0
      ? { figure: { value, text: String(value), approximate: false } }
      : { error: t`${value} is not a whole number of people` };
  }
  if (value === null || value === undefined) return { empty: true };
  if (typeof value !== 'string') {
    return {
      error: t({
        comment: 'Said of a field of a row, after its name: "killed: is not a number of people"',
        message: 'is not a number of people',
      }),
    };
  }
  const text = value.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  if (UNKNOWN.has(lower)) return { empty: true };

  const prefix = APPROXIMATE.exec(lower);
  let rest = prefix ? lower.slice(prefix[0].length) : lower;
  let approximate = prefix !== null;
  if (rest.endsWith('+')) {
    rest = rest.slice(0, -1).trim();
    approximate = true;
  }
  const range = /^(.+?)\s*(?:-|–|to)\s*(.+)$/.exec(rest);
  if (range && count(range[1]!) !== null && count(range[2]!) !== null) {
    rest = range[1]!;
    approximate = true;
  }
  const n = count(rest);
  if (n !== null && Number.isSafeInteger(n)) {
    return { figure: { value: n, text, approximate } };
  }
  const word = WORDS[rest];
  if (word) return { figure: { value: word.value, text, approximate: approximate || word.approximate } };
  return { error: t`"${text}" is not a number of people` };
}

function count(text: string): number | null {
  const t = text.trim();
  if (/^\d+(\.0+)?$/.test(t)) return Number(t);
  if (/^\d{1,3}([, ]\d{3})+$/.test(t)) return Number(t.replace(/[, ]/g, ''));
  return null;
}
