/** Set by astro.config.mjs (Vite define) from src/map/vendor-maplibre.ts: where the MapLibre modules are served. */
declare const __MAPLIBRE_MODULE_URL__: string;
declare const __MAPLIBRE_WORKER_URL__: string;
