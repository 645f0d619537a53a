import { describe, expect, it } from 'vitest';
import { namingFromSearch, searchWithNaming } from '../../../src/i18n/naming.ts';
import { NAMING_MODES } from '../../../src/schemas/naming.ts';
import { localizedPath, parseLocalePath } from '../../../src/i18n/locale-routes.ts';
import { LANGUAGES } from '../../../src/schemas/place-names.ts';
import { createFuzzer, FUZZ_RUNS, show } from '../support/fuzz.ts';

// The naming mode (?names=, read on every page) and the language of a path (the language switcher).
const NAMING_VALUES = ['both', 'arm', 'aze', 'ARM', 'arm ', ' aze', 'armaze', '', 'none'];
const OTHER_KEYS = ['names', 'lang', 'layers', 'date', 'x', '', 'names[]', 'Names'];

describe('namingFromSearch fuzz', () => {
  it(`never throws and always returns one of the modes, agreeing with URLSearchParams, for ${FUZZ_RUNS} query strings`, () => {
    const f = createFuzzer(0x9a3e5);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const search = f.query(OTHER_KEYS, NAMING_VALUES);
      let mode: string | undefined;
      expect(() => (mode = namingFromSearch(search)), show(search)).not.toThrow();
      expect(NAMING_MODES, show(search)).toContain(mode);
      // The oracle: the first `names` value, when it is exactly a mode; otherwise both.
      const first = new URLSearchParams(search.replace(/^\?/, '')).get('names') ?? '';
      expect(mode, show(search)).toBe((NAMING_MODES as readonly string[]).includes(first) ? first : 'both');
    }
  });

  it(`writes a mode that reads back, keeping every other parameter, for ${FUZZ_RUNS} query strings`, () => {
    const f = createFuzzer(0x2a7e);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const search = f.query(OTHER_KEYS, NAMING_VALUES);
      const mode = f.pick(NAMING_MODES);
      let written = '';
      expect(() => (written = searchWithNaming(search, mode)), show(search)).not.toThrow();
      expect(written === '' || written.startsWith('?'), show(written)).toBe(true);
      expect(namingFromSearch(written), show(search)).toBe(mode);
      const others = (s: string) => [...new URLSearchParams(s.replace(/^\?/, ''))].filter(([k]) => k !== 'names');
      expect(others(written), show(search)).toEqual(others(search));
    }
  });
});

describe('parseLocalePath fuzz', () => {
  it(`never throws and returns a language and a path, for ${FUZZ_RUNS} paths`, () => {
    const f = createFuzzer(0x10ca1e);
    const prefixes = ['', '/', '/hy', '/hy/', '/az/', '/ru', '/en/', '/HY/', '/hye/', '//hy/', '/hy%2F', '/ru/ru/'];
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const path = f.pick(prefixes) + (f.next() < 0.5 ? f.nasty(20) : f.pick(['present/', 'embed/lachin/', 'glossary/', '']));
      let r: ReturnType<typeof parseLocalePath> | undefined;
      expect(() => (r = parseLocalePath(path)), show(path)).not.toThrow();
      expect(LANGUAGES, show(path)).toContain(r!.lang);
      expect(r!.path.length, show(path)).toBeGreaterThan(0);
      // A path with a language prefix gives an English path that starts with '/' and leads back to it.
      if (r!.lang !== 'en') {
        expect(r!.path.startsWith('/'), show(path)).toBe(true);
        expect([path, `${path}/`], show(path)).toContain(localizedPath(r!.lang, r!.path));
      } else expect(r!.path, show(path)).toBe(path || '/');
    }
  });

  it(`reads back the language and path of every localized path (${FUZZ_RUNS} paths)`, () => {
    const f = createFuzzer(0x7a7e);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const lang = f.pick(LANGUAGES);
      // English paths that do not themselves begin with a language code (those are that language's paths).
      let english = `/${f.nasty(20)}`;
      if (/^\/(hy|az|ru)(\/|$)/.test(english)) english = `/x${english}`;
      const path = localizedPath(lang, english);
      expect(parseLocalePath(path), show(path)).toEqual({ lang, path: english });
    }
  });
});
