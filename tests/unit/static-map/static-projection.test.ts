import { describe, expect, it } from 'vitest';
import { scaleForZoom, staticProjection, zoomForScale } from '../../../src/static-map/static-projection.ts';

/** Web Mercator as MapLibre computes it: world size 512·2^zoom px, y down from the north edge. */
function maplibrePixel([lon, lat]: [number, number], center: [number, number], zoom: number, width: number, height: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return [width / 2 + mx(lon) - mx(center[0]), height / 2 + my(lat) - my(center[1])];
}

describe('staticProjection', () => {
  it('puts a lon/lat where MapLibre would for a centre/zoom camera', () => {
    const camera = { center: [46.5, 40.0] as [number, number], zoom: 7.3, bearing: 0, pitch: 0 };
    const { projection } = staticProjection(camera, 1200, 800);
    for (const p of [
      [44.51, 40.18],
      [49.87, 40.41],
      [46.75, 39.82],
    ] as [number, number][]) {
      const [x, y] = projection(p)!;
      const [ex, ey] = maplibrePixel(p, camera.center, camera.zoom, 1200, 800);
      expect(Math.hypot(x - ex, y - ey)).toBeLessThan(0.01);
    }
  });

  it('reports the camera zoom for a centre/zoom camera', () => {
    expect(staticProjection({ center: [46, 40], zoom: 8.25, bearing: 0, pitch: 0 }, 600, 400).zoom).toBe(8.25);
  });

  it('converts between d3 scale and MapLibre zoom both ways', () => {
    expect(zoomForScale(scaleForZoom(6.7))).toBeCloseTo(6.7, 10);
  });

  it('turns the map counter-clockwise by the bearing, as MapLibre does (bearing 90: east is up)', () => {
    const { projection } = staticProjection({ center: [46, 40], zoom: 7, bearing: 90, pitch: 0 }, 1200, 800);
    const [x, y] = projection([46.5, 40])!;
    expect([Math.round(x), y < 400 - 50]).toEqual([600, true]);
  });

  it('fits a bounds camera so every corner lands inside the padding', () => {
    const [w, s, e, n] = [44.6, 38.8, 48.0, 41.0];
    const { projection } = staticProjection({ bounds: [w, s, e, n], padding: 40 }, 1200, 800);
    const corners = (
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ] as [number, number][]
    ).map((c) => projection(c)!);
    const inside = corners.every(([x, y]) => x >= 40 - 1e-6 && x <= 1160 + 1e-6 && y >= 40 - 1e-6 && y <= 760 + 1e-6);
    expect(inside).toBe(true);
  });

  it('fills the padded frame along the tighter axis, as fitBounds does', () => {
    const [w, s, e, n] = [44.6, 38.8, 48.0, 41.0];
    const { projection } = staticProjection({ bounds: [w, s, e, n], padding: 40 }, 1200, 800);
    const [x0, y0] = projection([w, n])!;
    const [x1, y1] = projection([e, s])!;
    expect(Math.max((x1 - x0) / 1120, (y1 - y0) / 720)).toBeCloseTo(1, 6);
  });

  it('gives a bounds camera the zoom of its fitted scale', () => {
    const { projection, zoom } = staticProjection({ bounds: [44, 38.5, 48, 41.5], padding: 20 }, 1200, 800);
    expect(scaleForZoom(zoom)).toBeCloseTo(projection.scale(), 6);
  });
});
