import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { REGION_VIEW } from '../geo/region.ts';
import { polygonsOf } from '../geo/clean-polygons.ts';

const NAME_KEY = /^name_/;

/** Squared distance from p to segment ab, in degrees² (fine for ranking points within one country). */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}

/**
 * Returns a label point well inside a polygon: of a 24×24 grid over its bbox, the inside point
 * farthest from any edge (a coarse pole of inaccessibility; polylabel's idea, without its precision).
 */
export function interiorLabelPoint(polygon: Polygon): Position {
  const outer = polygon.coordinates[0]!;
  const xs = outer.map((p) => p[0]!);
  const ys = outer.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position = outer[0]!;
  let bestD = -1;
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!booleanPointInPolygon(p, polygon)) continue;
      let d = Infinity;
      for (const ring of polygon.coordinates) for (let k = 1; k < ring.length; k++) d = Math.min(d, segmentDistance2(p, ring[k - 1]!, ring[k]!));
      if (d > bestD) [best, bestD] = [p, d];
    }
  }
  return best.map((v) => Math.round(v * 1e4) / 1e4);
}

/** The parts of an outline as polygons, without the degenerate rings a clip can leave. */
const partsOf = (g: Polygon | MultiPolygon): Polygon[] =>
  polygonsOf(g)
    .filter((rings) => (rings[0]?.length ?? 0) >= 4)
    .map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));

const largestOf = (parts: Polygon[]): Polygon => parts.reduce((a, b) => (area(b) > area(a) ? b : a));

/**
 * Returns one label point per country, in its largest part inside the region's whole view
 * (REGION_VIEW), with the country's id, iso code, focus flag and names. The view, not the drawn
 * data: the data reach farther south than any landscape map looks (so tall phone maps are never cut
 * off), and a label point in the middle of all of Iran's drawn ground would fall below every map.
 * Labelling the polygons themselves repeats a name once per tile and exclave.
 */
export function countryLabelPoints(countries: FeatureCollection<Polygon | MultiPolygon>): FeatureCollection<Point> {
  const [[w, s], [e, n]] = REGION_VIEW;
  const features: Feature<Point>[] = countries.features.map((f) => {
    const inView = partsOf(bboxClip({ type: 'Feature', properties: {}, geometry: f.geometry }, [w, s, e, n]).geometry as Polygon | MultiPolygon);
    // A country wholly outside the view keeps a point in its own largest part.
    const largest = largestOf(inView.length ? inView : partsOf(f.geometry));
    const props = f.properties ?? {};
    const keep = Object.fromEntries(Object.entries(props).filter(([k]) => NAME_KEY.test(k) || ['id', 'iso_a2', 'focus'].includes(k)));
    return { type: 'Feature', properties: keep, geometry: { type: 'Point', coordinates: interiorLabelPoint(largest) } };
  });
  return { type: 'FeatureCollection', features };
}
