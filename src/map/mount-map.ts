import type { Map as MaplibreMap } from 'maplibre-gl';
import { UNDESCRIBED_LAYERS, type LayerId } from '../schemas/layer-ids.ts';
import type { Language } from '../schemas/place-names.ts';
import type { NamingMode } from '../schemas/naming.ts';
import { createStateApplier, initialCamera, type StateApplier } from './apply-map-state.ts';
import { createMap } from './create-map.ts';
import { errorSourceId, readDataErrorStrings, watchDataErrors, type DataErrorWatch } from './data-error-notice.ts';
import { applyInteraction, type MapInteraction } from './map-interaction.ts';
import { projectToViewport, renderedLabels, whenMapIdle } from './map-hook-helpers.ts';
import type { MapState } from './map-state.ts';
import { setLabels } from './set-labels.ts';
import { buildStyle } from './style/build-style.ts';
import { DATE_STATE } from './style/date-filter.ts';
import { labelFontFaces } from './style/font-faces.ts';
import { isLabelLayer, registryLayerOf } from './style/layer-meta.ts';
import { drawnLegendValues, LEGEND_KEYS } from './style/legend.ts';
import { layerAdditions, subsetStyle } from './style/style-subset.ts';
import type { Palette } from './style/palette.ts';

/**
 * How far the map has got: `loading` until its first state is drawn; `ready`; `degraded` while the
 * countries (the basemap) are missing, when the page shows its still map instead; `failed` when
 * there is no map at all (no WebGL 2, an error), when the page shows its still map and says why.
 */
export type MapStatus = 'loading' | 'ready' | 'degraded' | 'failed';

/** Why a map is not drawing, or `ok`. */
export type MapReady = { ok: true } | { ok: false; reason: string };

/** The camera as the map reports it. */
export interface CameraView {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** What a shell mounts the map with. */
export interface MountMapOptions {
  container: HTMLElement;
  /**
   * Layers whose data the map may draw. It starts with the first state's and adds the others when a
   * state (or a preload) asks for them.
   */
  layers: readonly LayerId[];
  /** The state the style is built with and the map first shows. */
  first: MapState;
  palette: Palette;
  /** The map's accessible name. */
  label: string;
  /**
   * Where the data-error notice goes (the positioned box over the map), and the element carrying its
   * strings in the page's language (`data-data-errors`, see data-error-strings.ts).
   */
  notice: { host: HTMLElement; strings: HTMLElement };
  /**
   * The page's status line (role=status), if it has one: a map error that names no data file shows
   * its `data-data-error` sentence there.
   */
  status?: HTMLElement;
  interaction: MapInteraction;
  /** Share of the map's height covered by text right now (the story's cards on phones). */
  coveredBottom?(): number;
  /** Called on every change of status. */
  onStatus?(status: MapStatus): void;
  /** Called with a feature's id when the reader clicks a story feature (not the basemap). */
  onFeatureClick?(id: string): void;
  /**
   * Called whenever the map comes to rest with the legend-key values of the features drawn in the
   * view (legend.ts), so the legend lists what the reader sees, not all a layer could show.
   */
  onDrawn?(drawn: Partial<Record<LayerId, string[]>>): void;
}

/** A mounted map: the one renderer behind the story, the embeds, the explorer and the slides. */
export interface MapView {
  /** Resolves once the first state is drawn, or the map could not start. */
  ready: Promise<MapReady>;
  /** Shows a state at the next frame; of several requests in one frame only the latest is applied. */
  show(state: MapState, options?: { animate?: boolean; force?: boolean }): void;
  /** Loads the data of layers a coming view will draw (the next chapter's), hidden, once the map is idle. */
  preload(layers: readonly LayerId[]): void;
  /** Resolves when the latest requested state is applied and drawn. */
  idle(): Promise<void>;
  /** The last state applied, or null before the map exists. */
  last(): MapState | null;
  status(): MapStatus;
  /** Relabels at once, in place (also while the reader explores and no state is applied). */
  relabel(lang: Language, naming: NamingMode): void;
  setInteraction(mode: MapInteraction): void;
  /** Gives the map keyboard focus (false without a map). */
  focus(): boolean;
  /** Re-measures the container after a layout change. */
  resize(): void;
  view(): CameraView | null;
  project(lngLat: [number, number]): { x: number; y: number } | null;
  /** The label texts placed on the map now, sorted. */
  labels(): string[];
  /** Camera frames of animated moves (0 under reduced motion, and for jumps). */
  animatedFrames(): number;
  /** Map errors so far. */
  errors(): number;
  /** Data sources that failed to load and have not loaded since, sorted. */
  failedData(): string[];
}

/** The legend-key values of the features drawn in the map's view, per registry layer. */
function drawnInView(m: MaplibreMap): Partial<Record<LayerId, string[]>> {
  const registry = new Map<string, LayerId>();
  for (const layer of m.getStyle().layers ?? []) {
    const id = registryLayerOf(layer);
    if (id && LEGEND_KEYS[id] && m.getLayoutProperty(layer.id, 'visibility') !== 'none') registry.set(layer.id, id);
  }
  if (registry.size === 0) return {};
  const features = m.queryRenderedFeatures({ layers: [...registry.keys()] });
  const date = String(m.getGlobalState()[DATE_STATE] ?? '');
  return drawnLegendValues(
    features.map((f) => ({ layer: registry.get(f.layer.id)!, properties: f.properties })),
    date,
  );
}

/**
 * Creates the map in a container and returns its view. One startup for every shell: the style from
 * the first state, the data-error notice with its retry, the still-map
 * fallback when the basemap is missing (the container is hidden and the shell told), and a state
 * applier fed one request per frame. Never throws: a map that cannot start reports `failed`.
 */
export function mountMap(options: MountMapOptions): MapView {
  const { container, layers, first, palette, label, notice, status, interaction, coveredBottom, onStatus, onFeatureClick, onDrawn } = options;
  let map: MaplibreMap | undefined;
  let applier: StateApplier | undefined;
  let dataErrors: DataErrorWatch | undefined;
  let pending: { state: MapState; animate: boolean; force: boolean } | null = { state: first, animate: false, force: true };
  let frame = 0;
  let animatedFrames = 0;
  let errors = 0;
  let moving = false;
  let current: MapStatus = 'loading';
  let basemapMissing = false;

  const setStatus = (next: MapStatus) => {
    if (next === current) return;
    current = next;
    onStatus?.(next);
  };
  const showStatusLine = (text: string) => {
    if (!status) return;
    status.hidden = false;
    status.textContent = text;
    status.dataset.kind = 'error';
  };

  /** Applies the latest request (at most one per frame). */
  const flush = () => {
    frame = 0;
    if (!applier || !pending) return;
    const { state, animate, force } = pending;
    pending = null;
    ensure(state.layers, state.layers);
    if (applier.apply(state, { animate, force })) moving = animate;
  };

  // The full style: every layer the page may draw, each hidden until a state shows it.
  const full = buildStyle({
    palette,
    layers,
    visible: new Set(first.layers),
    date: first.date,
    highlight: first.highlight,
    callouts: first.callouts,
    lang: first.language,
    naming: first.naming,
    origin: location.origin,
    fontFaces: labelFontFaces(location.origin),
  });
  const loaded = new Set<LayerId>(first.layers.filter((id) => layers.includes(id)));

  /** Adds the sources and style layers of registry layers the map does not have yet (visible if `shown` has them). */
  const ensure = (ids: readonly LayerId[], shown: readonly LayerId[]) => {
    const m = map;
    const add = new Set(ids.filter((id) => layers.includes(id) && !loaded.has(id)));
    if (!m || add.size === 0) return;
    const style = m.getStyle();
    const { sources, layers: styleLayers } = layerAdditions(full, new Set(style.layers.map((l) => l.id)), new Set(Object.keys(style.sources)), add);
    for (const [id, spec] of sources) m.addSource(id, spec);
    for (const { layer, beforeId } of styleLayers) {
      const visible = shown.includes(registryLayerOf(layer)!);
      m.addLayer({ ...layer, layout: { ...(layer as { layout?: object }).layout, visibility: visible ? 'visible' : 'none' } } as typeof layer, beforeId);
    }
    for (const id of add) loaded.add(id);
    // Labels added now are in the style's first language and naming: give them the current ones.
    const now = applier?.last() ?? first;
    if (styleLayers.some(({ layer }) => isLabelLayer(layer)) && (now.language !== first.language || now.naming !== first.naming))
      setLabels(m, now.language, now.naming);
  };

  const start = async (): Promise<MapReady> => {
    const style = subsetStyle(full, loaded);
    const camera = initialCamera(first.camera, container.clientWidth, container.clientHeight, coveredBottom?.() ?? 0);
    const created = await createMap(container, { style, palette, camera, label });
    if (!created.ok) {
      setStatus('failed');
      return { ok: false, reason: created.reason };
    }
    const m = created.map;
    map = m;
    applyInteraction(m, interaction, { finePointer: !!window.matchMedia?.('(pointer: fine)').matches });
    m.on('error', (e) => {
      errors += 1;
      // A layer file that failed has its own notice with "Try again" (watchDataErrors).
      if (!errorSourceId(e) && status?.dataset.dataError) showStatusLine(status.dataset.dataError);
    });
    dataErrors = watchDataErrors(m, {
      host: notice.host,
      strings: readDataErrorStrings(notice.strings),
      onChange: (failed) => {
        // Without the countries the live map is a blank sea: the page's still map stands in.
        basemapMissing = failed.includes('countries');
        container.style.visibility = basemapMissing ? 'hidden' : '';
        if (current !== 'loading') setStatus(basemapMissing ? 'degraded' : 'ready');
      },
    });
    // Counted on 'move', not 'render': a move whose first frame comes after its duration (a busy
    // software GPU) ends before that frame's 'render' event, but every eased frame fires 'move'.
    m.on('move', () => {
      if (moving) animatedFrames += 1;
    });
    m.on('moveend', () => (moving = false));
    if (onFeatureClick) {
      m.on('click', (e) => {
        const clickable = (m.getStyle().layers ?? []).filter((l) => {
          const id = registryLayerOf(l);
          return id && !UNDESCRIBED_LAYERS.includes(id);
        });
        // A river's smoothed name path (label_path) stands for no feature of its own: the course does.
        const hit = m.queryRenderedFeatures(e.point, { layers: clickable.map((l) => l.id) }).find((f) => !f.properties?.label_path);
        const id = hit?.properties?.id ?? hit?.id;
        if (typeof id === 'string') onFeatureClick(id);
      });
    }
    if (onDrawn) m.on('idle', () => onDrawn(drawnInView(m)));
    applier = createStateApplier(m, { coveredBottom });
    if (!m.loaded()) await m.once('load');
    flush();
    await idle();
    setStatus(basemapMissing ? 'degraded' : 'ready');
    return { ok: true };
  };

  async function idle(): Promise<void> {
    // Let a request of this frame reach the map first, so the answer never depends on callback order.
    if (frame) {
      cancelAnimationFrame(frame);
      flush();
    }
    if (!map) return;
    if (map.isMoving()) await map.once('moveend');
    await whenMapIdle(map);
  }

  const ready = start().catch((err: unknown): MapReady => {
    setStatus('failed');
    return { ok: false, reason: String(err) };
  });

  return {
    ready,
    show(state, { animate = false, force = false } = {}) {
      // MapLibre would honour reduced motion too, but only for moves not marked essential: decide here, once.
      const moves = animate && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      pending = { state, animate: moves, force: force || (pending?.force ?? false) };
      if (applier && !frame) frame = requestAnimationFrame(flush);
    },
    preload(ids) {
      // After the current view is drawn, so its own frames come first.
      map?.once('idle', () => ensure(ids, applier?.last()?.layers ?? first.layers));
    },
    idle,
    last: () => applier?.last() ?? null,
    status: () => current,
    relabel(lang, naming) {
      if (map) setLabels(map, lang, naming);
    },
    setInteraction(mode) {
      if (map) applyInteraction(map, mode, { finePointer: !!window.matchMedia?.('(pointer: fine)').matches });
    },
    focus() {
      map?.getCanvas().focus();
      return !!map;
    },
    resize: () => map?.resize(),
    view() {
      if (!map) return null;
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    project: (lngLat) => projectToViewport(map, lngLat),
    labels: () => renderedLabels(map),
    animatedFrames: () => animatedFrames,
    errors: () => errors,
    failedData: () => dataErrors?.failed() ?? [],
  };
}
