import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * MapLibre ships as three ES modules: the main module and its worker both import one shared chunk
 * (`maplibre-gl-shared.mjs`, ~147 KB gzip). Bundled by Vite, the shared code would be copied into the
 * page chunk and again into the worker bundle; served as published, under one versioned folder, both
 * import the same file, so it is downloaded (and cached) once: ~305 KB gzip in all instead of ~450.
 */
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('maplibre-gl/package.json'));
const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
const FILES = ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs'] as const;

/** The site-relative folder the modules are served from (a new version gets a new folder, so caches never mix). */
export const MAPLIBRE_DIR = `/vendor/maplibre-gl-${version}/`;

/** What the browser code is built with (Vite `define`): the module and worker URLs. */
export const maplibreDefines = {
  __MAPLIBRE_MODULE_URL__: JSON.stringify(`${MAPLIBRE_DIR}maplibre-gl.mjs`),
  __MAPLIBRE_WORKER_URL__: JSON.stringify(`${MAPLIBRE_DIR}maplibre-gl-worker.mjs`),
};

/** Emits the three modules unchanged into the build (and serves them in `astro dev`). */
export function vendorMaplibre(): Plugin {
  return {
    name: 'crossroads:vendor-maplibre',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(MAPLIBRE_DIR) ? req.url.slice(MAPLIBRE_DIR.length).split('?')[0] : undefined;
        if (!name || !(FILES as readonly string[]).includes(name)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(join(pkgDir, 'dist', name)));
      });
    },
    generateBundle() {
      // Only the client build writes them (the server build's output is not served).
      if (this.environment?.name === 'ssr') return;
      for (const name of FILES) {
        this.emitFile({ type: 'asset', fileName: `${MAPLIBRE_DIR.slice(1)}${name}`, source: readFileSync(join(pkgDir, 'dist', name)) });
      }
    },
  };
}
