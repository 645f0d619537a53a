import { describe, expect, it } from 'vitest';
import { chapterFromHash, urlForChapter } from '../../../src/chapters/hash-chapter.ts';
import { slideFromHash, urlForSlide } from '../../../src/presentation/location.ts';
import { createFuzzer, FUZZ_RUNS, show } from '../support/fuzz.ts';

// The story's and the slides' fragment parsers (location.hash), fed random and hostile fragments.
const IDS = ['closed-borders', 'soviet-oblast', 'first-war', 'lachin', 'a', 'ünïcode-id', 'x y'];

/** Fragments: nasty strings, real ids (raw, encoded, mangled), with and without '#' or '#/'. */
function fragment(f: ReturnType<typeof createFuzzer>): string {
  const id = f.pick(IDS);
  const body = f.pick([
    () => f.nasty(),
    () => id,
    () => encodeURIComponent(id),
    () => `${id}${f.nasty(4)}`,
    () => `${encodeURIComponent(id)}%`,
    () => id.toUpperCase(),
  ])();
  return f.pick(['#', '#/', '', '##', '#/#']) + body;
}

/** The id as a URL can carry it: lone surrogates become U+FFFD (what the browser would do). */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe('chapterFromHash fuzz', () => {
  it(`never throws and returns a request consistent with the ids, for ${FUZZ_RUNS} fragments`, () => {
    const f = createFuzzer(0xc4a97e);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const hash = fragment(f);
      let r: ReturnType<typeof chapterFromHash> | undefined;
      expect(() => (r = chapterFromHash(hash, IDS)), show(hash)).not.toThrow();
      const raw = hash.replace(/^#/, '');
      if (raw === '') expect(r).toEqual({ kind: 'none' });
      else if (r!.kind === 'chapter') {
        expect(IDS).toContain(r!.id);
        // Only the id itself or its encoding names a chapter.
        expect([r!.id, encodeURIComponent(r!.id)].includes(raw) || decodeURIComponent(raw) === r!.id, show(hash)).toBe(true);
      } else {
        expect(r!.kind).toBe('unknown');
        expect(IDS).not.toContain((r as { hash: string }).hash);
        expect(typeof (r as { hash: string }).hash).toBe('string');
      }
    }
  });

  it(`reads back every URL it writes, whatever the id (${FUZZ_RUNS} ids)`, () => {
    const f = createFuzzer(0x5eed01);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const id = f.next() < 0.5 ? f.pick(IDS) : f.nasty(20);
      if (id === '') continue;
      const search = f.next() < 0.5 ? '' : `?names=${f.pick(['arm', 'aze'])}`;
      let url = '';
      expect(() => (url = urlForChapter({ pathname: '/hy/', search }, id)), show(id)).not.toThrow();
      expect(url.startsWith(`/hy/${search}#`)).toBe(true);
      const hash = url.slice(url.indexOf('#'));
      // The browser keeps a fragment as written: the id comes back (well-formed: a lone surrogate can't travel in a URL).
      expect(chapterFromHash(hash, [...IDS, wellFormed(id)]), show(id)).toEqual({ kind: 'chapter', id: wellFormed(id) });
    }
  });
});

describe('slideFromHash fuzz', () => {
  it(`never throws and returns a slide index within the deck, for ${FUZZ_RUNS} fragments`, () => {
    const f = createFuzzer(0x511de5);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const hash = fragment(f);
      let r: ReturnType<typeof slideFromHash> | undefined;
      expect(() => (r = slideFromHash(hash, IDS)), show(hash)).not.toThrow();
      if (r!.kind === 'slide') {
        expect(Number.isInteger(r!.index)).toBe(true);
        expect(r!.index).toBeGreaterThanOrEqual(0);
        expect(r!.index).toBeLessThan(IDS.length);
        expect(slideFromHash(urlForSlide({ pathname: '/present/', search: '' }, IDS[r!.index]!).replace('/present/', ''), IDS)).toEqual(r);
      } else if (r!.kind === 'none') expect(['', '#', '#/']).toContain(hash);
      else expect(IDS).not.toContain(r!.hash);
    }
  });
});
