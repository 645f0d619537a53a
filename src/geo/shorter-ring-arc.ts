import type { Position } from 'geojson';
import distance from '@turf/distance';
import length from '@turf/length';
import { lineString } from '@turf/helpers';

function nearestIndex(ring: Position[], p: Position): number {
  let best = 0;
  let bestKm = Infinity;
  ring.forEach((q, i) => {
    const d = distance(p, q);
    if (d < bestKm) [best, bestKm] = [i, d];
  });
  return best;
}

/**
 * Returns the shorter of the two stretches of a closed ring between the vertices nearest to `from`
 * and `to`, oriented from `from` to `to`. Used to take a stretch of border (e.g. a river boundary)
 * between two tripoints.
 */
export function shorterRingArc(ring: Position[], from: Position, to: Position): Position[] {
  const open = ring.slice(0, -1);
  const a = nearestIndex(open, from);
  const b = nearestIndex(open, to);
  const walk = (i: number, j: number): Position[] => {
    const out: Position[] = [open[i]!];
    for (let k = i; k !== j;) {
      k = (k + 1) % open.length;
      out.push(open[k]!);
    }
    return out;
  };
  const forward = walk(a, b);
  const backward = walk(b, a).reverse();
  if (forward.length < 2) throw new Error('shorterRingArc: both ends snap to the same vertex');
  return length(lineString(forward)) <= length(lineString(backward)) ? forward : backward;
}
