import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createZip } from '../../../src/offline/zip.ts';

/** Reads a zip through its central directory, as unzip does, checking every CRC. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    const content = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    expect(crc32(content), name).toBe(crc);
    files.set(name, content);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('createZip', () => {
  it('writes an archive any unzip reads back byte for byte (deflated text, stored binary, UTF-8 names)', () => {
    const random = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251));
    const entries = [
      { path: 'crossroads/README.txt', content: Buffer.from('Hello classroom\r\n'.repeat(50)) },
      { path: 'crossroads/site/maps/x.png', content: random },
      { path: 'crossroads/site/glossary/ə-ş.html', content: Buffer.from('') },
    ];
    const files = readZip(createZip(entries, new Date(2025, 0, 15, 10, 30)));
    expect([...files.keys()]).toEqual(entries.map((e) => e.path));
    for (const e of entries) expect(files.get(e.path)!.equals(Buffer.from(e.content)), e.path).toBe(true);
  });
});
