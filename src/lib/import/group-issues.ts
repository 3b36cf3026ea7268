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
  if (kind === 'file' || places.length === 0) return 'The file';
  const word = kind === 'row' ? 'row' : 'feature';
  if (places.length === 1) return `${capitalise(word)} ${places[0]}`;
  const ranges = toRanges(places);
  const shown = ranges.slice(0, RANGES_SHOWN).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  const hidden = ranges.length - shown.length;
  const list =
    hidden > 0
      ? `${shown.join(', ')} and ${hidden.toLocaleString('en-GB')} more ranges`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
        : shown[0];
  return `${places.length.toLocaleString('en-GB')} ${word}s (${word}s ${list})`;
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

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
