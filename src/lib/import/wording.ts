import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { listIn } from '../i18n/intl';

/**
 * Small pieces the import's messages share, each in the language shown: the
 * messages themselves are whole sentences (see each reader), and these join
 * what only the file decides the number of.
 */

/** Complete clauses of one note joined as the language joins them: "a; b; c". */
export function clauses(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  return parts.reduce((all, next) =>
    t({
      comment:
        'Two complete clauses of one note about a reader’s file, joined: "was read day first; “03/04/2024” is 3 April 2024"',
      message: `${all}; ${next}`,
    }),
  );
}

/**
 * Names of which any one would do, as the language shown lists them: "Afghanistan,
 * Iran or Pakistan", "Афганистан или Пакистан" (Intl's disjunction, not "or" repeated).
 */
export function eitherOf(names: readonly string[]): string {
  return listIn(names, 'disjunction');
}

/**
 * A count written as the file's own numbers are (no thousands separator: "5000"),
 * in the digits of the language shown: where the English message always wrote it so.
 */
export function plainNumber(n: number): string {
  return i18n.number(n, { useGrouping: false });
}

/** The row or feature a message names: "Row 5", "Feature 0". */
export function rowName(row: number | null, index: number | null): string {
  if (row !== null) return t`Row ${row}`;
  const feature = index ?? '';
  return t`Feature ${feature}`;
}

/** A value that could not be read, and so was left out: "“lots” is not a number of people; left out". */
export function leftOut(error: string): string {
  return t({
    comment: '{error} says what is wrong with a value of the reader’s file',
    message: `${error}; left out`,
  });
}

/** Said of a field with nothing in it, after its name: "title: is empty". */
export function isEmpty(): string {
  return t({
    comment: 'Said of a field of a row of the reader’s file, after its name: "title: is empty"',
    message: 'is empty',
  });
}
