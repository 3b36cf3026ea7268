import { describe, expect, it } from 'vitest';
import { groupIssues, groupPlace } from './group-issues';
import type { ImportIssue } from './types';

const issue = (row: number | null, problem: string, feature: number | null = null): ImportIssue => ({
  row,
  feature,
  id: null,
  field: 'category',
  column: 'type',
  problem,
  fix: 'Use one of ours',
});

describe('groupIssues', () => {
  it('says a problem shared by 456 rows once, with their range', () => {
    const issues = Array.from({ length: 456 }, (_, i) =>
      issue(i + 2, 'category "earthquake" is not one of ours'),
    );
    const groups = groupIssues(issues);
    expect(groups).toHaveLength(1);
    expect(groupPlace(groups[0]!)).toBe('456 rows (rows 2-457)');
  });

  it('keeps different problems apart, in the order they first appear', () => {
    const groups = groupIssues([issue(2, 'b'), issue(3, 'a'), issue(4, 'b')]);
    expect(groups.map((g) => [g.issue.problem, groupPlace(g)])).toEqual([
      ['b', '2 rows (rows 2 and 4)'],
      ['a', 'Row 3'],
    ]);
  });

  it('names features by index and the file by itself', () => {
    expect(groupPlace(groupIssues([issue(null, 'x', 0)])[0]!)).toBe('Feature 0');
    expect(groupPlace(groupIssues([issue(null, 'x', 0), issue(null, 'x', 1)])[0]!)).toBe(
      '2 features (features 0-1)',
    );
    expect(groupPlace(groupIssues([issue(null, 'x')])[0]!)).toBe('The file');
  });

  it('counts a row once when it has the same problem twice, and shortens a long list of ranges', () => {
    const rows = [2, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22];
    const group = groupIssues(rows.map((r) => issue(r, 'x')))[0]!;
    expect(group.places).toHaveLength(11);
    expect(groupPlace(group)).toBe('11 rows (rows 2, 4, 6, 8, 10, 12, 14, 16 and 3 more ranges)');
  });
});
