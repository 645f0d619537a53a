import type { Geometry, Position } from 'geojson';

/** Returns a position rounded to `decimals` places (5 ≈ 1 m, 4 ≈ 11 m, 3 ≈ 110 m at these latitudes). */
export function roundPosition(p: Position, decimals: number): Position {
  const f = 10 ** decimals;
  // `+ 0` turns -0 into 0 so output is byte-stable.
  return [Math.round((p[0] as number) * f) / f + 0, Math.round((p[1] as number) * f) / f + 0];
}

/** Drops consecutive duplicate positions, which rounding creates. */
function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
}

/** Removes collinear-free degenerate rings (fewer than four positions after rounding). */
function roundRing(ring: Position[], decimals: number): Position[] | null {
  const r = dedupe(ring.map((p) => roundPosition(p, decimals)));
  if (r.length < 4) return null;
  return r;
}

/**
 * Returns a copy of the geometry with every coordinate rounded, consecutive duplicates removed and
 * rings that collapse below four positions dropped (a polygon whose outer ring collapses is dropped).
 */
export function roundGeometry(g: Geometry, decimals: number): Geometry | null {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates, decimals) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map((p) => roundPosition(p, decimals)) };
    case 'LineString': {
      const c = dedupe(g.coordinates.map((p) => roundPosition(p, decimals)));
      return c.length >= 2 ? { type: 'LineString', coordinates: c } : null;
    }
    case 'MultiLineString': {
      const lines = g.coordinates.map((l) => dedupe(l.map((p) => roundPosition(p, decimals)))).filter((l) => l.length >= 2);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const rings = roundPolygon(g.coordinates, decimals);
      return rings ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polys = g.coordinates.map((p) => roundPolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
      if (!polys.length) return null;
      return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
    }
    case 'GeometryCollection':
      throw new Error('GeometryCollection is not used in Crossroads geodata');
  }
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const outer = roundRing(rings[0]!, decimals);
  if (!outer) return null;
  const holes = rings
    .slice(1)
    .map((r) => roundRing(r, decimals))
    .filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}
