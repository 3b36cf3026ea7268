import { plural, t } from '@lingui/core/macro';
import { listIn } from '../i18n/intl';
import { rowName } from './wording';
import type { ImportIssue } from './types';

/** One problem the same in many rows: said once, with the rows it is in. */
export interface IssueGroup {
  /** The first row's issue: field, column, problem and fix are the same in every row of the group. */
  readonly issue: ImportIssue;
  /** Spreadsheet rows (CSV) or feature indexes (GeoJSON), in the file's order; empty for the file itself. */
  readonly places: readonly number[];
  readonly kind: 'row' | 'feature' | 'file';
}

/**
 * Issues with the same field, column, problem and fix, grouped in the order
 * they first appear, so 456 rows with the same unknown category make one line
 * ("456 rows (rows 2-457): ...") rather than 456.
 */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  const groups = new Map<string, { issue: ImportIssue; places: number[]; kind: IssueGroup['kind'] }>();
  for (const issue of issues) {
    const kind = issue.row !== null ? 'row' : issue.feature !== null ? 'feature' : 'file';
    const key = JSON.stringify([kind, issue.field, issue.column, issue.problem, issue.fix]);
    let group = groups.get(key);
    if (!group) {
      group = { issue, places: [], kind };
      groups.set(key, group);
    }
    const place = issue.row ?? issue.feature;
    if (place !== null && group.places[group.places.length - 1] !== place) group.places.push(place);
  }
  return [...groups.values()];
}

/** How many ranges of rows a group names before "and N more". */
const RANGES_SHOWN = 8;

/**
 * Where a group's problem is: "Row 5", "Feature 0", "456 rows (rows 2-457)",
 * "3 rows (rows 2, 5 and 9)", "The file".
 */
export function groupPlace(group: IssueGroup): string {
  const { places, kind } = group;
  if (kind === 'file' || places.length === 0) {
    return t({
      comment: 'Where a problem is: in the reader’s file as a whole, not in one of its rows',
      message: 'The file',
    });
  }
  if (places.length === 1) {
    const place = places[0]!;
    return kind === 'row' ? rowName(place, null) : rowName(null, place);
  }
  const ranges = toRanges(places);
  const shown = ranges
    .slice(0, RANGES_SHOWN)
    .map(([first, last]) =>
      first === last
        ? `${first}`
        : t({ comment: 'A range of row numbers of the reader’s file: "2-457"', message: `${first}-${last}` }),
    );
  const hidden = ranges.length - shown.length;
  if (hidden > 0) shown.push(plural(hidden, { one: '# more range', other: '# more ranges' }));
  const list = listIn(shown, 'conjunction');
  const count = places.length;
  return kind === 'row'
    ? plural(count, { one: `# row (row ${list})`, other: `# rows (rows ${list})` })
    : plural(count, { one: `# feature (feature ${list})`, other: `# features (features ${list})` });
}

/** Sorted runs of consecutive numbers: [2, 3, 4, 9] -> [[2, 4], [9, 9]]. */
function toRanges(sorted: readonly number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
}
