/**
 * Deterministic fuzz inputs for the URL and input parsers: a seeded PRNG (mulberry32, public domain,
 * Tommy Ettinger) so that a failing input reproduces, and generators biased towards what breaks
 * parsers: percent-encoding garbage, lone surrogates, huge strings, RTL and zero-width characters,
 * repeated keys, numbers at the edges.
 */

/** How many inputs each fuzz test feeds a parser (the quality gate asks for at least 5,000). */
export const FUZZ_RUNS = 6000;

/** Returns an input as a short printable label for an assertion message (a 100,000-character input would flood the report). */
export function show(input: unknown): string {
  const s = JSON.stringify(input) ?? String(input);
  return s.length > 160 ? `${s.slice(0, 160)}… (${s.length} chars)` : s;
}

/** A seeded random source. */
export interface Fuzzer {
  /** A float in [0, 1). */
  next(): number;
  int(max: number): number;
  pick<T>(xs: readonly T[]): T;
  /** A string from the nasty mix (see below), up to `maxLength` units unless the huge case is drawn. */
  nasty(maxLength?: number): string;
  /** A query string of `key=value` pairs drawn from `keys` (repeated keys likely), values nasty or from `values`. */
  query(keys: readonly string[], values?: readonly string[]): string;
}

/** Characters that break naive parsers. */
const NASTY_CHARS = [
  ...'abcXYZ0123456789-_.,;:=&?#%+/\\ \t\n<>"\'`()[]{}|^~!$*@',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u00a0',
  '\u00e9',
  'e\u0301',
  '\u0531',
  '\u0561',
  '\u0259',
  '\u0436',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff', // zero-width
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202e',
  '\u2066',
  '\u2069', // direction marks and overrides
  '\u05d0',
  '\u0627', // Hebrew, Arabic
  '\ud83d\ude00',
  '\ud83c\udde6\ud83c\uddf2', // emoji, flag
  '\ud800',
  '\udfff',
  '\udc00\ud800', // lone and reversed surrogates
  '\u2028',
  '\u2029',
  '\ufffd',
  '\uffff',
];
/** Percent-escapes, valid and not. */
const ESCAPES = [
  '%',
  '%%',
  '%2',
  '%G0',
  '%ZZ',
  '%00',
  '%20',
  '%2C',
  '%23',
  '%25',
  '%26',
  '%3D',
  '%3F',
  '%C0%AF',
  '%E0%A4%A',
  '%F0%9F%98',
  '%FF',
  '%ED%A0%80',
  '%D4%B1',
  '%u0041',
  '%%32%35',
];

/** Returns a fuzzer for a seed. */
export function createFuzzer(seed: number): Fuzzer {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const nasty = (maxLength = 40): string => {
    const shape = int(10);
    if (shape === 0) return ''.padEnd(20_000 + int(20_000), pick(NASTY_CHARS)); // huge
    if (shape === 1) return Array.from({ length: int(maxLength) }, () => pick(ESCAPES)).join('');
    if (shape === 2) return String(pick([0, -0, 1, -1, 1e21, -1e21, 2 ** 53, NaN, Infinity, -Infinity, 0.1, 999, 1000, 1e-7]));
    let s = '';
    const n = int(maxLength);
    for (let i = 0; i < n; i++) s += next() < 0.25 ? pick(ESCAPES) : pick(NASTY_CHARS);
    return s;
  };
  const query = (keys: readonly string[], values: readonly string[] = []) => {
    const n = int(8);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const key = next() < 0.85 ? pick(keys) : nasty(8);
      const value = values.length && next() < 0.5 ? pick(values) : nasty(12);
      parts.push(next() < 0.1 ? key : `${key}=${next() < 0.3 ? encodeURIComponent(value.replace(/[\ud800-\udfff]/g, 'x')) : value}`);
      // Repeated keys: the same pair again, or the same key with another value.
      if (next() < 0.2) parts.push(`${key}=${values.length ? pick(values) : nasty(6)}`);
    }
    return (next() < 0.7 ? '?' : '') + parts.join(next() < 0.9 ? '&' : pick([';', '&&', '&amp;']));
  };
  return { next, int, pick, nasty, query };
}
