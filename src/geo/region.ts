import type { BBox } from 'geojson';

/**
 * The part of the world Crossroads draws: [west, south, east, north] in degrees.
 * Wide enough for Kars in the west, the Caspian coast in the east, Tbilisi in the north and
 * Tabriz's latitude in the south, so the context countries fill the frame at the widest zoom.
 */
export const REGION_BBOX: BBox = [40.0, 37.5, 51.0, 43.0];

/**
 * The whole region as a map first shows it, before a chapter's camera applies: Armenia, Azerbaijan
 * with Nakhchivan, and the Caspian coast, as [[west, south], [east, north]].
 */
export const REGION_VIEW: [[number, number], [number, number]] = [
  [43.4, 38.35],
  [50.7, 41.95],
];

/** Returns true when [lon, lat] lies inside REGION_BBOX. */
export function isInRegion(lon: number, lat: number): boolean {
  const [w, s, e, n] = REGION_BBOX as [number, number, number, number];
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
