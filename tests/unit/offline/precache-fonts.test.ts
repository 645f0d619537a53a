import { describe, expect, it } from 'vitest';
import { buildPrecache } from '../../../src/offline/precache.ts';

const file = (path: string) => ({ path, content: new TextEncoder().encode(path) });

describe('precache and fonts', () => {
  it('keeps the woff2 fonts and leaves out the legacy .woff beside them', () => {
    const urls = buildPrecache([
      file('assets/noto-sans-latin-400-normal.a1.woff2'),
      file('assets/noto-sans-latin-400-normal.b2.woff'),
      file('index.html'),
    ]).urls;
    expect(urls).toEqual(['/', '/assets/noto-sans-latin-400-normal.a1.woff2']);
  });
});
