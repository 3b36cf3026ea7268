import { useEffect, useState } from 'react';

/**
 * `value` once it has stood still for `ms`; until then, the last value that did. For what is
 * costly to update on every step of a drag and can follow a moment later.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleLater() {
      if (Object.is(value, settled)) return;
      const timer = setTimeout(() => setSettled(value), ms);
      return () => clearTimeout(timer);
    },
    [value, settled, ms],
  );
  return settled;
}
