import type { LineString, MultiPolygon, Polygon } from 'geojson';
import buffer from '@turf/buffer';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString, polygon } from '@turf/helpers';
import { polygonsOf } from './clean-polygons.ts';
import { subtractPolygons } from './subtract-polygons.ts';

/**
 * Returns the zone of a corridor of `widthKm` around a road: the road buffered by half the width on
 * each side (@turf/buffer, geodesic km), minus the `exclude` polygons (e.g. the neighbouring state,
 * or a town the corridor must not touch). Only the parts that hold a vertex of the road are kept, so
 * slivers where the buffer of an excluded stretch spills over a border are dropped. Throws when
 * nothing is left.
 */
export function corridorZone(road: LineString, widthKm: number, exclude: (Polygon | MultiPolygon)[] = []): Polygon | MultiPolygon {
  const zone = buffer(lineString(road.coordinates), widthKm / 2, { units: 'kilometers', steps: 8 });
  if (!zone) throw new Error('corridorZone: empty buffer');
  const clipped = subtractPolygons(zone.geometry, exclude);
  const parts = clipped ? polygonsOf(clipped).filter((p) => road.coordinates.some((v) => booleanPointInPolygon(v, polygon(p)))) : [];
  if (parts.length === 0) throw new Error('corridorZone: the exclusions cover the whole corridor');
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
}
