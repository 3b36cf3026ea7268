import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet measures its container only on window resizes; the map's box also
 * changes when parts of the page around it arrive (the timeline chart, notices)
 * or are opened, so the map is told whenever its own box changes size.
 */
export function TrackMapSize() {
  const map = useMap();
  useEffect(
    function trackSize() {
      const container = map.getContainer();
      let frame = 0;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => map.invalidateSize({ pan: false }));
      });
      observer.observe(container);
      return () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
