import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import area from '@turf/area';
import { polygon, multiPolygon, featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import bboxClip from '@turf/bbox-clip';

/** Returns the area of one ring in km². */
export function ringAreaKm2(ring: Position[]): number {
  return area(polygon([ring])) / 1e6;
}

/** Returns the polygons of a Polygon or MultiPolygon as a list of rings lists. */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Returns the geometry without parts smaller than `minPartKm2` and holes smaller than `minHoleKm2`
 * (OSM-derived outlines carry sub-km² slivers and tiling seams), re-noded with a polygon union so
 * that self-touching rings become valid polygons.
 */
export function cleanPolygons(g: Polygon | MultiPolygon, { minPartKm2, minHoleKm2 }: { minPartKm2: number; minHoleKm2: number }): Polygon | MultiPolygon {
  const parts = polygonsOf(g)
    .filter((p) => p.length > 0 && p[0] !== undefined && p[0].length >= 4 && ringAreaKm2(p[0]) >= minPartKm2)
    .map((p) => [p[0]!, ...p.slice(1).filter((h) => h.length >= 4 && ringAreaKm2(h) >= minHoleKm2)]);
  if (parts.length === 0) throw new Error('cleanPolygons: nothing left');
  return normalizePolygons(multiPolygon(parts).geometry);
}

/** Returns the geometry re-noded by a polygon union (the union of a geometry with itself fixes self-touching rings). */
export function normalizePolygons(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const f = { type: 'Feature', properties: {}, geometry: g } as Feature<Polygon | MultiPolygon>;
  const u = union(featureCollection([f, f]));
  if (!u) throw new Error('normalizePolygons: empty union');
  return u.geometry;
}

/** Returns the polygon parts of `g` inside `box`, without the empty rings that bbox clipping leaves; null when nothing is left. */
export function clipPolygonsToBbox(g: Polygon | MultiPolygon, box: [number, number, number, number]): Polygon | MultiPolygon | null {
  const clipped = bboxClip(g, box).geometry as Polygon | MultiPolygon;
  const parts = polygonsOf(clipped)
    .map((p) => p.filter((r) => r.length >= 4))
    .filter((p) => p.length > 0 && ringAreaKm2(p[0]!) > 0);
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
}
