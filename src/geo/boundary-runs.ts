import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf } from './clean-polygons.ts';

/**
 * Returns the stretches of a polygon's boundary (outer rings and holes) made of consecutive vertices
 * for which `keep` is true, as open lines of two or more positions. A stretch that runs through the
 * ring's closing vertex is returned in one piece. With `reach`, each stretch also takes the dropped
 * vertex next to each of its ends, so that it reaches the edge it stops at. Used to draw a front line
 * as the part of an area's edge that is not a state border.
 */
export function boundaryRuns(g: Polygon | MultiPolygon, keep: (p: Position) => boolean, { reach = false } = {}): Position[][] {
  const runs: Position[][] = [];
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      const open = ring.slice(0, -1);
      const kept = open.map(keep);
      const start = kept.indexOf(false);
      if (start === -1) {
        runs.push([...ring]);
        continue;
      }
      // Walk once around the ring starting at a dropped vertex, so no run is split at the seam.
      let run: Position[] = [];
      const close = (dropped: Position) => {
        if (run.length > 0 && reach) run.push(dropped);
        if (run.length >= 2) runs.push(run);
        run = [];
      };
      for (let k = 1; k <= open.length; k++) {
        const i = (start + k) % open.length;
        if (kept[i]) {
          if (run.length === 0 && reach) run.push(open[(i + open.length - 1) % open.length]!);
          run.push(open[i]!);
        } else close(open[i]!);
      }
      if (run.length > 0) close(open[start]!);
    }
  }
  return runs;
}
