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
    rolldownOptions: {
      output: {
        // Fewer, larger chunks for the first screen: over HTTP/1.1 a phone opens six connections
        // to the server, so twenty small chunks cost several round trips (Lighthouse, issue 11).
        codeSplitting: {
          groups: [
            // Everything the main bundle imports statically, in one chunk beside it.
            {
              name: 'shell',
              tags: ['$initial'],
              test: (id) => !/[\\/]src[\\/](pwa[\\/]sw|main)\.tsx?$|\.html$/.test(id),
            },
            // The patient app's modules that several of its pages share (API, offline store, notes).
            { name: 'patient-shared', test: /[\\/]src[\\/](patient|pwa)[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/fhir': 'http://localhost:8080' },
  },
});
