import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { LIGHT } from '../../../src/map/style/palette.ts';
import { distinctColours, RASTER_FONT_FILES, rasteriseSvg } from '../../../src/share-card/rasterise.ts';
import { addTitlePanel } from '../../../src/share-card/share-card.ts';
import { woffToSfnt } from '../../../src/share-card/woff-to-sfnt.ts';

const req = createRequire(import.meta.url);

describe('woffToSfnt', () => {
  it('turns every font the rasteriser loads into a TrueType file with the same tables', () => {
    for (const file of RASTER_FONT_FILES) {
      const woff = readFileSync(req.resolve(file));
      const sfnt = woffToSfnt(woff);
      const dv = new DataView(sfnt.buffer);
      expect(dv.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4)); // flavor
      expect(dv.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12)); // numTables
      // totalSfntSize in the WOFF header is the size of the original font
      expect(sfnt.byteLength).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(16));
    }
  });
  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF/);
    expect(() => woffToSfnt(readFileSync(req.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2')))).toThrow(/not a WOFF/);
  });
});

describe('rasteriseSvg', () => {
  const text = (fill: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" font-family="'Noto Sans', 'Noto Sans Armenian', Arial, sans-serif"><rect width="300" height="100" fill="#fbfaf7"/><text x="10" y="40" font-size="24" fill="${fill}">Iğdır Ստեփանակերտ</text><text x="10" y="80" font-size="24" font-weight="700" fill="${fill}">Шуша / Şuşa</text></svg>`;
  it('draws text with our own fonts at the exact size', async () => {
    const png = PNG.sync.read(Buffer.from(await rasteriseSvg(text('#1c1b19'), { width: 300, height: 100 }, 'test')));
    expect([png.width, png.height]).toEqual([300, 100]);
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 80 && png.data[i + 1]! < 80 && png.data[i + 2]! < 80) dark++;
    expect(dark).toBeGreaterThan(300);
    expect(distinctColours(png.data)).toBeGreaterThan(20);
  });
  it('is deterministic', async () => {
    const a = await rasteriseSvg(text('#1c1b19'), { width: 300, height: 100 }, 'a');
    const b = await rasteriseSvg(text('#1c1b19'), { width: 300, height: 100 }, 'b');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
  it('fails loudly on a blank image, a wrong size or a broken SVG', async () => {
    await expect(
      rasteriseSvg('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"/>', { width: 300, height: 100 }, 'chapter "x"'),
    ).rejects.toThrow(/chapter "x" is blank/);
    await expect(rasteriseSvg(text('#000'), { width: 300, height: 120 }, 'y')).rejects.toThrow(/expected 300×120/);
    await expect(rasteriseSvg('<svg', { width: 300, height: 100 }, 'z')).rejects.toThrow(/PNG for z/);
  });
});

describe('addTitlePanel', () => {
  const map = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">\n<rect/>\n<g id="attribution"><text>Map data</text></g>\n</svg>\n';
  it('puts the site name and an escaped title under the attribution', () => {
    const out = addTitlePanel(map, { title: 'Nine months on one <blocked> road', palette: LIGHT });
    expect(out.indexOf('id="card-title"')).toBeLessThan(out.indexOf('id="attribution"'));
    expect(out).toContain('>CROSSROADS</text>');
    expect(out).toContain('&lt;blocked&gt;');
  });
  it('breaks a long title over lines', () => {
    const out = addTitlePanel(map, { title: 'A very long chapter title that cannot possibly fit on a single line of the share card panel', palette: LIGHT });
    expect(out.match(/font-size="30"/g)!.length).toBeGreaterThan(1);
  });
  it('needs the attribution group to anchor on', () => {
    expect(() => addTitlePanel('<svg/>', { title: 'x', palette: LIGHT })).toThrow(/attribution/);
  });
});
