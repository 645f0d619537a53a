import { layerDataUrl } from '../layer-data-url.ts';
import type { FontFacesSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../../schemas/layer-properties.ts';
import type { Language } from '../../schemas/place-names.ts';
import {
  adminAreasLayers,
  backgroundLayer,
  COUNTRY_LABEL_SOURCE,
  countriesLayers,
  placesLayers,
  reliefLayers,
  riversLayers,
  waterLayers,
} from './basemap-layers.ts';
import { controlAreasLayers, crossingsLayers, eventsLayers, lachinCorridorLayers, linesOfContactLayers, nkaoLayers, routesLayers } from './data-layers.ts';
import { DATE_STATE } from './date-filter.ts';
import { HIGHLIGHT_STATE, highlightLayers, isHighlightLayer } from './highlight-layers.ts';
import { CALLOUT_SOURCES, CALLOUT_STATE, calloutLayers } from './callout-layers.ts';
import type { Callouts } from '../../schemas/callout-direction.ts';
import { isLabelLayer, type LayerOptions } from './layer-meta.ts';
import type { NamingMode } from '../../schemas/naming.ts';
import { LABEL_FONT } from './font-faces.ts';
import { withFewerPrograms } from './fewer-programs.ts';
import type { Palette } from './palette.ts';

/** The style layers of each registry layer. */
const LAYER_FUNCTIONS: Record<LayerId, (source: LayerId, palette: Palette, opts: LayerOptions) => LayerSpecification[]> = {
  countries: countriesLayers,
  water: waterLayers,
  rivers: riversLayers,
  relief: reliefLayers,
  'admin-areas': adminAreasLayers,
  nkao: nkaoLayers,
  'control-areas': controlAreasLayers,
  'lines-of-contact': linesOfContactLayers,
  'lachin-corridor': lachinCorridorLayers,
  routes: routesLayers,
  crossings: crossingsLayers,
  places: placesLayers,
  events: eventsLayers,
};

/** Returns the style layers that draw one registry layer. */
export function styleLayersFor(id: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  return LAYER_FUNCTIONS[id](id, palette, opts);
}

/** What a style is built from. */
export interface BuildStyleOptions {
  palette: Palette;
  /** Layers whose data exist, in any order; they are drawn in registry order. */
  layers: readonly LayerId[];
  // Attribution is a line under the map (the page's footer), not the map's control.
  /** Layers drawn visible at start (default: all of `layers`). */
  visible?: ReadonlySet<LayerId>;
  /** The selected date (ISO), the default of the `date` global state. */
  date: string;
  lang?: Language;
  naming?: NamingMode;
  /** Feature ids drawn emphasised at start, the default of the `highlight` global state. */
  highlight?: readonly string[];
  /** Callouts drawn at start (feature id → direction), the default of the `callouts` global state. */
  callouts?: Callouts;
  /** Prefix of data URLs: '' for same-origin paths, or the page origin. */
  origin?: string;
  /** Label fonts (see font-faces.ts); omitted in unit tests. */
  fontFaces?: FontFacesSpecification;
}

export { layerDataUrl };

/**
 * Returns the whole map style: one GeoJSON source per available layer (promoteId 'id'),
 * background, data layers in registry order, the emphasis (highlight) layers, every label layer, and the
 * callouts on top. No tiles, no glyphs.
 */
export function buildStyle({
  palette,
  layers,
  visible,
  date,
  highlight = [],
  callouts = {},
  lang = 'en',
  naming = 'both',
  origin = '',
  fontFaces,
}: BuildStyleOptions): StyleSpecification {
  const available = new Set(layers);
  // LAYER_FUNCTIONS is written in registry order (bottom first); the test checks it.
  const registryOrder = (Object.keys(LAYER_FUNCTIONS) as LayerId[]).filter((id) => available.has(id));
  const opts: LayerOptions = { lang, naming, font: [LABEL_FONT] };
  const drawn: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  const emphasis: LayerSpecification[] = [];
  const calloutLabels: LayerSpecification[] = [];
  for (const id of registryOrder) {
    const own = styleLayersFor(id, palette, opts);
    // A layer is dated when its own style filters by the date; its emphasis then follows the same date.
    const dated = own.some((l) => JSON.stringify((l as { filter?: unknown }).filter ?? null).includes(`"global-state","${DATE_STATE}"`));
    const shown = !visible || visible.has(id);
    const withVisibility = (layer: LayerSpecification) =>
      ({ ...layer, layout: { ...(layer as { layout?: object }).layout, visibility: shown ? 'visible' : 'none' } }) as LayerSpecification;
    for (const layer of [...own, ...highlightLayers(id, palette, { dated })])
      (isLabelLayer(layer) ? labels : isHighlightLayer(layer) ? emphasis : drawn).push(withVisibility(layer));
    if (CALLOUT_SOURCES.includes(id)) calloutLabels.push(...calloutLayers(id, palette, opts, { dated }).map(withVisibility));
  }
  return {
    version: 8,
    name: `crossroads-${palette.name}`,
    state: { [DATE_STATE]: { default: date }, [HIGHLIGHT_STATE]: { default: [...highlight] }, [CALLOUT_STATE]: { default: { ...callouts } } },
    ...(fontFaces ? { 'font-faces': fontFaces } : {}),
    sources: Object.fromEntries([
      ...registryOrder.map((id) => [id, { type: 'geojson', data: layerDataUrl(id, origin), promoteId: 'id' }]),
      ...(available.has('countries')
        ? [[COUNTRY_LABEL_SOURCE, { type: 'geojson', data: `${origin}/data/${COUNTRY_LABEL_SOURCE}.geojson`, promoteId: 'id' }]]
        : []),
    ]),
    // Emphasis sits above every data layer and below the labels, so a highlighted outline never hides a name.
    // Callouts come last: MapLibre places the topmost labels first, so the chapter's own names always
    // show and the other labels make room for them.
    layers: [backgroundLayer(palette), ...drawn, ...emphasis, ...labels, ...calloutLabels].map(withFewerPrograms),
  };
}

/** Registry layer ids in drawing order, as buildStyle draws them. */
export const STYLE_LAYER_ORDER = Object.keys(LAYER_FUNCTIONS) as LayerId[];
