import { inflateSync } from 'node:zlib';

/**
 * Converts a WOFF 1.0 font (W3C WOFF File Format 1.0) back to the TrueType/OpenType (sfnt) bytes
 * it was made from: each table is inflated when compressed and laid out again with a fresh table
 * directory. Rasterisers such as resvg read only sfnt, while @fontsource ships WOFF; this avoids a
 * font-conversion dependency. Throws on anything that is not a well-formed WOFF 1.0 file.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || src.getUint32(0) !== 0x774f4646 /* 'wOFF' */) throw new Error('not a WOFF 1.0 file');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  if (44 + numTables * 20 > woff.byteLength) throw new Error('WOFF table directory runs past the end of the file');

  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const tag = src.getUint32(at);
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const checksum = src.getUint32(at + 16);
    if (offset + compLength > woff.byteLength) throw new Error(`WOFF table ${i} runs past the end of the file`);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${i} inflates to ${data.byteLength} bytes, expected ${origLength}`);
    return { tag, checksum, data };
  });
  // The sfnt table directory is sorted by tag (WOFF keeps that order, but do not rely on it).
  tables.sort((a, b) => a.tag - b.tag);

  const pad4 = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, t) => sum + pad4(t.data.byteLength), headerLength);
  const out = new Uint8Array(total);
  const dst = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, searchRange);
  dst.setUint16(8, entrySelector);
  dst.setUint16(10, numTables * 16 - searchRange);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad4(t.data.byteLength);
  });
  return out;
}
