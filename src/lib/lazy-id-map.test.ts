import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyIdMap } from './lazy-id-map';

const ids = fc.array(fc.string({ maxLength: 4 }), { maxLength: 40 });

describe('LazyIdMap', () => {
  it('answers as a Map of every id to its last position would', () => {
    fc.assert(
      fc.property(ids, fc.string({ maxLength: 4 }), (list, probe) => {
        const events = list.map((id) => ({ id }));
        const eager = new Map(list.map((id, i) => [id, i]));
        const lazy = new LazyIdMap(events);
        expect(lazy.get(probe)).toBe(eager.get(probe));
        expect(lazy.has(probe)).toBe(eager.has(probe));
        expect(lazy.size).toBe(eager.size);
        expect([...lazy]).toEqual([...eager]);
        expect([...lazy.keys()]).toEqual([...eager.keys()]);
        expect([...lazy.values()]).toEqual([...eager.values()]);
      }),
    );
  });

  it('reads the events only when first asked', () => {
    let reads = 0;
    const events = [
      {
        get id() {
          reads++;
          return 'a';
        },
      },
    ];
    const lazy = new LazyIdMap(events);
    expect(reads).toBe(0);
    expect(lazy.get('a')).toBe(0);
    expect(lazy.has('a')).toBe(true);
    expect(reads).toBe(1);
  });

  it('passes each entry and itself to forEach', () => {
    const lazy = new LazyIdMap([{ id: 'x' }, { id: 'y' }]);
    const seen: unknown[] = [];
    lazy.forEach((position, id, map) => seen.push([id, position, map === lazy]));
    expect(seen).toEqual([
      ['x', 0, true],
      ['y', 1, true],
    ]);
  });
});
