import type { Feature, Geometry } from 'geojson';
import rewind from '@turf/rewind';
import { roundGeometry } from './round-coordinates.ts';

/** Property keys that lead every feature, in this order; the rest follow alphabetically. */
const LEADING_KEYS = ['id', 'kind', 'name_en', 'name_hy', 'name_az', 'name_ru', 'valid_from', 'valid_to'];

function orderKeys(props: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(props);
  const lead = LEADING_KEYS.filter((k) => k in props);
  const rest = keys.filter((k) => !LEADING_KEYS.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const k of [...lead, ...rest]) if (props[k] !== undefined) out[k] = props[k];
  return out;
}

/**
 * Returns the features in a stable form: coordinates rounded to `decimals`, polygons wound per
 * RFC 7946 (outer rings counter-clockwise, holes clockwise), property keys in a fixed order,
 * features in the order given. Throws if a geometry collapses when rounded.
 */
export function normalizeFeatures(features: Feature[], decimals: number): Feature[] {
  return features.map((f) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const rounded = roundGeometry(f.geometry, decimals);
    if (!rounded) throw new Error(`Feature ${String(props.id)} collapses at ${decimals} decimals`);
    const wound = rounded.type === 'Polygon' || rounded.type === 'MultiPolygon' ? (rewind(rounded) as Geometry) : rounded;
    return { type: 'Feature', properties: orderKeys(props), geometry: wound };
  });
}

/**
 * Serialises a feature collection deterministically, one feature per line so that diffs of the
 * committed files stay reviewable.
 */
export function serializeFeatureCollection(features: Feature[], decimals: number): string {
  const lines = normalizeFeatures(features, decimals).map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
