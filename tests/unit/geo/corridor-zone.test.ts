import { describe, expect, it } from 'vitest';
import type { LineString, Polygon } from 'geojson';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { corridorZone } from '../../../src/geo/corridor-zone.ts';

/** A 10 km road running north along 46° E. */
const road = (): LineString => ({
  type: 'LineString',
  coordinates: [
    [46, 39.5],
    [46, 39.59],
  ],
});
/** Everything west of 45.99° E in the test window, standing in for a neighbouring state. */
const westOf = (lon: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [45, 39],
      [lon, 39],
      [lon, 40],
      [45, 40],
      [45, 39],
    ],
  ],
});

describe('corridorZone', () => {
  it('is as wide as asked: a 10 km road in a 5 km corridor covers about 10 × 5 km plus two half-discs', () => {
    const km2 = area(corridorZone(road(), 5)) / 1e6;
    // 10.0 km × 5 km + π × 2.5² ≈ 69.6 km²; the buffer's polygonal caps make it a little less.
    expect(km2).toBeGreaterThan(66);
    expect(km2).toBeLessThan(70.5);
  });

  it('contains points 2.4 km either side of the road and not 2.6 km', () => {
    const zone = corridorZone(road(), 5);
    const dLon = (km: number) => km / (111.32 * Math.cos((39.55 * Math.PI) / 180));
    expect(booleanPointInPolygon(point([46 + dLon(2.4), 39.55]), zone)).toBe(true);
    expect(booleanPointInPolygon(point([46 - dLon(2.4), 39.55]), zone)).toBe(true);
    expect(booleanPointInPolygon(point([46 + dLon(2.6), 39.55]), zone)).toBe(false);
  });

  it('leaves out the excluded polygons', () => {
    const zone = corridorZone(road(), 5, [westOf(46)]);
    expect(booleanPointInPolygon(point([45.99, 39.55]), zone)).toBe(false);
    expect(booleanPointInPolygon(point([46.01, 39.55]), zone)).toBe(true);
  });

  it('drops parts that hold no vertex of the road', () => {
    // A road that runs inside the excluded state and leaves it: the buffer's spill across the
    // border beside the excluded stretch is not part of the corridor.
    const bent: LineString = {
      type: 'LineString',
      coordinates: [
        [45.9, 39.5],
        [45.9, 39.6],
        [46.1, 39.6],
      ],
    };
    const zone = corridorZone(bent, 5, [westOf(45.95)]);
    expect(zone.type).toBe('Polygon');
    expect(booleanPointInPolygon(point([46.1, 39.6]), zone)).toBe(true);
  });

  it('throws when the exclusions cover the whole corridor', () => {
    expect(() => corridorZone(road(), 5, [westOf(47)])).toThrow(/cover the whole corridor/);
  });
});
