import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { boundaryRuns } from '../../../src/geo/boundary-runs.ts';

/** A square with a vertex in the middle of each side, counter-clockwise from the south-west corner. */
const square = (): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 2],
      [1, 2],
      [0, 2],
      [0, 1],
      [0, 0],
    ],
  ],
});
const westEdge = (p: Position) => p[0] !== 0;

describe('boundaryRuns', () => {
  it('returns the whole closed ring when every vertex is kept', () => {
    expect(boundaryRuns(square(), () => true)).toEqual([square().coordinates[0]]);
  });

  it('drops the vertices that fail the test and joins the stretch across the ring seam', () => {
    expect(boundaryRuns(square(), westEdge)).toEqual([
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [2, 2],
        [1, 2],
      ],
    ]);
  });

  it('with reach, extends each stretch to the dropped vertex on either side', () => {
    expect(boundaryRuns(square(), westEdge, { reach: true })).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [2, 1],
        [2, 2],
        [1, 2],
        [0, 2],
      ],
    ]);
  });

  it('returns separate stretches when dropped vertices split the ring', () => {
    const keep = (p: Position) => !(p[0] === 1 && (p[1] === 0 || p[1] === 2));
    expect(boundaryRuns(square(), keep)).toHaveLength(2);
  });

  it('returns nothing when no two consecutive vertices are kept', () => {
    expect(boundaryRuns(square(), () => false)).toEqual([]);
  });
});
