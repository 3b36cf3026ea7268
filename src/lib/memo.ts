/**
 * Remembers the last result of `compute` and gives it again while every
 * argument is the same (by identity, `Object.is`) as last time: one cached
 * result, as a selector needs when every reader asks about the same state.
 */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
