// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: the site must be servable from any static host or a USB stick.
export default defineConfig({
  output: 'static',
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'never', assets: 'assets' },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
