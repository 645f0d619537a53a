import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';

const asFeature = (g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: g });

/** Returns `a` minus every polygon of `bs` (@turf/difference), or null when nothing is left. */
export function subtractPolygons(a: Polygon | MultiPolygon, bs: (Polygon | MultiPolygon)[]): Polygon | MultiPolygon | null {
  let rest: Polygon | MultiPolygon | null = a;
  for (const b of bs) {
    if (!rest) return null;
    rest = difference(featureCollection([asFeature(rest), asFeature(b)]))?.geometry ?? null;
  }
  return rest;
}
