import { describe, expect, it } from 'vitest';
import { smallestFitting } from '../../../src/presentation/fit-caption.ts';

describe('smallestFitting', () => {
  it('finds the narrowest width that fits, with few trials', () => {
    const tried: number[] = [];
    const fits = (w: number) => (tried.push(w), w >= 601);
    expect(smallestFitting(473, 704, fits)).toBe(601);
    expect(tried.length).toBeLessThanOrEqual(10);
  });

  it('keeps the narrowest when it already fits, and tries nothing else', () => {
    const tried: number[] = [];
    expect(smallestFitting(473, 704, (w) => (tried.push(w), true))).toBe(473);
    expect(tried).toEqual([473]);
  });

  it('stops at the widest when nothing fits, and at the narrowest when the range is empty', () => {
    expect(smallestFitting(473, 704, () => false)).toBe(704);
    expect(smallestFitting(500, 400, () => false)).toBe(500);
  });
});
