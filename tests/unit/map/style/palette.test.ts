import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssVarName, paletteCss, PALETTES, type Palette } from '../../../../src/map/style/palette.ts';
import { deltaE, simulateLab, type Deficiency } from '../../support/colour-vision.ts';

const VISIONS: Deficiency[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
type Pair = [keyof Palette, keyof Palette, number];
// Pairs a reader must tell apart, with the minimum CIE76 ΔE under every simulated vision.
// Adjacent fills need ≥ 15; point symbols ≥ 20; hatches also differ in stripe direction, so ≥ 10.
const PAIRS: Pair[] = [
  ['armenia', 'azerbaijan', 15],
  ['armenia', 'land', 15],
  ['azerbaijan', 'land', 15],
  ['azerbaijan', 'water', 15],
  ['land', 'water', 15],
  ['crossingOpen', 'crossingClosed', 20],
  ['crossingOpen', 'crossingLimited', 20],
  ['crossingClosed', 'crossingLimited', 20],
  ['heldByArmenianForces', 'takenIn2020War', 20],
  ['heldByArmenianForces', 'returnedDistrict', 20],
  ['takenIn2020War', 'returnedDistrict', 10],
  ['nkao', 'armenia', 20],
  ['nkao', 'azerbaijan', 20],
];

describe('palettes', () => {
  for (const palette of PALETTES) {
    for (const [a, b, min] of PAIRS) {
      it(`${palette.name}: ${a} vs ${b} stay apart under every colour vision`, () => {
        for (const v of VISIONS) expect(deltaE(palette[a], palette[b], v), v).toBeGreaterThanOrEqual(min);
      });
    }
    it(`${palette.name}: land is painted in land tones and water in blue, under every colour vision`, () => {
      // CIELAB b* < 0 is the blue side of the blue–yellow axis, the one axis protan and deutan readers keep.
      for (const v of VISIONS) {
        for (const land of ['land', 'armenia', 'azerbaijan', 'mapBackground'] as const)
          expect(simulateLab(palette[land], v)[2], `${land}, ${v}`).toBeGreaterThanOrEqual(0);
        if (v !== 'tritanopia') expect(simulateLab(palette.water, v)[2], `water, ${v}`).toBeLessThanOrEqual(-12);
      }
    });

    it(`${palette.name}: Armenia and Azerbaijan carry equal visual weight (lightness and chroma)`, () => {
      const [l1, a1, b1] = simulateLab(palette.armenia, 'normal');
      const [l2, a2, b2] = simulateLab(palette.azerbaijan, 'normal');
      expect(Math.abs(l1 - l2)).toBeLessThanOrEqual(5);
      expect(Math.abs(Math.hypot(a1, b1) - Math.hypot(a2, b2))).toBeLessThanOrEqual(8);
    });

    it(`${palette.name}: every token is a #rrggbb colour`, () => {
      for (const [k, v] of Object.entries(palette)) if (k !== 'name') expect(v, k).toMatch(/^#[0-9a-fA-F]{6}$/);
    });
  }
  it('all palettes have the same tokens', () => {
    const keys = PALETTES.map((p) => Object.keys(p).sort().join());
    expect(new Set(keys).size).toBe(1);
  });
  it('names CSS variables in kebab case', () => expect(cssVarName('inkMuted')).toBe('--cr-ink-muted'));
});

describe('src/styles/tokens.css', () => {
  const path = new URL('../../../../src/styles/tokens.css', import.meta.url);
  it('is generated from the palette (REGEN=1 rewrites it)', () => {
    if (process.env.REGEN) writeFileSync(path, paletteCss());
    expect(readFileSync(path, 'utf8')).toBe(paletteCss());
  });
});
