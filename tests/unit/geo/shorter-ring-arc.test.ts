import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { shorterRingArc } from '../../../src/geo/shorter-ring-arc.ts';

/** A long thin ring: a short southern edge with three vertices and a long way round by the north. */
const ring = (): Position[] => [
  [0, 0],
  [0.1, 0],
  [0.2, 0],
  [0.2, 1],
  [0, 1],
  [0, 0],
];

describe('shorterRingArc', () => {
  it('takes the shorter way between the vertices nearest the two points', () => {
    expect(shorterRingArc(ring(), [0.001, -0.001], [0.199, 0.001])).toEqual([
      [0, 0],
      [0.1, 0],
      [0.2, 0],
    ]);
  });

  it('runs from the first point to the second, whatever the ring order', () => {
    expect(shorterRingArc(ring(), [0.2, 0], [0, 0])).toEqual([
      [0.2, 0],
      [0.1, 0],
      [0, 0],
    ]);
  });

  it('takes the way round the seam of the ring when that is shorter', () => {
    expect(shorterRingArc(ring(), [0, 1], [0.1, 0])).toEqual([
      [0, 1],
      [0, 0],
      [0.1, 0],
    ]);
  });

  it('throws when both points snap to the same vertex', () => {
    expect(() => shorterRingArc(ring(), [0, 0], [0.001, 0])).toThrow(/same vertex/);
  });
});
