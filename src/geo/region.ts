import type { BBox } from 'geojson';

/**
 * The part of the world Crossroads draws: [west, south, east, north] in degrees.
 * Wide enough for Kars in the west, the Caspian coast in the east and Tbilisi in the north; in the
 * south it reaches 36.2° N, past Tabriz and Lake Urmia, because a map in a tall frame (a phone
 * embed fitting the whole region's width) looks about a degree farther south than the landscape
 * maps, and with the data ending at 37.5° N it showed an empty band there.
 */
export const REGION_BBOX: BBox = [40.0, 36.2, 51.0, 43.0];

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
