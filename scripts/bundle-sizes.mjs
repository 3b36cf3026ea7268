// The build's gzipped sizes (Node's zlib at its default level): the initial part is what
// index.html loads (the entry and its preloaded chunks), the rest is lazy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The assets index.html loads itself: `./assets/...` in a src or href. */
export function initialAssets(html) {
  return new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]));
}

/** Gzipped bytes of the build in `dir`: initialJs, lazyJs, initialCss, lazyCss. */
export function bundleSizes(dir = 'dist') {
  const initial = initialAssets(readFileSync(join(dir, 'index.html'), 'utf8'));
  const sums = { initialJs: 0, lazyJs: 0, initialCss: 0, lazyCss: 0 };
  for (const file of readdirSync(join(dir, 'assets'))) {
    const kind = file.endsWith('.js') ? 'Js' : file.endsWith('.css') ? 'Css' : null;
    if (!kind) continue;
    const bytes = gzipSync(readFileSync(join(dir, 'assets', file))).length;
    sums[`${initial.has(`assets/${file}`) ? 'initial' : 'lazy'}${kind}`] += bytes;
  }
  return sums;
}
