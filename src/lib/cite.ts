import { MONTHS } from './dates';

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

const AUTHOR = 'wherewhen contributors';
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

function parts(date: Date) {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

function year(input: CiteInput): string {
  return input.updated?.slice(0, 4) ?? String(input.accessed.getUTCFullYear());
}

/** APA (7th edition) reference for a data set, with the retrieval date because the view can change. */
export function citeApa(input: CiteInput): string {
  const { y, m, d } = parts(input.accessed);
  const version = input.version ? ` (Version ${input.version})` : '';
  return `${AUTHOR}. (${year(input)}). ${input.title}${version} [Data set; map view of ${input.shown} of ${input.total} events]. wherewhen. Retrieved ${MONTHS[m]} ${d}, ${y}, from ${input.url}`;
}

/** MLA (9th edition) works-cited entry, with the access date. */
export function citeMla(input: CiteInput): string {
  const { y, m, d } = parts(input.accessed);
  const version = input.version ? `, version ${input.version}` : '';
  const updated = input.updated
    ? (() => {
        const [uy, um, ud] = input.updated.split('-').map(Number) as [number, number, number];
        return `, ${ud} ${MLA_MONTHS[um - 1]} ${uy}`;
      })()
    : '';
  return `${AUTHOR}. "${input.title}." wherewhen${version}${updated}, map view of ${input.shown} of ${input.total} events, ${input.url}. Accessed ${d} ${MLA_MONTHS[m]} ${y}.`;
}
