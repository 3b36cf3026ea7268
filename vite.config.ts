import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
import { headersFile, SECURITY_HEADERS } from './csp';

/** Writes the security headers into the build as `_headers`, for static hosts that read it. */
function headersForStaticHosts(): Plugin {
  return {
    name: 'wherewhen-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

export default defineConfig({
  plugins: [react(), headersForStaticHosts()],
  // Relative asset paths, so the built app works from any folder of a static host.
  base: './',
  build: {
    target: 'es2022',
    // Every browser that runs es2022 modules supports modulepreload: no polyfill in the first chunk.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  // The production build is previewed (and tested) under the policy it ships with.
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
