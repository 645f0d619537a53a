import type * as Maplibre from 'maplibre-gl';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { patternImages } from './style/data-layers.ts';
import type { Palette } from './style/palette.ts';

/** The result of creating the map: the map, or why there is none (the page shows a message). */
export type CreateMapResult = { ok: true; map: MaplibreMap } | { ok: false; reason: 'no-webgl' | 'error'; message: string };

/** What the map is created with. */
export interface CreateMapOptions {
  style: StyleSpecification;
  palette: Palette;
  /** [[west, south], [east, north]] to fit at start. */
  bounds: [[number, number], [number, number]];
  /** Accessible name of the map region. */
  label: string;
}

/** True when the browser can make a WebGL 2 context (MapLibre 6 requires it). */
export function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * Creates the one MapLibre map of a page. maplibre-gl is imported here, lazily, so the page's text
 * renders before 1 MB of map code arrives. Never throws: a missing WebGL 2 or a failed constructor
 * becomes `{ ok: false }`.
 */
export async function createMap(container: HTMLElement, { style, palette, bounds, label }: CreateMapOptions): Promise<CreateMapResult> {
  if (!hasWebGL2()) return { ok: false, reason: 'no-webgl', message: 'WebGL 2 is not available' };
  let maplibregl: typeof Maplibre | undefined;
  try {
    // Served as published, not bundled (src/map/vendor-maplibre.ts): the page and the worker share one chunk.
    maplibregl = (await import(/* @vite-ignore */ __MAPLIBRE_MODULE_URL__)) as typeof Maplibre;
    maplibregl.setWorkerUrl(__MAPLIBRE_WORKER_URL__);
    const map = new maplibregl.Map({
      container,
      style,
      bounds,
      fitBoundsOptions: { padding: 8 },
      // Fill rate dominates on weak GPUs: DPR 3 phones draw 2.25× the pixels of DPR 2 for little gain.
      pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
      cooperativeGestures: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      locale: { 'Map.Title': label },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    // Hatch patterns are made in code, so there is no sprite file to fetch; MapLibre asks for them by id.
    const images = new Map(patternImages(palette).map((p) => [p.id, p]));
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
