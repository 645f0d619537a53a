import { describe, expect, it } from 'vitest';
import { clampIso, dayToIso, isoToDay } from '../../../src/timeline/day-scale.ts';
import { isIsoDate } from '../../../src/embed-code/embed-query.ts';
import { createFuzzer, FUZZ_RUNS, show } from '../support/fuzz.ts';

// The explorer's date: the date field's value (typed, pasted, or whatever a browser without a date picker
// lets through), the page's data-date, and the slider's number.
const MIN = '1988-01-01';
const MAX = '2025-06-30';

function dateLike(f: ReturnType<typeof createFuzzer>): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return f.pick([
    () => `${pad(f.int(10000), 4)}-${pad(f.int(14), 2)}-${pad(f.int(33), 2)}`,
    () => `${1900 + f.int(200)}-${1 + f.int(12)}-${1 + f.int(31)}`,
    () => `${1980 + f.int(50)}-02-${28 + f.int(3)}`,
    () => `+0${1988 + f.int(40)}-01-01`,
    () => `${1988 + f.int(40)}-01-01T00:00:00Z`,
    () => ` ${1988 + f.int(40)}-06-15`,
    () => `${1988 + f.int(40)}-06-15${f.nasty(3)}`,
    () => f.nasty(),
    () => '',
  ])();
}

describe('clampIso fuzz (the explorer’s date field)', () => {
  it(`never throws and always returns a real date within the range, for ${FUZZ_RUNS} inputs`, () => {
    const f = createFuzzer(0xda7e);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const input = dateLike(f);
      let out = '';
      expect(() => (out = clampIso(input, MIN, MAX)), show(input)).not.toThrow();
      expect(isIsoDate(out), `${show(input)} → ${show(out)}`).toBe(true);
      expect(out >= MIN && out <= MAX, `${show(input)} → ${out}`).toBe(true);
      // A valid date is kept or moved to the nearer end, never replaced.
      if (isIsoDate(input)) expect(out).toBe(input < MIN ? MIN : input > MAX ? MAX : input);
    }
  });
});

describe('dayToIso and isoToDay fuzz (the explorer’s slider)', () => {
  it(`never throws and always returns a real date for any number, for ${FUZZ_RUNS} numbers`, () => {
    const f = createFuzzer(0x51d3);
    const edge = [NaN, Infinity, -Infinity, -0, 1e21, -1e21, 2 ** 53, 0.5, -0.5, 1e8, -1e8];
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const day = f.next() < 0.2 ? f.pick(edge) : f.next() < 0.5 ? Number(f.nasty(6)) : (f.next() - 0.5) * 40_000;
      let out = '';
      expect(() => (out = dayToIso(day, MIN)), String(day)).not.toThrow();
      expect(isIsoDate(out), `${day} → ${show(out)}`).toBe(true);
      // Days the calendar can hold round-trip.
      if (Number.isFinite(day) && Math.abs(day) < 7e5) expect(isoToDay(out, MIN)).toBe(Math.round(day) || 0);
    }
  });
});
