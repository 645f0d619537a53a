import type { MultiPolygon, Polygon } from 'geojson';
import { normalizePolygons } from './clean-polygons.ts';
import { roundGeometry } from './round-coordinates.ts';
import { geometryProblems } from './geometry-checks.ts';

/**
 * Returns the polygons rounded to `decimals` and re-noded until rounding no longer makes rings cross
 * (rounding the output of polygon clipping can fold a narrow neck over itself). Throws if that does
 * not settle in a few rounds, or if the polygons collapse.
 */
export function settlePolygons(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon {
  let current = g;
  for (let round = 0; round < 4; round++) {
    const rounded = roundGeometry(current, decimals) as Polygon | MultiPolygon | null;
    if (!rounded) throw new Error('settlePolygons: the polygons collapse when rounded');
    if (geometryProblems(rounded, decimals).length === 0) return rounded;
    current = normalizePolygons(rounded);
  }
  throw new Error(`settlePolygons: still invalid after re-noding: ${geometryProblems(current, decimals).join('; ')}`);
}
