// Fails when the build's initial JavaScript (what index.html loads before the first markers)
// is over its budget: 150,000 bytes gzipped (issue 15). Run after `npm run build`.
import { existsSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes.mjs';

const INITIAL_JS_BUDGET = 150_000;

if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const { initialJs } = bundleSizes('dist');
const line = `Initial JS: ${initialJs.toLocaleString('en-GB')} bytes gzipped, budget ${INITIAL_JS_BUDGET.toLocaleString('en-GB')}`;
if (initialJs > INITIAL_JS_BUDGET) {
  console.error(
    `${line}: over by ${(initialJs - INITIAL_JS_BUDGET).toLocaleString('en-GB')}. Make something lazy, or take something out.`,
  );
  process.exit(1);
}
console.log(`${line}: within it.`);
