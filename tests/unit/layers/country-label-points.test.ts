import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { countryLabelPoints, interiorLabelPoint } from '../../../src/layers/country-label-points.ts';

// An L-shaped polygon whose centroid lies outside it.
const L: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};
const square = (x: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + size, 0],
      [x + size, size],
      [x, size],
      [x, 0],
    ],
  ],
});

describe('countryLabelPoints', () => {
  it('puts the point inside a concave polygon', () => {
    expect(booleanPointInPolygon(interiorLabelPoint(L), L)).toBe(true);
  });
  it('labels a multipolygon once, in its largest part, keeping names and ids only', () => {
    const fc = countryLabelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'x', iso_a2: 'AZ', focus: true, name_en: 'X', note: 'n' },
          geometry: { type: 'MultiPolygon', coordinates: [square(0, 1).coordinates, square(5, 4).coordinates] },
        },
      ],
    });
    expect(fc.features).toHaveLength(1);
    const [lng] = fc.features[0]!.geometry.coordinates as [number, number];
    expect(lng).toBeGreaterThan(5);
    expect(fc.features[0]!.properties).toEqual({ id: 'x', iso_a2: 'AZ', focus: true, name_en: 'X' });
  });
});
