import type { Geometry, Position } from 'geojson';

/** Returns twice the signed planar area of a ring in lon/lat (positive when counter-clockwise). */
function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return s;
}

/** Returns the ring wound as wanted: clockwise (`cw`) or counter-clockwise. */
const wind = (ring: Position[], cw: boolean): Position[] => (signedArea2(ring) < 0 === cw ? ring : [...ring].reverse());

/**
 * Returns a geometry wound as d3-geo wants it: outer rings clockwise, holes counter-clockwise.
 * GeoJSON (RFC 7946) winds the other way, and d3's spherical polygons read an RFC-wound ring as
 * everything outside it. Planar orientation is exact enough for rings far smaller than a hemisphere.
 */
export function windForD3(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((r, i) => wind(r, i === 0)) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map((r, i) => wind(r, i === 0))) };
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map(windForD3) };
  return geometry;
}
