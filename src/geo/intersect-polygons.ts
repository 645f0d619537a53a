import type { MultiPolygon, Polygon } from 'geojson';
import { intersect } from '@turf/intersect';
import { featureCollection } from '@turf/helpers';

/** Returns the part common to all the polygons (@turf/intersect), or null when they do not overlap. */
export function intersectPolygons(...gs: (Polygon | MultiPolygon)[]): Polygon | MultiPolygon | null {
  const fc = featureCollection(gs.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g })));
  return intersect(fc)?.geometry ?? null;
}
