import { describe, expect, it } from 'vitest';
import { geometryProblems, decimalsOf } from '../../../src/geo/geometry-checks.ts';
import type { Polygon } from 'geojson';

const square = (): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [45, 40],
      [45.1, 40],
      [45.1, 40.1],
      [45, 40.1],
      [45, 40],
    ],
  ],
});

describe('geometryProblems', () => {
  it('accepts a counter-clockwise square inside the region', () => {
    expect(geometryProblems(square(), 4)).toEqual([]);
  });
  it('flags a clockwise outer ring', () => {
    const g = square();
    g.coordinates[0]!.reverse();
    expect(geometryProblems(g, 4)).toContain('outer ring is clockwise (RFC 7946 wants counter-clockwise)');
  });
  it('flags a bow-tie ring', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [45, 40],
          [45.1, 40.1],
          [45.1, 40],
          [45, 40.1],
          [45, 40],
        ],
      ],
    };
    expect(geometryProblems(g, 4).some((p) => p.startsWith('ring crosses itself'))).toBe(true);
  });
  it('flags an unclosed ring', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [45, 40],
          [45.1, 40],
          [45.1, 40.1],
          [45, 40.1],
        ],
      ],
    };
    expect(geometryProblems(g, 4)).toContain('ring not closed');
  });
  it('flags swapped longitude and latitude', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [40.18, 44.51] }, 4)).toContain('position 40.18,44.51 outside the region');
  });
  it('flags excess precision', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [44.51261, 40.1776] }, 4)[0]).toMatch(/more than 4 decimals/);
  });
});

describe('decimalsOf', () => {
  it('counts written decimals', () => {
    expect([decimalsOf(44), decimalsOf(44.5), decimalsOf(44.5126)]).toEqual([0, 1, 4]);
  });
});
