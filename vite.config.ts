import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { headersFile, securityHeaders } from './csp';
import type { TileEnv } from './src/config';

/** Writes the security headers into the build as `_headers`, for static hosts that read it. */
function headersForStaticHosts(env: TileEnv): Plugin {
  return {
    name: 'wherewhen-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(env) });
    },
  };
}

export default defineConfig(({ mode }) => {
  // The same VITE_ settings the app is built with (a tile server may be one), from the environment and .env files.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), headersForStaticHosts(env)],
    // Relative asset paths, so the built app works from any folder of a static host.
    base: './',
    build: {
      target: 'es2022',
      // Every browser that runs es2022 modules supports modulepreload: no polyfill in the first chunk.
      modulePreload: { polyfill: false },
      sourcemap: true,
    },
    // The production build is previewed (and tested) under the policy it ships with.
    preview: { port: 4173, strictPort: true, headers: securityHeaders(env) },
    server: { port: 5173 },
    test: {
      include: ['src/**/*.test.ts'],
      environment: 'node',
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    },
  };
});
