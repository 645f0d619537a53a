import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { settlePolygons } from '../../../src/geo/settle-polygons.ts';
import { geometryProblems } from '../../../src/geo/geometry-checks.ts';

describe('settlePolygons', () => {
  it('returns a valid polygon rounded to the precision', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [45.00011, 40.00012],
          [45.1, 40],
          [45.1, 40.1],
          [45, 40.1],
          [45.00011, 40.00012],
        ],
      ],
    };
    const out = settlePolygons(g, 3);
    expect(out.coordinates).toEqual([
      [
        [45, 40],
        [45.1, 40],
        [45.1, 40.1],
        [45, 40.1],
        [45, 40],
      ],
    ]);
  });

  it('re-nodes a narrow neck that rounding folds over itself', () => {
    // Two lobes joined by a neck 0.0004° wide: at 3 decimals its sides cross.
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [45, 40],
          [45.1, 40],
          [45.1, 40.0498],
          [45.2, 40.0498],
          [45.2, 40],
          [45.3, 40],
          [45.3, 40.1],
          [45.2, 40.1],
          [45.2, 40.0502],
          [45.1, 40.0502],
          [45.1, 40.1],
          [45, 40.1],
          [45, 40],
        ],
      ],
    };
    const out = settlePolygons(g, 3);
    expect(geometryProblems(out, 3)).toEqual([]);
  });

  it('throws when the polygon collapses', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [45, 40],
          [45.0001, 40],
          [45.0001, 40.0001],
          [45, 40],
        ],
      ],
    };
    expect(() => settlePolygons(g, 3)).toThrow(/collapse/);
  });
});
