import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * With VITE_TEST_HOOKS=1 (the browser tests and the benchmarks), index.html also loads the
 * tests' entry, tests/hooks/install.ts, which puts the hooks they read on window. The app
 * itself has no reference to them: without the variable the page is the one that ships.
 * Other pages (the benchmark's bare MapLibre page) are left as they are.
 */
function testHooks(): Plugin {
  let enabled = false;
  return {
    name: 'atlas-test-hooks',
    configResolved(config) {
      enabled = config.env.VITE_TEST_HOOKS === '1';
    },
    transformIndexHtml: {
      // Before Vite reads the page's scripts, so that the entry is built with the app's.
      order: 'pre',
      handler: (html, { path }) =>
        enabled && path === '/index.html'
          ? {
              html,
              tags: [
                {
                  tag: 'script',
                  attrs: { type: 'module', src: '/tests/hooks/install.ts' },
                  injectTo: 'body',
                },
              ],
            }
          : html,
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    testHooks(),
    // Installable, and usable offline after the first visit: the app, the curated data
    // and the map's fonts are precached by a service worker.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg', 'fonts/**/*'],
      manifest: {
        name: "Atlas de l'écosystème d'intégration — Wallonie",
        short_name: 'Atlas intégration',
        description:
          "Qui fait quoi, et où, pour les personnes déplacées d'Ukraine en Wallonie : services, sites et acteurs.",
        lang: 'fr',
        theme_color: '#0b3d6b',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,csv,geojson,pbf,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  // Module workers (every worker is started with `type: 'module'`), so that a worker's
  // import() is a chunk of its own: the import worker loads exceljs only to read a workbook.
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      // The benchmark's bare MapLibre page is built only for `npm run bench:ui`.
      input: {
        main: 'index.html',
        ...(process.env.VITE_BENCH_PAGES === '1' ? { bare: 'tests/bench/bare_map.html' } : {}),
      },
      output: {
        // Split vendors so the first screen loads React, the store and the data code first,
        // and MapLibre (the largest) with the map.
        manualChunks(id) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) {
            return 'react';
          }
          return undefined;
        },
      },
    },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/hostile/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global_setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
