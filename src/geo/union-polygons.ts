import type { MultiPolygon, Polygon } from 'geojson';
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';

/** Returns the union of the polygons (@turf/union); throws when given none. */
export function unionPolygons(...gs: (Polygon | MultiPolygon)[]): Polygon | MultiPolygon {
  if (gs.length === 0) throw new Error('unionPolygons: nothing to unite');
  if (gs.length === 1) return gs[0]!;
  const u = union(featureCollection(gs.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g }))));
  if (!u) throw new Error('unionPolygons: empty union');
  return u.geometry;
}
