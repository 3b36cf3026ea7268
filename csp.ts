import { dataHosts, tileLayerFrom, type TileEnv, type TileLayerConfig } from './src/config';

/**
 * The Content-Security-Policy the app is served with: scripts, styles and
 * data only from the host serving it, images also from data:/blob: URLs and
 * a configured tile server, and `?data=` files only from hosts listed in
 * `src/config.ts`. Any page may embed the map in a frame. `env` is the build
 * environment, where a tile server may be set (VITE_TILE_URL).
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

export function contentSecurityPolicy(env: TileEnv = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data: blob:", ...tileSource(tileLayerFrom(env))].join(' '),
    ["connect-src 'self'", ...dataHosts].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    'frame-ancestors *',
  ].join('; ');
}

/** Headers for every response: the policy, and no sniffing or referrers. */
export function securityHeaders(env: TileEnv = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The same headers as a `_headers` file, as Netlify and Cloudflare Pages read it. */
export function headersFile(env: TileEnv = {}): string {
  const lines = Object.entries(securityHeaders(env)).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
