import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LayerId } from '../schemas/layer-properties.ts';
import { createMap } from '../map/create-map.ts';
import { projectToViewport, renderedLabels, whenMapIdle } from '../map/map-hook-helpers.ts';
import { buildStyle } from '../map/style/build-style.ts';
import { readDataErrorStrings, watchDataErrors, type DataErrorWatch } from '../map/data-error-notice.ts';
import { fetchLayerFeatures } from '../map/fetch-layer-features.ts';
import { labelFontFaces } from '../map/style/font-faces.ts';
import { DARK, LIGHT, paletteDeclarations, type Palette } from '../map/style/palette.ts';
import type { CrossroadsHook } from '../map/test-hook.ts';
import { createStateApplier, type CrossingFeature } from '../story/apply-map-state.ts';
import type { MapState } from '../story/map-state.ts';
import { todayIso } from '../timeline/day-scale.ts';
import { embedViewFrom, readEmbedOptions, viewState, type EmbedView } from './embed-query.ts';
import { localizedPath } from '../i18n/locale-routes.ts';
import { wireLanguageControls } from '../i18n/page-language.ts';
import type { Language } from '../schemas/place-names.ts';
import { startHeightReports } from './report-height.ts';

/** What the embed page hands its script (JSON in data-embed; computed at build with mapStateFor). */
export interface EmbedPageConfig {
  chapterId: string;
  alt: string;
  states: { desktop: MapState; phone: MapState };
  /** Layers whose data exist. */
  available: LayerId[];
  /** Every layer id in registry (drawing) order. */
  order: LayerId[];
  /** Layers every view draws. */
  basemap: LayerId[];
  languages: string[];
  /** The page's language (its path prefix). */
  lang: Language;
}

/** The whole region: the view the map is created with before the chapter's camera applies (as the story). */
const REGION_BOUNDS: [[number, number], [number, number]] = [[43.4, 38.35], [50.7, 41.95]];
/** Below this map width the chapter's phone camera frames the view. */
const PHONE_WIDTH = 600;

/** Sets the palette's custom properties on the page, overriding the system colour scheme. */
function forceTheme(palette: Palette, scheme: 'light' | 'dark'): void {
  const html = document.documentElement;
  for (const decl of paletteDeclarations(palette)) {
    const [name, value] = decl.replace(/;$/, '').split(/:\s*/);
    if (name && value) html.style.setProperty(name, value);
  }
  html.style.colorScheme = scheme;
}

/**
 * Wires an embed page: reads the view from the query string, applies theme and flags, reports the
 * page height to the host, and (unless `static`) creates the map with the story's own runtime:
 * the chapter's mapStateFor state (adjusted by the view), createStateApplier and createMap.
 */
export function mountEmbed(root: HTMLElement): CrossroadsHook & { embed(): EmbedView } {
  const config = JSON.parse(root.dataset.embed ?? '{}') as EmbedPageConfig;
  const known = { languages: config.languages, layers: config.order };
  // Links made before languages had their own paths say ?lang=hy: send them to /hy/embed/<id>/.
  const asked = readEmbedOptions(location.search, known).options.lang;
  if (asked && asked !== config.lang) {
    const query = new URLSearchParams(location.search);
    query.delete('lang');
    const search = query.toString();
    location.replace(`${localizedPath(asked, `/embed/${config.chapterId}/`)}${search ? `?${search}` : ''}${location.hash}`);
  }
  const view: EmbedView = { ...embedViewFrom(location.search, known, todayIso()), lang: config.lang };
  // Shows one usage or both in the title and note (html[data-names]), as on the site's pages.
  wireLanguageControls();
  const storyLink = root.querySelector<HTMLAnchorElement>('.embed-story-link');
  if (storyLink && view.names !== 'both') {
    const url = new URL(storyLink.href);
    url.searchParams.set('names', view.names);
    storyLink.href = url.href;
  }
  const box = root.querySelector<HTMLElement>('[data-embed-map-box]')!;
  const container = root.querySelector<HTMLElement>('[data-map]')!;
  const status = root.querySelector<HTMLElement>('[data-map-status]')!;
  const sizer = document.querySelector<HTMLElement>('[data-embed-sizer]');

  if (view.theme !== 'auto') forceTheme(view.theme === 'dark' ? DARK : LIGHT, view.theme);
  if (view.plain) root.classList.add('embed-plain');
  if (view.lang !== 'en') root.dataset.labelLang = view.lang;

  const stateFor = (): MapState => {
    const base = config.states[box.clientWidth < PHONE_WIDTH ? 'phone' : 'desktop'];
    return viewState(base, view, { order: config.order, basemap: config.basemap });
  };
  let state = stateFor();

  const legend = root.querySelector<HTMLElement>('[data-embed-legend]');
  const syncLegend = () => {
    let any = false;
    for (const li of root.querySelectorAll<HTMLElement>('[data-legend-layer]')) {
      li.hidden = !state.layers.includes(li.dataset.legendLayer as LayerId);
      any ||= !li.hidden;
    }
    if (legend) legend.hidden = !any;
  };
  syncLegend();

  if (sizer && window.parent !== window) startHeightReports({ parent: window.parent, root, flex: box, sizer }, view.childId ?? config.chapterId);

  /** Shows the chapter's still map in the box, or takes it away (`on` false). */
  const setStill = (on: boolean) => {
    const still = box.querySelector('img.embed-still');
    if (!on) return still?.remove();
    if (still) return;
    const img = document.createElement('img');
    img.className = 'embed-still';
    img.src = `/maps/${config.chapterId}.svg`;
    img.alt = config.alt;
    img.width = 1200;
    img.height = 800;
    // Under the data-error notice, if there is one.
    box.insertBefore(img, status);
  };
  /** The still map instead of the live one: for `static`, and when the live map cannot start (no WebGL). */
  const showStill = () => {
    container.hidden = true;
    status.hidden = true;
    setStill(true);
  };

  let map: MaplibreMap | undefined;
  let mapErrors = 0;
  let dataErrors: DataErrorWatch | undefined;
  let basemapMissing = false;
  let applier: ReturnType<typeof createStateApplier> | undefined;

  const start = async (): Promise<{ ok: boolean; reason?: string }> => {
    if (view.static) {
      showStill();
      root.dataset.mapState = 'static';
      return { ok: false, reason: 'static' };
    }
    const dark = view.theme === 'dark' || (view.theme === 'auto' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
    const palette = dark ? DARK : LIGHT;
    // Only the layers this view draws: hidden layers would still download their data.
    const layers = config.available.filter((id) => state.layers.includes(id));
    const style = buildStyle({
      palette,
      layers,
      visible: new Set(state.layers),
      date: state.date,
      highlight: state.highlight,
      lang: view.lang,
      naming: view.names,
      origin: location.origin,
      fontFaces: labelFontFaces(location.origin),
    });
    const result = await createMap(container, { style, palette, bounds: REGION_BOUNDS, label: root.dataset.mapLabel ?? 'Map' });
    if (!result.ok) {
      showStill();
      root.dataset.mapState = 'failed';
      return { ok: false, reason: result.reason };
    }
    map = result.map;
    // Never capture the host page's scroll: the wheel zooms only with Ctrl/⌘ (scrollzoom), touch pans with two fingers.
    map.scrollZoom.disable();
    map.touchZoomRotate.disable();
    if (view.scrollzoom) {
      map.scrollZoom.enable();
      map.touchZoomRotate.enable();
      map.touchZoomRotate.disableRotation();
      map.cooperativeGestures.enable();
    } else if (!window.matchMedia?.('(pointer: fine)').matches) map.dragPan.disable();
    map.on('error', () => (mapErrors += 1));
    const loadCrossings = async () => applier?.setCrossings((await fetchLayerFeatures<CrossingFeature>('crossings')) ?? []);
    // A layer file that failed: a notice with "Try again"; without the countries, the still map stands in meanwhile.
    dataErrors = watchDataErrors(map, {
      host: box,
      strings: readDataErrorStrings(status),
      onChange: (failed) => {
        basemapMissing = failed.includes('countries');
        container.style.visibility = basemapMissing ? 'hidden' : '';
        setStill(basemapMissing);
        if (root.dataset.mapState !== 'loading') root.dataset.mapState = basemapMissing ? 'degraded' : 'ready';
      },
      onRecovered: (sources) => {
        if (sources.includes('crossings')) void loadCrossings();
      },
    });
    applier = createStateApplier(map);
    if (!map.loaded()) await map.once('load');
    applier.apply(state, { animate: false, force: true });
    if (layers.includes('crossings')) await loadCrossings();
    // A frame that changes width across the phone breakpoint gets the other camera.
    new ResizeObserver(() => {
      const next = stateFor();
      if (JSON.stringify(next.camera) !== JSON.stringify(state.camera)) {
        state = next;
        applier?.apply(state, { animate: false });
      }
    }).observe(box);
    await whenMapIdle(map);
    status.hidden = true;
    root.dataset.mapState = basemapMissing ? 'degraded' : 'ready';
    return { ok: true };
  };

  const ready = start().catch((err: unknown) => {
    showStill();
    root.dataset.mapState = 'failed';
    return { ok: false, reason: String(err) };
  });

  return {
    ready,
    state: () => ({ date: state.date, visibleLayers: state.layers, availableLayers: config.available, mapErrors }),
    idle: async () => {
      if (!map) return;
      if (map.isMoving()) await map.once('moveend');
      await whenMapIdle(map);
    },
    project: (lngLat) => projectToViewport(map, lngLat),
    failedData: () => dataErrors?.failed() ?? [],
    labels: () => renderedLabels(map),
    chapter: () => config.chapterId,
    mapState: () => applier?.last() ?? null,
    view: () => {
      if (!map) return null;
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    embed: () => view,
  };
}
