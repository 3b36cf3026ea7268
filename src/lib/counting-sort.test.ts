import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKey, sortDistinct } from './counting-sort';

describe('orderByKey', () => {
  it('orders positions by key, equal keys by position, as a comparator sort does', () => {
    const keys = fc.oneof(
      fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 200 }),
      fc.array(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), { maxLength: 60 }),
    );
    fc.assert(
      fc.property(keys, (list) => {
        const expected = list.map((_, i) => i).sort((a, b) => list[a]! - list[b]! || a - b);
        expect([...orderByKey(Int32Array.from(list))]).toEqual(expected);
      }),
    );
  });
});

describe('sortDistinct', () => {
  it('sorts distinct values below the limit, few or many', () => {
    const sets = fc
      .integer({ min: 1, max: 3000 })
      .chain((limit) =>
        fc.tuple(fc.constant(limit), fc.uniqueArray(fc.nat({ max: limit - 1 }), { maxLength: limit })),
      );
    fc.assert(
      fc.property(sets, ([limit, list]) => {
        const expected = [...list].sort((a, b) => a - b);
        expect([...sortDistinct(Int32Array.from(list), limit)]).toEqual(expected);
      }),
    );
  });
});
