import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { woffToSfnt } from './woff-to-sfnt.ts';

/**
 * SVG → PNG at build time with resvg (WebAssembly build: one platform-independent package, no native
 * binaries, no system libraries). Text is drawn only with the self-hosted Noto Sans files shipped by
 * @fontsource (converted from WOFF in memory); system fonts are never loaded, so the PNGs come out
 * the same on every machine, offline.
 */

/** The @fontsource files the rasteriser loads: the subsets and weights the static maps use. */
export const RASTER_FONT_FILES = [
  ...['latin', 'latin-ext', 'cyrillic'].flatMap((subset) => [400, 700].map((w) => `@fontsource/noto-sans/files/noto-sans-${subset}-${w}-normal.woff`)),
  ...[400, 700].map((w) => `@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-${w}-normal.woff`),
] as const;

// Resolve from the project root: bundled endpoint code has no stable import.meta.url.
const requireFromRoot = () => createRequire(join(process.cwd(), 'package.json'));

let ready: Promise<Uint8Array[]> | undefined;

/** Loads the wasm module and the fonts once per process. */
function prepare(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    const req = requireFromRoot();
    await initWasm(readFileSync(req.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return RASTER_FONT_FILES.map((file) => {
      const path = req.resolve(file);
      try {
        return woffToSfnt(readFileSync(path));
      } catch (error) {
        throw new Error(`Cannot load font ${path} for the PNG images: ${(error as Error).message}`, { cause: error });
      }
    });
  })();
  return ready;
}

/** Counts distinct RGBA colours in raw pixels, stopping at `limit`. */
export function distinctColours(rgba: Uint8Array, limit = 1000): number {
  const seen = new Set<number>();
  for (let i = 0; i < rgba.length && seen.size < limit; i += 4) {
    seen.add(((rgba[i]! << 24) | (rgba[i + 1]! << 16) | (rgba[i + 2]! << 8) | rgba[i + 3]!) >>> 0);
  }
  return seen.size;
}

/** Fewer distinct colours than this means the image came out blank or nearly so. */
export const MIN_DISTINCT_COLOURS = 20;

/**
 * Renders an SVG to a PNG of exactly `width`×`height`. Throws (naming `label`) when the SVG cannot be
 * parsed, comes out at another size or comes out blank, so a build never ships an empty image.
 */
export async function rasteriseSvg(svg: string, size: { width: number; height: number }, label: string): Promise<Uint8Array> {
  const fontBuffers = await prepare();
  let rendered;
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: size.width },
      font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
      shapeRendering: 2,
      textRendering: 1,
    });
    rendered = resvg.render();
    resvg.free();
  } catch (error) {
    throw new Error(`PNG for ${label}: resvg could not render the SVG: ${(error as Error).message ?? error}`, { cause: error });
  }
  if (rendered.width !== size.width || rendered.height !== size.height) {
    throw new Error(`PNG for ${label}: rendered ${rendered.width}×${rendered.height}, expected ${size.width}×${size.height}`);
  }
  const colours = distinctColours(rendered.pixels);
  if (colours < MIN_DISTINCT_COLOURS) throw new Error(`PNG for ${label} is blank (${colours} distinct colours)`);
  const png = rendered.asPng();
  rendered.free();
  return png;
}
