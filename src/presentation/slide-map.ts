import type { Map as MaplibreMap } from 'maplibre-gl';
import { createMap } from '../map/create-map.ts';
import { projectToViewport, renderedLabels, whenMapIdle } from '../map/map-hook-helpers.ts';
import { buildStyle } from '../map/style/build-style.ts';
import { readDataErrorStrings, watchDataErrors, type DataErrorWatch } from '../map/data-error-notice.ts';
import { fetchLayerFeatures } from '../map/fetch-layer-features.ts';
import { labelFontFaces } from '../map/style/font-faces.ts';
import { PROJECTOR } from '../map/style/palette.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import { createStateApplier, type CrossingFeature, type StateApplier } from '../story/apply-map-state.ts';
import type { MapState } from '../story/map-state.ts';

/** The whole region: the view the map is created with before the first slide's camera applies. */
const REGION_BOUNDS: [[number, number], [number, number]] = [[43.4, 38.35], [50.7, 41.95]];

/** The slides' map: the story's renderer (createMap, buildStyle, the state applier) in the projector palette, never interactive. */
export interface SlideMap {
  /** Resolves once the map has drawn its first slide, or failed (no WebGL 2, an error). */
  ready: Promise<{ ok: boolean; reason?: string }>;
  /** Shows a slide's map state at the next frame; only the latest request of a frame is applied. */
  show(state: MapState, animate: boolean): void;
  /** Resolves when the latest state is applied and drawn. */
  idle(): Promise<void>;
  last(): MapState | null;
  view(): { center: [number, number]; zoom: number; bearing: number; pitch: number } | null;
  project(lngLat: [number, number]): { x: number; y: number } | null;
  labels(): string[];
  /** Frames drawn during animated camera moves (0 under reduced motion). */
  animatedFrames(): number;
  errors(): number;
  /** Sources whose data failed to load and has not loaded since (see data-error-notice.ts). */
  failedData(): string[];
}

/** Where the slides' data-error notice goes and what it says. */
export interface SlideMapNotice {
  /** The element the notice is placed in, which also carries the `data-data-errors` strings. */
  host: HTMLElement;
  /** Called when the set of failed sources changes. */
  onChange?(failed: string[]): void;
}

/** Creates the slides' map in `container`, starting on `first`. */
export function mountSlideMap(
  container: HTMLElement,
  { first, layers, label, notice }: { first: MapState; layers: readonly LayerId[]; label: string; notice?: SlideMapNotice },
): SlideMap {
  let map: MaplibreMap | undefined;
  let applier: StateApplier | undefined;
  let pending: { state: MapState; animate: boolean } | null = { state: first, animate: false };
  let frame = 0;
  let frames = 0;
  let errors = 0;
  let moving = false;
  let dataErrors: DataErrorWatch | undefined;

  const flush = () => {
    frame = 0;
    if (!applier || !pending) return;
    const { state, animate } = pending;
    pending = null;
    if (applier.apply(state, { animate })) moving = animate;
  };

  const start = async (): Promise<{ ok: boolean; reason?: string }> => {
    const style = buildStyle({
      palette: PROJECTOR,
      layers,
      visible: new Set(first.layers),
      date: first.date,
      highlight: first.highlight,
      lang: first.language,
      naming: first.naming,
      origin: location.origin,
      fontFaces: labelFontFaces(location.origin),
    });
    const result = await createMap(container, { style, palette: PROJECTOR, bounds: REGION_BOUNDS, label });
    if (!result.ok) return { ok: false, reason: result.reason };
    const m = result.map;
    map = m;
    // A slide is a picture: no pan, zoom or keyboard on the map (the deck owns the keys).
    for (const h of [m.scrollZoom, m.boxZoom, m.dragPan, m.keyboard, m.doubleClickZoom, m.touchZoomRotate]) h.disable();
    m.getCanvas().tabIndex = -1;
    m.on('error', () => (errors += 1));
    const loadCrossings = async () => applier?.setCrossings((await fetchLayerFeatures<CrossingFeature>('crossings')) ?? []);
    if (notice) {
      dataErrors = watchDataErrors(m, {
        host: notice.host,
        strings: readDataErrorStrings(notice.host),
        onChange: notice.onChange,
        onRecovered: (sources) => {
          if (sources.includes('crossings')) void loadCrossings();
        },
      });
    }
    m.on('moveend', () => (moving = false));
    m.on('render', () => {
      if (moving) frames += 1;
    });
    applier = createStateApplier(m);
    if (!m.loaded()) await m.once('load');
    flush();
    if (layers.includes('crossings')) await loadCrossings();
    await idle();
    return { ok: true };
  };

  async function idle(): Promise<void> {
    if (frame) {
      cancelAnimationFrame(frame);
      flush();
    }
    if (!map) return;
    if (map.isMoving()) await map.once('moveend');
    await whenMapIdle(map);
  }

  const ready = start().catch((err: unknown) => ({ ok: false, reason: String(err) }));

  return {
    ready,
    show(state, animate) {
      pending = { state, animate };
      if (applier && !frame) frame = requestAnimationFrame(flush);
    },
    idle,
    last: () => applier?.last() ?? null,
    view() {
      if (!map) return null;
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    project: (lngLat) => projectToViewport(map, lngLat),
    labels: () => renderedLabels(map),
    animatedFrames: () => frames,
    errors: () => errors,
    failedData: () => dataErrors?.failed() ?? [],
  };
}
