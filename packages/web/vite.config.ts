import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { backplanPwa } from './src/pwa/vite-plugin';

export default defineConfig({
  plugins: [react(), backplanPwa()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or module-preload polyfill: the server sends a strict CSP.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/fhir': 'http://localhost:8080' },
  },
});
