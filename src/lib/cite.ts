import { i18n } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { monthName } from './dates';

/** Citations of a view of the map: the dataset, its version, the link to the view, and when it was seen. */
export interface CiteInput {
  readonly title: string;
  readonly version: string | null;
  /** YYYY-MM-DD, when the dataset was last updated. */
  readonly updated: string | null;
  /** The permalink of the view. */
  readonly url: string;
  readonly accessed: Date;
  /** How many events the view shows, and of how many. */
  readonly shown: number;
  readonly total: number;
}

/** The months as MLA writes them: abbreviated, but for the short names. */
const MLA_MONTHS = [
  msg({ context: 'MLA citation', comment: 'January as an MLA citation abbreviates it', message: 'Jan.' }),
  msg({ context: 'MLA citation', comment: 'February as an MLA citation abbreviates it', message: 'Feb.' }),
  msg({ context: 'MLA citation', comment: 'March as an MLA citation abbreviates it', message: 'Mar.' }),
  msg({ context: 'MLA citation', comment: 'April as an MLA citation abbreviates it', message: 'Apr.' }),
  msg({
    context: 'MLA citation',
    comment: 'The month May in an MLA citation (not abbreviated)',
    message: 'May',
  }),
  msg({ context: 'MLA citation', comment: 'June in an MLA citation (not abbreviated)', message: 'June' }),
  msg({ context: 'MLA citation', comment: 'July in an MLA citation (not abbreviated)', message: 'July' }),
  msg({ context: 'MLA citation', comment: 'August as an MLA citation abbreviates it', message: 'Aug.' }),
  msg({ context: 'MLA citation', comment: 'September as an MLA citation abbreviates it', message: 'Sept.' }),
  msg({ context: 'MLA citation', comment: 'October as an MLA citation abbreviates it', message: 'Oct.' }),
  msg({ context: 'MLA citation', comment: 'November as an MLA citation abbreviates it', message: 'Nov.' }),
  msg({ context: 'MLA citation', comment: 'December as an MLA citation abbreviates it', message: 'Dec.' }),
];

function parts(date: Date) {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

function publicationYear(input: CiteInput): string {
  return input.updated?.slice(0, 4) ?? String(input.accessed.getUTCFullYear());
}

/** The author both citations name. */
function author(): string {
  return t({
    comment: 'The author of the data set, as a citation names it',
    message: 'wherewhen contributors',
  });
}

/** "23 Nov. 2026": a date as MLA writes it (month index from 0). */
function mlaDate(y: number, m: number, d: number): string {
  const day = i18n.number(d);
  const month = i18n._(MLA_MONTHS[m]!);
  const year = plain(y);
  return t({
    comment: 'A date in an MLA citation: "23 Nov. 2026"; {month} is the month as MLA abbreviates it',
    // eslint-disable-next-line lingui/no-single-variables-to-translate -- the order of day, month and year is the language's
    message: `${day} ${month} ${year}`,
  });
}

/** A count as the citation writes it: in the digits of the language shown, with no thousands separator. */
function plain(n: number): string {
  return i18n.number(n, { useGrouping: false });
}

/** APA (7th edition) reference for a data set, with the retrieval date because the view can change. */
export function citeApa(input: CiteInput): string {
  const { y, m, d } = parts(input.accessed);
  const { title, url } = input;
  const version = input.version;
  const versionText = version
    ? ` (${t({ comment: 'The version of a data set in an APA citation: "(Version 1.0.0)"', message: `Version ${version}` })})`
    : '';
  const shown = plain(input.shown);
  const total = plain(input.total);
  const count = input.total;
  const view = t({
    comment:
      'In an APA citation, in square brackets after the title: what is cited ("Data set" is the kind of work)',
    message: plural(count, { other: `Data set; map view of ${shown} of ${total} events` }),
  });
  const month = monthName(m + 1);
  const day = i18n.number(d);
  const year = plain(y);
  const retrieved = t({
    comment:
      'The end of an APA citation: "Retrieved November 30, 2026, from https://…"; {month} is the name of the month',
    message: `Retrieved ${month} ${day}, ${year}, from ${url}`,
  });
  return `${author()}. (${publicationYear(input)}). ${title}${versionText} [${view}]. wherewhen. ${retrieved}`;
}

/** MLA (9th edition) works-cited entry, with the access date. */
export function citeMla(input: CiteInput): string {
  const { y, m, d } = parts(input.accessed);
  const { title, url } = input;
  const version = input.version;
  const versionText = version
    ? `, ${t({ comment: 'The version of a data set in an MLA citation: "version 1.0.0"', message: `version ${version}` })}`
    : '';
  const updated = input.updated
    ? (() => {
        const [uy, um, ud] = input.updated.split('-').map(Number) as [number, number, number];
        return `, ${mlaDate(uy, um - 1, ud)}`;
      })()
    : '';
  const shown = plain(input.shown);
  const total = plain(input.total);
  const count = input.total;
  const view = t({
    comment: 'In an MLA citation, after the title and date: what is cited',
    message: plural(count, { other: `map view of ${shown} of ${total} events` }),
  });
  const date = mlaDate(y, m, d);
  const accessed = t({
    comment: 'The end of an MLA citation: "Accessed 30 Nov. 2026."',
    message: `Accessed ${date}.`,
  });
  return `${author()}. "${title}." wherewhen${versionText}${updated}, ${view}, ${url}. ${accessed}`;
}
