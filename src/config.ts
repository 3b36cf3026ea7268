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
