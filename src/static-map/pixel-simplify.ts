import type { GeoStream } from 'd3';

/** Squared distance from p to the segment ab. */
function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2)) : 0;
  return (p[0]! - a[0]! - t * dx) ** 2 + (p[1]! - a[1]! - t * dy) ** 2;
}

/**
 * Returns the points Douglas–Peucker keeps at a tolerance (Douglas & Peucker 1973), iteratively so
 * long coastlines cannot overflow the call stack. First and last points are always kept.
 */
export function douglasPeucker(points: number[][], tolerance: number): number[][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > max) [max, index] = [d, i];
    }
    if (max > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Returns a d3 stream transform that simplifies every projected line and ring to a pixel
 * tolerance: lines are buffered, reduced by Douglas–Peucker, and (d3 streams rings without the closing point) rings that shrink below three
 * points (features smaller than the tolerance) are dropped. Place it after the projection.
 */
export function pixelSimplify(tolerance: number): (sink: GeoStream) => GeoStream {
  return (sink) => {
    let buffer: number[][] | null = null;
    let inPolygon = false;
    return {
      point(x, y) {
        if (buffer) buffer.push([x, y]);
        else sink.point(x, y);
      },
      lineStart() {
        buffer = [];
      },
      lineEnd() {
        const kept = douglasPeucker(buffer ?? [], tolerance);
        buffer = null;
        if (kept.length < (inPolygon ? 3 : 2)) return;
        sink.lineStart();
        for (const [x, y] of kept) sink.point(x!, y!);
        sink.lineEnd();
      },
      polygonStart() {
        inPolygon = true;
        sink.polygonStart();
      },
      polygonEnd() {
        inPolygon = false;
        sink.polygonEnd();
      },
      sphere() {
        sink.sphere?.();
      },
    };
  };
}

/**
 * A d3 path context writing compact SVG path data: coordinates rounded to 0.1 px, relative `l`
 * steps after each `M`, and no repeated points. Steps are taken between rounded positions, so
 * rounding never accumulates along a line.
 */
export class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private readonly r = (v: number) => Math.round(v * 10);
  private readonly f = (v: number) => String(v / 10);
  private step(dx: number, dy: number): string {
    return `${this.f(dx)}${dy < 0 ? '' : ','}${this.f(dy)}`;
  }
  moveTo(x: number, y: number): void {
    [this.x, this.y] = [this.r(x), this.r(y)];
    this.out += `M${this.f(this.x)},${this.f(this.y)}l`;
  }
  lineTo(x: number, y: number): void {
    const [nx, ny] = [this.r(x), this.r(y)];
    if (nx === this.x && ny === this.y) return;
    // A space separates a step from the previous one unless the sign does.
    const s = this.step(nx - this.x, ny - this.y);
    this.out += (this.out.endsWith('l') || s.startsWith('-') ? '' : ' ') + s;
    [this.x, this.y] = [nx, ny];
  }
  closePath(): void {
    this.out += 'z';
  }
  arc(): void {
    throw new Error('CompactPath draws no points; draw them as <circle>s');
  }
  /** Returns the path data written so far and starts afresh. */
  take(): string {
    const d = this.out.replace(/l(?=[Mz]|$)/g, '');
    this.out = '';
    return d;
  }
}
