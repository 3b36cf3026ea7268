import { dataHostsFrom, tileLayerFrom, type DataEnv, type TileEnv, type TileLayerConfig } from './src/config';
import { dataConnectSources } from './src/lib/data-hosts';

/** The build settings the policy depends on: the tile server and the data hosts. */
export type BuildEnv = TileEnv & DataEnv;

/**
 * The Content-Security-Policy the app is served with: scripts, styles and
 * data only from the host serving it, images also from data:/blob: URLs and
 * a configured tile server, and `?data=` files from any https host, or only
 * from those a site owner lists (`src/config.ts` or VITE_DATA_HOSTS). Any
 * page may embed the map in a frame. `env` is the build environment, where a
 * tile server (VITE_TILE_URL) and the data hosts may be set.
 */

/**
 * The image source a tile server needs: its origin, with any {s} subdomain
 * as a wildcard ('https://*.tile.example.org'); none for tiles on the app's
 * own host, which 'self' covers.
 */
export function tileSource(tiles: TileLayerConfig | null): string[] {
  if (!tiles || !/^https?:\/\//i.test(tiles.url)) return [];
  const origin = new URL(tiles.url.replace('{s}', 'subdomain').replace(/\{[a-z]\}/g, 'a')).origin;
  return [origin.replace('//subdomain.', '//*.')];
}

export function contentSecurityPolicy(env: BuildEnv = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data: blob:", ...tileSource(tileLayerFrom(env))].join(' '),
    ["connect-src 'self'", ...dataConnectSources(dataHostsFrom(env))].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    'frame-ancestors *',
  ].join('; ');
}

/** Headers for every response: the policy, and no sniffing or referrers. */
export function securityHeaders(env: BuildEnv = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The build's scripts, styles, data and fonts: every file in `assets/` has a hash of its contents in
 * its name, so a browser keeps it for a year without asking again. A new build's files have new
 * names, and the page (never kept without asking: hosts revalidate it by default) names them.
 */
export const ASSETS_PATH = '/assets/';
export const ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The same headers as a `_headers` file, as Netlify and Cloudflare Pages read it. */
export function headersFile(env: BuildEnv = {}): string {
  const lines = Object.entries(securityHeaders(env)).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, `${ASSETS_PATH}*`, `  Cache-Control: ${ASSETS_CACHE_CONTROL}`, ''].join('\n');
}
