import type { Geometry, Position } from 'geojson';
import kinks from '@turf/kinks';
import booleanClockwise from '@turf/boolean-clockwise';
import { isInRegion } from './region.ts';

/** Returns every position of a geometry. */
export function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

/** Returns the number of decimals a coordinate is written with. */
export function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Returns the problems of a geometry, empty when it is valid for Crossroads: closed rings of at
 * least four positions, RFC 7946 winding (outer counter-clockwise, holes clockwise), no ring that
 * crosses itself, every position inside the region and written with at most `maxDecimals` decimals.
 */
export function geometryProblems(g: Geometry, maxDecimals: number): string[] {
  const problems: string[] = [];
  for (const p of positionsOf(g)) {
    if (p.length !== 2) problems.push(`position with ${p.length} values`);
    const [lon, lat] = p as [number, number];
    if (!isInRegion(lon, lat)) problems.push(`position ${lon},${lat} outside the region`);
    if (decimalsOf(lon) > maxDecimals || decimalsOf(lat) > maxDecimals) problems.push(`position ${lon},${lat} has more than ${maxDecimals} decimals`);
  }
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4) problems.push(`ring with ${ring.length} positions`);
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push('ring not closed');
      const clockwise = booleanClockwise(ring);
      if (i === 0 && clockwise) problems.push('outer ring is clockwise (RFC 7946 wants counter-clockwise)');
      if (i > 0 && !clockwise) problems.push('hole is counter-clockwise (RFC 7946 wants clockwise)');
      const k = kinks({ type: 'Polygon', coordinates: [ring] }).features.length;
      if (k > 0) problems.push(`ring crosses itself at ${k} points`);
    });
  }
  const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  for (const line of lines) if (line.length < 2) problems.push('line with fewer than two positions');
  return problems;
}
