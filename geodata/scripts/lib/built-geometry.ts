import type { MultiPolygon, Polygon } from 'geojson';
import type { LayerId } from '../../../src/schemas/layer-properties.ts';
import { readBuiltLayer } from './layer-script.ts';

/** Returns the polygon geometry of feature `id` of a built layer; throws naming what is missing. */
export function builtPolygon(layer: LayerId, id: string): Polygon | MultiPolygon {
  const f = readBuiltLayer(layer).find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${layer} layer has no feature ${id}: build it first`);
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error(`${layer}/${id} is not a polygon`);
  return f.geometry;
}
