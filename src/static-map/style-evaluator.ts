import {
  featureFilter,
  latest,
  normalizePropertyExpression,
  type FilterSpecification,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';

/**
 * Evaluates the live map's own style layers for one feature, so the static map takes every
 * colour, width, dash, filter and label from the same expressions MapLibre runs (no restated values).
 */
export interface StyleContext {
  zoom: number;
  /** The style's global state: the selected date, the highlighted ids. */
  globalState: Record<string, unknown>;
}

type Vector = { type: 1 | 2 | 3; properties: Record<string, unknown>; id?: string | number };

const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = { Point: 1, MultiPoint: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 };

/** Returns the feature in the shape style-spec expressions evaluate against. */
function vectorOf(feature: Feature): Vector {
  return {
    type: GEOMETRY_TYPE[feature.geometry?.type ?? 'Point'] ?? 1,
    properties: (feature.properties ?? {}) as Record<string, unknown>,
    id: feature.properties?.id,
  };
}

/** Returns the property specification of a paint or layout property of a layer type. */
function specOf(layer: LayerSpecification, kind: 'paint' | 'layout', name: string): StylePropertySpecification {
  const table = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`${kind}_${layer.type}`];
  const spec = table?.[name];
  if (!spec) throw new Error(`No style-spec entry for ${kind} property "${name}" of ${layer.type} layers`);
  return spec;
}

/** Converts a style-spec value (Color, Formatted, Padding…) into what SVG needs. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'r' in value && 'g' in value && 'b' in value && 'a' in value) {
    const c = value as { r: number; g: number; b: number; a: number };
    // Colors come premultiplied by alpha; our palette is opaque, translucency comes from *-opacity.
    const un = (v: number) => Math.round(c.a > 0 ? (v / c.a) * 255 : 0);
    const hex = (v: number) => un(v).toString(16).padStart(2, '0');
    return c.a >= 1 ? `#${hex(c.r)}${hex(c.g)}${hex(c.b)}` : `rgba(${un(c.r)},${un(c.g)},${un(c.b)},${+c.a.toFixed(3)})`;
  }
  if (value && typeof value === 'object' && 'toString' in value && 'sections' in value) return String(value);
  // ResolvedImage (fill-pattern): the image id, which names the SVG <pattern>.
  if (value && typeof value === 'object' && 'name' in value && 'available' in value) return (value as { name: string }).name;
  return value;
}

/** A style layer bound to a context: evaluates its filter and properties per feature. */
export interface EvaluatedLayer {
  layer: LayerSpecification;
  /** True when the layer shows at the context's zoom and is not hidden. */
  visible: boolean;
  /** True when the feature passes the layer's filter (the date filter among them). */
  passes(feature: Feature): boolean;
  /** Returns a paint property (its default when unset) for a feature. */
  paint<T = unknown>(name: string, feature?: Feature): T;
  /** Returns a layout property (its default when unset) for a feature. */
  layout<T = unknown>(name: string, feature?: Feature): T;
}

/** Returns an evaluator of one style layer at a zoom and date. */
export function evaluateLayer(layer: LayerSpecification, ctx: StyleContext): EvaluatedLayer {
  const { globalState } = ctx;
  const globals = { zoom: ctx.zoom, globalState };
  const filter = 'filter' in layer && layer.filter ? featureFilter(layer.filter as FilterSpecification, 'filter', globalState) : null;
  const cache = new Map<string, { evaluate: (...args: unknown[]) => unknown }>();
  const expr = (kind: 'paint' | 'layout', name: string) => {
    const key = `${kind}:${name}`;
    if (!cache.has(key)) {
      const spec = specOf(layer, kind, name);
      const raw = ((layer as unknown as Record<string, Record<string, unknown> | undefined>)[kind] ?? {})[name];
      const value = raw === undefined ? spec.default : raw;
      cache.set(key, normalizePropertyExpression(value as never, name, spec, globalState) as unknown as { evaluate: (...args: unknown[]) => unknown });
    }
    return cache.get(key)!;
  };
  const inZoom = ctx.zoom >= (layer.minzoom ?? 0) && ctx.zoom < (layer.maxzoom ?? 24);
  const hidden = (layer as { layout?: { visibility?: string } }).layout?.visibility === 'none';
  return {
    layer,
    visible: inZoom && !hidden,
    passes: (feature) => !filter || filter.filter(globals as never, vectorOf(feature) as never),
    paint: <T>(name: string, feature?: Feature) => plain(expr('paint', name).evaluate(globals, feature ? vectorOf(feature) : undefined, {})) as T,
    layout: <T>(name: string, feature?: Feature) => plain(expr('layout', name).evaluate(globals, feature ? vectorOf(feature) : undefined, {})) as T,
  };
}
