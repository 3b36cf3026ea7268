import { parseDataHosts, type DataHosts } from './lib/data-hosts';

/**
 * Settings a site owner may change before building. Everything here defaults
 * to private and offline: the app talks to no host but the one serving it.
 */

export interface TileLayerConfig {
  /**
   * A Leaflet URL template, e.g. 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
   * or a path on the app's own host, e.g. './tiles/{z}/{x}/{y}.png'.
   */
  url: string;
  /** Shown in the map's corner, as the tile provider's terms require. Plain text. */
  attribution: string;
  maxZoom: number;
}

/**
 * An optional raster tile layer drawn under the country outlines and the
 * event markers. Off (null) by default: a tile server is a third party that
 * learns where every reader looks. To use OpenStreetMap's tiles (mind their
 * usage policy), set:
 *
 *   const tileLayerInCode: TileLayerConfig | null = {
 *     url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
 *     attribution: '© OpenStreetMap contributors',
 *     maxZoom: 19,
 *   };
 *
 * or, without editing this file, build with the environment variables
 * VITE_TILE_URL, VITE_TILE_ATTRIBUTION and VITE_TILE_MAX_ZOOM (default 19),
 * which win over the setting here:
 *
 *   VITE_TILE_URL='https://tile.openstreetmap.org/{z}/{x}/{y}.png' \
 *   VITE_TILE_ATTRIBUTION='© OpenStreetMap contributors' npm run build
 */
const tileLayerInCode: TileLayerConfig | null = null;

/** The build environment's tile settings: Vite's `import.meta.env` (see env.d.ts), or `loadEnv` in vite.config.ts. */
export type TileEnv = Pick<ImportMetaEnv, 'VITE_TILE_URL' | 'VITE_TILE_ATTRIBUTION' | 'VITE_TILE_MAX_ZOOM'>;

/**
 * The tile layer a build uses: from the environment when VITE_TILE_URL is
 * set, else the one set above. A setting that cannot work throws, so the
 * build fails with the reason instead of shipping a broken map.
 */
export function tileLayerFrom(env: TileEnv | undefined): TileLayerConfig | null {
  const url = env?.VITE_TILE_URL?.trim();
  if (!url) return tileLayerInCode;
  const where = /^https?:\/\/[^/?#]+\//i.test(url) || /^\.{0,2}\/(?!\/)/.test(url);
  if (!where || !['{z}', '{x}', '{y}'].every((p) => url.includes(p))) {
    throw new Error(
      `VITE_TILE_URL must be an http(s) address or a path ("/..." or "./...") with {z}, {x} and {y} in it, not "${url}"`,
    );
  }
  const zoom = env?.VITE_TILE_MAX_ZOOM?.trim() || '19';
  if (!/^\d{1,2}$/.test(zoom) || Number(zoom) > 22) {
    throw new Error(`VITE_TILE_MAX_ZOOM must be a whole number from 0 to 22, not "${zoom}"`);
  }
  return { url, attribution: env?.VITE_TILE_ATTRIBUTION?.trim() ?? '', maxZoom: Number(zoom) };
}

/**
 * The tile layer of this build. Without VITE_TILE_URL the condition is a
 * constant Vite writes in, so the tile code is left out of the bundle.
 * `import.meta.env` is undefined when csp.ts loads this file into
 * vite.config.ts, which reads the environment itself: hence `?.`.
 */
export const tileLayer: TileLayerConfig | null = import.meta.env?.VITE_TILE_URL
  ? tileLayerFrom(import.meta.env)
  : tileLayerInCode;

/**
 * Where `?data=<url>` may load events from, besides this site's own host:
 * 'any' https host (the default), the reader being asked before the first
 * load from each (an embed loads what its page chose, naming the host); or
 * a list of origins, the only ones allowed, loaded without asking:
 *
 *   const dataHostsInCode: DataHosts = ['https://data.example.org'];
 *
 * or, without editing this file, build with VITE_DATA_HOSTS, which wins over
 * the setting here (origins separated by commas):
 *
 *   VITE_DATA_HOSTS='https://data.example.org,https://other.example.org' npm run build
 *
 * The Content-Security-Policy (csp.ts) follows: `connect-src 'self' https:`,
 * or 'self' and the listed origins.
 */
const dataHostsInCode: DataHosts = 'any';

/** The build environment's data hosts setting (see env.d.ts). */
export type DataEnv = Pick<ImportMetaEnv, 'VITE_DATA_HOSTS'>;

/** The data hosts a build uses: VITE_DATA_HOSTS when set (checked: a bad one throws), else the setting above. */
export function dataHostsFrom(env: DataEnv | undefined): DataHosts {
  const list = env?.VITE_DATA_HOSTS?.trim();
  return list ? parseDataHosts(list) : dataHostsInCode;
}

/**
 * The data hosts of this build. Without VITE_DATA_HOSTS the condition is a
 * constant Vite writes in, so the list's parser is left out of the bundle.
 * `import.meta.env` is undefined when csp.ts loads this file: hence `?.`.
 */
export const dataHosts: DataHosts = import.meta.env?.VITE_DATA_HOSTS
  ? dataHostsFrom(import.meta.env)
  : dataHostsInCode;
