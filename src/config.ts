/**
 * Settings a site owner may change before building. Everything here defaults
 * to private and offline: the app talks to no host but the one serving it.
 */

export interface TileLayerConfig {
  /** A Leaflet URL template, e.g. 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'. */
  url: string;
  /** Shown in the map's corner, as the tile provider's terms require. Plain text. */
  attribution: string;
  maxZoom: number;
}

/**
 * An optional raster tile layer drawn under the event markers. Off (null) by
 * default: a tile server is a third party that learns where every reader looks.
 * To use OpenStreetMap's tiles (mind their usage policy), set:
 *
 *   tileLayer: {
 *     url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
 *     attribution: '© OpenStreetMap contributors',
 *     maxZoom: 19,
 *   },
 */
export const tileLayer: TileLayerConfig | null = null;

/**
 * Hosts (origins such as 'https://data.example.org') that `?data=<url>` may
 * load a dataset from. The Content-Security-Policy allows only these besides
 * the app's own host. Empty by default.
 */
export const dataHosts: readonly string[] = [];
