import { useEffect, useRef, useState } from 'react';

/** A ref and the current content width of the element it is attached to. */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(function observeWidth() {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return function unobserve() {
      observer.disconnect();
    };
  }, []);
  return [ref, width] as const;
}
