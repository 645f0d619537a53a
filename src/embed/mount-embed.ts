import type { LayerId } from '../schemas/layer-ids.ts';
import type { Language } from '../schemas/place-names.ts';
import type { EmbedView } from '../schemas/embed-view.ts';
import { showDrawnRows, showLegendFor } from '../components/legend.ts';
import { embedViewFrom, readEmbedOptions, viewState } from '../embed-code/embed-query.ts';
import { localizedPath } from '../i18n/locale-routes.ts';
import { wireLanguageControls } from '../i18n/page-language.ts';
import { stillMapPath } from '../chapters/still-map-paths.ts';
import type { MapState } from '../map/map-state.ts';
import type { MapReady, MapView } from '../map/mount-map.ts';
import { DARK, LIGHT, paletteDeclarations, type Palette } from '../map/style/palette.ts';
import { mapHook, type CrossroadsHook } from '../map/test-hook.ts';
import { todayIso } from '../timeline/day-scale.ts';
import { startHeightReports } from './report-height.ts';
import { afterFirstPaint } from '../site/first-paint.ts';

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
 * The embed shell: reads the view from the query string, applies theme and flags, reports the page
 * height to the host, and (unless `static`) mounts the one map (src/map/mount-map.ts) with the
 * chapter's state as the view adjusts it. The chapter's still map stands in whenever there is no
 * live map to show.
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

  const stateFor = (): MapState =>
    viewState(config.states[box.clientWidth < PHONE_WIDTH ? 'phone' : 'desktop'], view, { order: config.order, basemap: config.basemap });
  const first = stateFor();

  const legend = root.querySelector<HTMLElement>('[data-embed-legend]');
  if (legend) legend.hidden = !showLegendFor(legend, first.layers);

  if (sizer && window.parent !== window) startHeightReports({ parent: window.parent, root, flex: box, sizer }, view.childId ?? config.chapterId);

  /** Shows the chapter's still map in the box, or takes it away (`on` false). */
  const setStill = (on: boolean) => {
    const still = box.querySelector('img.embed-still');
    if (!on) return still?.remove();
    if (still) return;
    const img = document.createElement('img');
    img.className = 'embed-still';
    img.src = stillMapPath(config.chapterId, config.lang);
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

  let map: MapView | undefined;
  const start = async (): Promise<MapReady> => {
    if (view.static) {
      showStill();
      root.dataset.mapState = 'static';
      return { ok: false, reason: 'static' };
    }
    const [{ mountMap }] = await Promise.all([import('../map/mount-map.ts'), afterFirstPaint()]);
    const dark = view.theme === 'dark' || (view.theme === 'auto' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
    map = mountMap({
      container,
      // Only the layers this view draws: hidden layers would still download their data.
      layers: config.available.filter((id) => first.layers.includes(id)),
      first,
      palette: dark ? DARK : LIGHT,
      label: root.dataset.mapLabel ?? 'Map',
      notice: { host: box, strings: status },
      // Never capture the host page's scroll: the wheel zooms only with Ctrl/⌘ (scrollzoom), touch pans with two fingers.
      interaction: view.scrollzoom ? 'embed-scrollzoom' : 'embed',
      onDrawn: (drawn) => legend && showDrawnRows(legend, drawn),
      onStatus: (s) => {
        root.dataset.mapState = s;
        if (s === 'failed') showStill();
        else setStill(s === 'degraded');
      },
    });
    const result = await map.ready;
    if (!result.ok) return result;
    status.hidden = true;
    // A frame that changes width across the phone breakpoint gets the other camera.
    new ResizeObserver(() => map?.show(stateFor())).observe(box);
    return result;
  };

  const ready = start().catch((err: unknown): MapReady => {
    showStill();
    root.dataset.mapState = 'failed';
    return { ok: false, reason: String(err) };
  });

  return {
    ...mapHook(() => map, { ready, available: config.available, fallback: () => first }),
    chapter: () => config.chapterId,
    embed: () => view,
  };
}
