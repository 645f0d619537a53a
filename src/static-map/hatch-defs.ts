import type { PatternImage } from '../map/style/hatch-pattern.ts';
import { patternImages } from '../map/style/data-layers.ts';
import type { Palette } from '../map/style/palette.ts';

/** The stripes of a hatch image, read back from its pixels. */
export interface HatchSpec {
  /** Tile size in CSS px. */
  tile: number;
  /** Stripe width along a row, in CSS px. */
  stripe: number;
  direction: '/' | '\\';
  colour: string;
  opacity: number;
}

/**
 * Returns the stripes of a hatchPattern() image, so the SVG pattern is drawn from the very images
 * the live map adds (src/map/style/data-layers.ts patternImages) and cannot drift from them.
 * Row 0 holds the stripe's first `stripe` pixels; row 1 shifts them left for '/', right for '\'.
 */
export function hatchSpecOf(image: PatternImage, pixelRatio: number): HatchSpec {
  const on = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3]! > 0;
  let stripe = 0;
  while (stripe < image.width && on(stripe, 0)) stripe++;
  const i = 0;
  const hex = (v: number) => v.toString(16).padStart(2, '0');
  return {
    tile: image.width / pixelRatio,
    stripe: stripe / pixelRatio,
    direction: on(image.width - 1, 1) ? '/' : '\\',
    colour: `#${hex(image.data[i]!)}${hex(image.data[i + 1]!)}${hex(image.data[i + 2]!)}`,
    opacity: image.data[i + 3]! / 255,
  };
}

const r1 = (v: number) => Math.round(v * 100) / 100;

/** Returns an SVG <pattern> drawing a hatch: diagonal bands of the stripe width, tiled. */
export function hatchPatternSvg(id: string, spec: HatchSpec): string {
  const { tile: t, stripe: b } = spec;
  // Bands x + y ∈ [kt, kt + b] ('/') or x − y ∈ [kt, kt + b] ('\'), as the raster draws them;
  // the pattern tile clips what lies outside it.
  const bands =
    spec.direction === '/'
      ? [0, 1, 2].map((k) => [
          [k * t, 0],
          [k * t + b, 0],
          [k * t + b - t, t],
          [k * t - t, t],
        ])
      : [-1, 0].map((k) => [
          [k * t, 0],
          [k * t + b, 0],
          [k * t + b + t, t],
          [k * t + t, t],
        ]);
  const d = bands.map((pts) => `M${pts.map(([x, y]) => `${r1(x!)},${r1(y!)}`).join('L')}Z`).join('');
  const opacity = spec.opacity < 1 ? ` fill-opacity="${r1(spec.opacity)}"` : '';
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${r1(t)}" height="${r1(t)}"><path d="${d}" fill="${spec.colour}"${opacity}/></pattern>`;
}

/** Returns the <pattern>s of every hatch image of a palette, keyed by the image id fill-pattern names. */
export function hatchDefs(palette: Palette): Map<string, string> {
  return new Map(patternImages(palette).map(({ id, image, pixelRatio }) => [id, hatchPatternSvg(id, hatchSpecOf(image, pixelRatio))]));
}
