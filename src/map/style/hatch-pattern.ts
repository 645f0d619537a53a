/** An RGBA image in the shape `map.addImage` accepts. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parses #rrggbb into [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Expected a #rrggbb colour, got "${hex}"`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Returns a tileable diagonal-stripe image: stripes of `colour` on transparent.
 * `direction` '/' rises to the right, '\\' falls; different kinds use different directions so
 * they differ in texture as well as colour. Size in image pixels (add with pixelRatio 2).
 */
export function hatchPattern(
  colour: string,
  { size = 16, stripe = 4, direction = '/', alpha = 255 }: { size?: number; stripe?: number; direction?: '/' | '\\'; alpha?: number } = {},
): PatternImage {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance along the anti-diagonal, wrapped so the tile repeats without seams.
      const d = direction === '/' ? (x + y) % size : (x - y + size) % size;
      if (d < stripe) {
        const i = (y * size + x) * 4;
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = alpha;
      }
    }
  }
  return { width: size, height: size, data };
}
