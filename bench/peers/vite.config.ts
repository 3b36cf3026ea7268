import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The bench's peers: the same events drawn the ways a reader of the Leaflet
 * docs would, one page each. Built apart from the app (into dist-peers), so
 * nothing of them is shipped in its dist.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../dist-peers'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        'react-leaflet': resolve(here, 'react-leaflet.html'),
        'leaflet-canvas': resolve(here, 'leaflet-canvas.html'),
      },
    },
  },
});
