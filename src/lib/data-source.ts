/** Where the events come from: the bundled file, or a seeded synthetic set for demos of scale. */
export type DataSource = { kind: 'bundled' } | { kind: 'synthetic'; count: number; seed: number };

export const MAX_SYNTHETIC = 1_000_000;

/**
 * Reads `?synthetic=<n>&seed=<s>` from a query string. Anything malformed or
 * out of range falls back to the bundled data (or seed 1): the URL never breaks the page.
 */
export function readDataSource(search: string): DataSource {
  const params = new URLSearchParams(search);
  const count = wholeNumber(params.get('synthetic'));
  if (count === null || count < 1 || count > MAX_SYNTHETIC) return { kind: 'bundled' };
  const seed = wholeNumber(params.get('seed'));
  return { kind: 'synthetic', count, seed: seed !== null && seed <= 0xffffffff ? seed : 1 };
}

function wholeNumber(text: string | null): number | null {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return null;
  return Number(text.trim());
}
