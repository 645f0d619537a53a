// @ts-check
import { defineConfig } from 'astro/config';
import { offlineServiceWorker } from './src/offline/integration.ts';
import { securityHeaders } from './src/security/integration.ts';
import { maplibreDefines, vendorMaplibre } from './src/map/vendor-maplibre.ts';
import { uiStringsComplete } from './src/i18n/integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { contestedNamesPlugin } from './src/i18n/markdown-contested-names.ts';

// Static output only: the site must be servable from any static host or a USB stick.
// SITE_URL sets the origin written into absolute URLs (oEmbed, embed snippets, og:image), e.g.
// `SITE_URL=https://crossroads.example.org npx astro build`; the default is the local preview server.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  trailingSlash: 'ignore',
  // English at the root, the other languages under /hy/, /az/, /ru/ (pages in src/pages/[...locale]/,
  // paths from src/i18n/locale-routes.ts).
  i18n: {
    locales: ['en', 'hy', 'az', 'ru'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // Contested places written "Stepanakert/Khankendi" in chapter prose follow the reader's naming mode.
  markdown: { processor: satteri({ hastPlugins: [contestedNamesPlugin()] }) },
  // First fails the build on any interface string missing in a language (src/i18n/integration.ts).
  // Writes dist/sw.js after the build: the offline copy of every file (src/offline/).
  // Then writes dist/_headers and dist/nginx-headers.conf (src/security/headers.ts); listed last so the service worker does not precache them.
  integrations: [uiStringsComplete(), offlineServiceWorker(), securityHeaders()],
  build: { inlineStylesheets: 'never', assets: 'assets' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // MapLibre's modules are served as published, from one versioned folder (src/map/vendor-maplibre.ts).
    plugins: [vendorMaplibre()],
    define: maplibreDefines,
  },
});
