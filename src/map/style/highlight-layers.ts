import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../../schemas/layer-properties.ts';
import { dateFilter } from './date-filter.ts';
import { meta } from './layer-meta.ts';
import type { Palette } from './palette.ts';

/** Name of the style's global-state property holding the ids of the features drawn emphasised. */
export const HIGHLIGHT_STATE = 'highlight';

/** Metadata key marking an emphasis layer, which buildStyle draws above the data and below the labels. */
export const HIGHLIGHT_KEY = 'crossroads:highlight';

/** True when a style layer is an emphasis layer. */
export function isHighlightLayer(layer: LayerSpecification): boolean {
  return (layer as { metadata?: Record<string, unknown> }).metadata?.[HIGHLIGHT_KEY] === true;
}

/** True for a feature whose id is in the `highlight` global state. */
export const IS_HIGHLIGHTED: ExpressionSpecification = ['in', ['to-string', ['get', 'id']], ['array', ['global-state', HIGHLIGHT_STATE]]];

const ofType = (...types: string[]): FilterSpecification => ['in', ['geometry-type'], ['literal', types]] as FilterSpecification;

/**
 * Returns the emphasis layers of one registry layer: a halo under a heavy outline for areas and
 * lines, a ring for points. They read the `highlight` global state, so a chapter's emphasis is one
 * `setGlobalStateProperty` call, and they carry the registry layer's metadata so
 * applyLayerVisibility hides them with their layer.
 */
export function highlightLayers(source: LayerId, palette: Palette, { dated }: { dated: boolean }): LayerSpecification[] {
  const base = (types: string[]): FilterSpecification => ['all', ...(dated ? [dateFilter()] : []), ofType(...types), IS_HIGHLIGHTED] as FilterSpecification;
  const metadata = { ...meta(source), [HIGHLIGHT_KEY]: true };
  const shapes = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'];
  return [
    {
      id: `${source}-highlight-halo`,
      type: 'line',
      source,
      filter: base(shapes),
      metadata,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.labelHalo, 'line-width': 7, 'line-opacity': 0.9 },
    },
    {
      id: `${source}-highlight-line`,
      type: 'line',
      source,
      filter: base(shapes),
      metadata,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.accent, 'line-width': 3.5 },
    },
    {
      id: `${source}-highlight-ring`,
      type: 'circle',
      source,
      filter: base(['Point', 'MultiPoint']),
      metadata,
      paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': palette.accent, 'circle-stroke-width': 3 },
    },
  ];
}
