import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../src/offline/offline-save.ts';

describe('formatSize', () => {
  it('always shows one decimal, so a size never reads rounder than it is', () => {
    expect(formatSize(4_000_000, 'en')).toBe('4.0 MB');
    expect(formatSize(4_449_999, 'en')).toBe('4.4 MB');
  });
  it('writes the number in the page’s language', () => {
    expect(formatSize(3_400_000, 'ru')).toMatch(/^3,4\s/);
  });
});
