import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { localeStaticPaths, localizedPath, parseLocalePath, LANGUAGE_NAMES } from '../../../src/i18n/locale-routes.ts';
import { LANGUAGES } from '../../../src/schemas/place-names.ts';

describe('locale routes', () => {
  it('puts English at the root and the other languages under their code', () => {
    expect(localizedPath('en', '/present/')).toBe('/present/');
    expect(localizedPath('hy', '/')).toBe('/hy/');
    expect(localizedPath('ru', '/embed/blockade/')).toBe('/ru/embed/blockade/');
    expect(() => localizedPath('az', 'glossary/')).toThrow(/must start with/);
  });

  it('reads a path back into its language and English path (the inverse)', () => {
    for (const lang of LANGUAGES) {
      for (const path of ['/', '/glossary/', '/embed/war-2020/', '/handout/teacher/']) {
        expect(parseLocalePath(localizedPath(lang, path))).toEqual({ lang, path });
      }
    }
    expect(parseLocalePath('/hy')).toEqual({ lang: 'hy', path: '/' });
    // Only the three codes are prefixes: a page whose name starts like one stays English.
    expect(parseLocalePath('/hyphen/')).toEqual({ lang: 'en', path: '/hyphen/' });
    expect(parseLocalePath('/fr/')).toEqual({ lang: 'en', path: '/fr/' });
  });

  it('gives one static path per language, English without a prefix', () => {
    expect(localeStaticPaths()).toEqual([
      { params: { locale: undefined }, props: { lang: 'en' } },
      { params: { locale: 'hy' }, props: { lang: 'hy' } },
      { params: { locale: 'az' }, props: { lang: 'az' } },
      { params: { locale: 'ru' }, props: { lang: 'ru' } },
    ]);
  });

  it('agrees with the i18n block of astro.config.mjs', () => {
    const config = readFileSync(new URL('../../../astro.config.mjs', import.meta.url), 'utf8');
    expect(config).toContain(`locales: [${LANGUAGES.map((l) => `'${l}'`).join(', ')}]`);
    expect(config).toContain("defaultLocale: 'en'");
    expect(config).toContain('prefixDefaultLocale: false');
  });

  it('names each language in itself', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES].sort());
    expect(LANGUAGE_NAMES.hy).toMatch(/^[\u0530-\u058F]+$/);
    expect(LANGUAGE_NAMES.ru).toMatch(/^[\u0400-\u04FF]+$/);
  });
});
