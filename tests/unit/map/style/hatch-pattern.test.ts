import { describe, expect, it } from 'vitest';
import { hatchPattern, hexToRgb } from '../../../../src/map/style/hatch-pattern.ts';
import { patternImages, CONTROL_AREA_STYLE, hatchId } from '../../../../src/map/style/data-layers.ts';
import { LIGHT } from '../../../../src/map/style/palette.ts';

const alphaAt = (img: ReturnType<typeof hatchPattern>, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];

describe('hatchPattern', () => {
  it('is an RGBA image of the requested size', () => {
    const img = hatchPattern('#D55E00', { size: 8 });
    expect(img.data.length).toBe(8 * 8 * 4);
  });
  it('paints stripes in the colour and leaves the rest transparent', () => {
    const img = hatchPattern('#D55E00', { size: 8, stripe: 2 });
    expect([...img.data.slice(0, 4)]).toEqual([...hexToRgb('#D55E00'), 255]);
    expect(alphaAt(img, 4, 0)).toBe(0);
  });
  it('tiles without a seam: stripe pixels wrap across the edges', () => {
    const img = hatchPattern('#000000', { size: 8, stripe: 2 });
    expect(alphaAt(img, 7, 1)).toBe(alphaAt(img, 0, 0));
  });
  it('differs by direction', () => {
    expect(hatchPattern('#000000', { direction: '/' }).data).not.toEqual(hatchPattern('#000000', { direction: '\\' }).data);
  });
  it('makes one image per kind of control area', () => {
    expect(patternImages(LIGHT).map((p) => p.id)).toEqual(Object.keys(CONTROL_AREA_STYLE).map(hatchId));
  });
});
