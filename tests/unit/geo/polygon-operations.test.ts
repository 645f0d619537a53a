import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import area from '@turf/area';
import { intersectPolygons } from '../../../src/geo/intersect-polygons.ts';
import { subtractPolygons } from '../../../src/geo/subtract-polygons.ts';
import { unionPolygons } from '../../../src/geo/union-polygons.ts';

/** A 0.1° square with its south-west corner at (lon, lat). */
const sq = (lon: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.1, lat],
      [lon + 0.1, lat + 0.1],
      [lon, lat + 0.1],
      [lon, lat],
    ],
  ],
});
const ratio = (a: Polygon | { type: 'MultiPolygon'; coordinates: number[][][][] }, b: Polygon) => area(a) / area(b);

describe('intersectPolygons', () => {
  it('returns the common part', () => {
    expect(ratio(intersectPolygons(sq(45, 40), sq(45.05, 40))!, sq(45, 40))).toBeCloseTo(0.5, 2);
  });
  it('returns null for disjoint polygons', () => {
    expect(intersectPolygons(sq(45, 40), sq(46, 40))).toBeNull();
  });
});

describe('subtractPolygons', () => {
  it('removes every polygon in turn', () => {
    expect(ratio(subtractPolygons(sq(45, 40), [sq(45.05, 40), sq(44.95, 40.05)])!, sq(45, 40))).toBeCloseTo(0.25, 2);
  });
  it('returns null when nothing is left', () => {
    expect(subtractPolygons(sq(45, 40), [sq(45, 40)])).toBeNull();
  });
});

describe('unionPolygons', () => {
  it('joins overlapping polygons', () => {
    expect(ratio(unionPolygons(sq(45, 40), sq(45.05, 40)), sq(45, 40))).toBeCloseTo(1.5, 2);
  });
  it('returns a single polygon unchanged', () => {
    expect(unionPolygons(sq(45, 40))).toEqual(sq(45, 40));
  });
  it('throws when given nothing', () => {
    expect(() => unionPolygons()).toThrow(/nothing to unite/);
  });
});
