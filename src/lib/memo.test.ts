import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoLast } from './memo';

describe('memoLast', () => {
  it('computes again exactly when an argument is not the same as last time', () => {
    // Arguments drawn from a few objects and numbers, so repeats and changes both come up.
    const objects = [{}, {}, []];
    const arg = fc.oneof(fc.constantFrom(...objects), fc.integer({ min: 0, max: 2 }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(fc.tuple(arg, arg), { minLength: 1, maxLength: 30 }), (calls) => {
        let computed = 0;
        const memo = memoLast((a: unknown, b: unknown) => ({ a, b, n: ++computed }));
        let previous: { a: unknown; b: unknown; n: number } | null = null;
        let previousArgs: [unknown, unknown] | null = null;
        for (const [a, b] of calls) {
          const result = memo(a, b);
          const same =
            previousArgs !== null && Object.is(previousArgs[0], a) && Object.is(previousArgs[1], b);
          if (same) expect(result).toBe(previous);
          else expect(result.n).toBe(computed);
          expect([result.a, result.b]).toEqual([a, b]);
          previous = result;
          previousArgs = [a, b];
        }
      }),
    );
  });
});
