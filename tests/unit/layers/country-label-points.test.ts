import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { countryLabelPoints, interiorLabelPoint } from '../../../src/layers/country-label-points.ts';
import { REGION_VIEW } from '../../../src/geo/region.ts';

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
  it("labels a country inside the region's whole view, not in the middle of all its drawn ground", () => {
    // A neighbour drawn from 36.6° N up to 39° N (Iran below the Aras): only 38.35–39° N is in view.
    const [[, south]] = REGION_VIEW;
    const fc = countryLabelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'iran', name_en: 'Iran' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [44, 36.6],
                [50, 36.6],
                [50, 39],
                [44, 39],
                [44, 36.6],
              ],
            ],
          },
        },
      ],
    });
    const [, lat] = fc.features[0]!.geometry.coordinates as [number, number];
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(39);
  });
});
