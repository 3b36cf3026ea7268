import { dataHosts, tileLayer } from './src/config';

/**
 * The Content-Security-Policy the app is served with: scripts, styles and
 * data only from the host serving it, images also from data:/blob: URLs and
 * a configured tile server, and `?data=` files only from hosts listed in
 * `src/config.ts`. Any page may embed the map in a frame.
 */
function origin(url: string): string {
  return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
}

const tileHost = tileLayer ? [origin(tileLayer.url)] : [];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  ["img-src 'self' data: blob:", ...tileHost].join(' '),
  ["connect-src 'self'", ...dataHosts].join(' '),
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

/** Headers for every response: the policy, and no sniffing or referrers. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The same headers as a `_headers` file, as Netlify and Cloudflare Pages read it. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
