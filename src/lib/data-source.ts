/** Where the events come from: the bundled file, a file at an address, or a seeded synthetic set for demos of scale. */
export type DataSource =
  { kind: 'bundled' } | { kind: 'url'; url: string } | { kind: 'synthetic'; count: number; seed: number };

/** The longest `?data=` address accepted. */
const MAX_URL_LENGTH = 2000;

export const MAX_SYNTHETIC = 1_000_000;

/**
 * Reads `?data=<url>` (an http(s) address, or a path on this host) or
 * `?synthetic=<n>&seed=<s>` from a query string. Anything malformed or out of
 * range falls back to the bundled data (or seed 1): the URL never breaks the page.
 */
export function readDataSource(search: string, base = 'http://localhost/'): DataSource {
  const params = new URLSearchParams(search);
  const data = params.get('data');
  if (data !== null && data.trim() !== '' && data.length <= MAX_URL_LENGTH) {
    try {
      const url = new URL(data.trim(), base);
      if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'url', url: url.href };
    } catch {
      // Not an address: fall through to the other sources.
    }
  }
  const count = wholeNumber(params.get('synthetic'));
  if (count === null || count < 1 || count > MAX_SYNTHETIC) return { kind: 'bundled' };
  const seed = wholeNumber(params.get('seed'));
  return { kind: 'synthetic', count, seed: seed !== null && seed <= 0xffffffff ? seed : 1 };
}

function wholeNumber(text: string | null): number | null {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return null;
  return Number(text.trim());
}
