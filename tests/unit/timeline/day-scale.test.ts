import { describe, expect, it } from 'vitest';
import { clampIso, dayToIso, isoToDay, todayIso } from '../../../src/timeline/day-scale.ts';

describe('day scale', () => {
  it('counts days from an origin', () => expect(isoToDay('1988-01-31', '1988-01-01')).toBe(30));
  it('round-trips across leap years', () => {
    for (const iso of ['1988-02-29', '2020-12-15', '2024-07-01']) expect(dayToIso(isoToDay(iso, '1988-01-01'), '1988-01-01')).toBe(iso);
  });
  it('formats today in local time', () => expect(todayIso(new Date(2024, 6, 1, 23, 30))).toBe('2024-07-01'));
  it('clamps', () => {
    expect(clampIso('1900-01-01', '1988-01-01', '2025-01-01')).toBe('1988-01-01');
    expect(clampIso('2030-01-01', '1988-01-01', '2025-01-01')).toBe('2025-01-01');
    expect(clampIso('2000-01-01', '1988-01-01', '2025-01-01')).toBe('2000-01-01');
  });
});
