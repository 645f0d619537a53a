import { describe, expect, it } from 'vitest';
import { namingFromSearch, searchWithNaming } from '../../../src/i18n/naming.ts';

describe('naming mode in the URL', () => {
  it('reads the three modes and defaults to both names', () => {
    expect(namingFromSearch('?names=arm')).toBe('arm');
    expect(namingFromSearch('names=aze&x=1')).toBe('aze');
    expect(namingFromSearch('?names=both')).toBe('both');
    for (const bad of ['', '?', '?names=', '?names=ARM', '?names=armenian', '?names[]=arm', '%%%', '?names=arm%00'])
      expect(namingFromSearch(bad), bad).toBe('both');
  });

  it('never throws on random input and always returns a mode', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'names=armzebot&?%#/ 0\u0000\uD800ə';
    for (let i = 0; i < 5000; i += 1) {
      const s = Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(['both', 'arm', 'aze']).toContain(namingFromSearch(s));
    }
  });

  it('writes the mode, drops it for both, and keeps the other parameters', () => {
    expect(searchWithNaming('', 'arm')).toBe('?names=arm');
    expect(searchWithNaming('?date=2020-01-01', 'aze')).toBe('?date=2020-01-01&names=aze');
    expect(searchWithNaming('?names=aze&layers=a,b', 'both')).toBe('?layers=a,b');
    expect(searchWithNaming('?names=aze', 'both')).toBe('');
    expect(namingFromSearch(searchWithNaming('?x=1', 'aze'))).toBe('aze');
  });
});
