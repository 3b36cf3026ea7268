import { describe, expect, it } from 'vitest';
import { choicesOf, choose, FIELD_GROUPS, mappingOf } from './column-choices';
import { FIELDS, matchColumns } from './columns';

describe('column choices', () => {
  const match = matchColumns(['Titre', 'date', 'pays', 'notes', 'mystery']);

  it('lists every column in the file order with what it is read as', () => {
    expect([...choicesOf(match)]).toEqual([
      ['Titre', 'title'],
      ['date', 'date'],
      ['pays', 'country'],
      ['notes', 'summary'],
      ['mystery', null],
    ]);
  });

  it('reads a field from one column only: choosing it elsewhere frees the first', () => {
    const next = choose(choicesOf(match), 'mystery', 'title');
    expect(next.get('mystery')).toBe('title');
    expect(next.get('Titre')).toBeNull();
    expect(mappingOf(next).columns.title).toBe('mystery');
  });

  it('says what is still missing', () => {
    expect(mappingOf(choicesOf(match)).missing).toEqual(['location']);
    const placed = choose(choicesOf(match), 'mystery', 'place');
    expect(mappingOf(placed).missing).toEqual([]);
    expect(mappingOf(choose(placed, 'date', null)).missing).toEqual(['date']);
  });

  it('offers every field once', () => {
    const offered = FIELD_GROUPS.flatMap((g) => g.fields);
    expect([...offered].sort()).toEqual([...FIELDS].sort());
  });
});
