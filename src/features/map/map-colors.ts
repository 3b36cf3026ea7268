/** The colours the map draws by script (Leaflet's paths, the canvases), by the custom property that holds each. */
const PROPERTIES = {
  land: '--land',
  countryLine: '--country-line',
  markerOutline: '--marker-outline',
  hollowFill: '--hollow-fill',
  hollowEdge: '--hollow-edge',
  labelInk: '--label-ink',
  labelHalo: '--label-halo',
  countryInk: '--country-ink',
} as const;

export type MapColors = Record<keyof typeof PROPERTIES, string>;

/** What changes the custom properties: the colour scheme, and printing (the dark scheme is for screens). */
const QUERIES = ['(prefers-color-scheme: dark)', 'print'];

let current: MapColors | null = null;

/**
 * The map's colours as the stylesheet sets them for the scheme in force
 * (app.css holds them all), read once and kept until the scheme changes.
 */
export function mapColors(): MapColors {
  if (!current) {
    const style = getComputedStyle(document.documentElement);
    current = Object.fromEntries(
      Object.entries(PROPERTIES).map(([key, name]) => [key, style.getPropertyValue(name).trim()]),
    ) as MapColors;
  }
  return current;
}

/** Calls back after the colour scheme changes (or the page goes to print and back); returns the way to stop. */
export function onMapColorsChange(listener: () => void): () => void {
  const lists = QUERIES.map((query) => window.matchMedia(query));
  const changed = () => {
    current = null;
    listener();
  };
  for (const list of lists) list.addEventListener('change', changed);
  return () => {
    for (const list of lists) list.removeEventListener('change', changed);
  };
}
