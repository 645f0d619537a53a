// MapLibre's controls and canvas styles (65 KB) load with the map, not with the page (see loadMapStyles).
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type * as Maplibre from 'maplibre-gl';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { InitialCamera } from './apply-map-state.ts';
import { patternImages } from './style/data-layers.ts';
import { calloutLeaderImage } from './style/callout-layers.ts';
import type { Palette } from './style/palette.ts';

/** The result of creating the map: the map, or why there is none (the page shows a message). */
export type CreateMapResult = { ok: true; map: MaplibreMap } | { ok: false; reason: 'no-webgl' | 'error'; message: string };

/** What the map is created with. */
export interface CreateMapOptions {
  style: StyleSpecification;
  palette: Palette;
  /** Where the map opens (initialCamera in apply-map-state.ts). */
  camera: InitialCamera;
  /** Accessible name of the map region. */
  label: string;
}

/**
 * False when the browser has no WebGL 2 at all (MapLibre 6 requires it), so such a browser does not
 * download the map code. A browser with the API but no working GPU is found out by MapLibre's own
 * context (GPUInitializationError below): a trial context of our own would double the slowest step of
 * a software-rendered start (npm run profile: 1.4–2.6 s for the trial context under SwiftShader).
 */
function mayHaveWebGL2(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}

let mapStyles: Promise<void> | undefined;

/**
 * Adds maplibre-gl.css to the page once, when a map is about to be made: as a stylesheet of the page
 * it would block the first paint of every page, map or not (a file, so the CSP's style-src 'self' allows it).
 */
function loadMapStyles(): Promise<void> {
  mapStyles ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = maplibreCssUrl;
    // A stylesheet that fails leaves the controls unstyled, not the map missing.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  return mapStyles;
}

/**
 * Creates the one MapLibre map of a page. maplibre-gl is imported here, lazily, so the page's text
 * renders before 1 MB of map code arrives. Never throws: a missing WebGL 2 or a failed constructor
 * becomes `{ ok: false }`.
 */
export async function createMap(container: HTMLElement, { style, palette, camera, label }: CreateMapOptions): Promise<CreateMapResult> {
  if (!mayHaveWebGL2()) return { ok: false, reason: 'no-webgl', message: 'WebGL 2 is not available' };
  let maplibregl: typeof Maplibre | undefined;
  try {
    // Served as published, not bundled (src/map/vendor-maplibre.ts): the page and the worker share one chunk.
    [maplibregl] = (await Promise.all([import(/* @vite-ignore */ __MAPLIBRE_MODULE_URL__), loadMapStyles()])) as [typeof Maplibre, void];
    maplibregl.setWorkerUrl(__MAPLIBRE_WORKER_URL__);
    const map = new maplibregl.Map({
      container,
      style,
      ...('bounds' in camera ? { bounds: camera.bounds, fitBoundsOptions: { padding: camera.padding } } : camera),
      // Fill rate dominates on weak GPUs: DPR 3 phones draw 2.25× the pixels of DPR 2 for little gain.
      pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
      cooperativeGestures: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      locale: { 'Map.Title': label },
      // Labels appear and disappear at once under reduced motion: a fade is animation the reader
      // asked not to see, and on a software GPU each fade costs several full redraws before idle.
      fadeDuration: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    // Hatch patterns and the callouts' leader line are made in code, so there is no sprite file to
    // fetch; MapLibre asks for them by id.
    const images = new Map([...patternImages(palette), calloutLeaderImage(palette)].map((p) => [p.id, p]));
    map.setMissingStyleImageResolver((id) => {
      const p = images.get(id);
      if (p && !map.hasImage(id)) map.addImage(id, p.image, { pixelRatio: p.pixelRatio });
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    return { ok: true, map };
  } catch (err) {
    const e = err as Error;
    const noGpu = (maplibregl && err instanceof maplibregl.GPUInitializationError) || /webgl/i.test(e?.message ?? '');
    return { ok: false, reason: noGpu ? 'no-webgl' : 'error', message: e?.message ?? String(err) };
  }
}
