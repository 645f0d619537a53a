import { describe, expect, it } from 'vitest';
import { UI_STRINGS, untranslatedKeys } from '../../../src/i18n/ui-strings.ts';

type Entry = { en: string; hy: string | null; az: string | null; ru: string | null };
const entries = Object.entries(UI_STRINGS) as [string, Entry][];
const TRANSLATED = ['hy', 'az', 'ru'] as const;

/** Keys whose English is only a brand, a file format, a number or a printed key name: the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'site.title',
  'preset.2010-01-01',
  'embed.code.amp',
  'embed.size.px',
  'data.geojson',
  'data.csv',
  'present.counter',
  'present.key.page-up',
  'present.key.page-down',
  'present.key.home',
  'present.key.end',
  'present.key.enter',
  'present.key.escape',
  'present.key.digits',
]);

/** Azerbaijani strings that quote a Cyrillic endonym on purpose. */
const AZ_CYRILLIC_ALLOWED = new Set(['embed.lang.ru']);

const BRANDS = ['Crossroads', 'War on the Rocks', 'OpenStreetMap', 'MapLibre'];
const placeholders = (s: string) => [...s.matchAll(/\{[a-z][a-z0-9_-]*\}/gi)].map((m) => m[0]).sort();

describe('UI strings: every key translated', () => {
  it('has no untranslated key in hy, az or ru', () => {
    for (const lang of TRANSLATED) expect(untranslatedKeys(lang), lang).toEqual([]);
  });

  it('has a non-empty string in hy, az and ru for every key', () => {
    for (const [key, entry] of entries) {
      for (const lang of TRANSLATED) {
        expect(typeof entry[lang], `${key} ${lang}`).toBe('string');
        expect((entry[lang] ?? '').trim().length, `${key} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps exactly the placeholders of the English', () => {
    for (const [key, entry] of entries) {
      for (const lang of TRANSLATED) expect(placeholders(entry[lang] ?? ''), `${key} ${lang}`).toEqual(placeholders(entry.en));
    }
  });

  it('keeps brand names in Latin letters', () => {
    for (const [key, entry] of entries) {
      for (const brand of BRANDS) {
        if (!entry.en.includes(brand)) continue;
        for (const lang of TRANSLATED) expect(entry[lang], `${key} ${lang}`).toContain(brand);
      }
    }
  });

  it('writes Azerbaijani in Latin script (no Cyrillic)', () => {
    for (const [key, entry] of entries) {
      if (AZ_CYRILLIC_ALLOWED.has(key)) continue;
      expect(entry.az ?? '', key).not.toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('writes Armenian in Armenian letters', () => {
    for (const [key, entry] of entries) {
      if (SAME_IN_EVERY_LANGUAGE.has(key)) continue;
      expect(entry.hy ?? '', key).toMatch(/[\u0531-\u0556\u0561-\u0587]/);
    }
  });

  it('writes Russian in Cyrillic letters', () => {
    for (const [key, entry] of entries) {
      if (SAME_IN_EVERY_LANGUAGE.has(key)) continue;
      expect(entry.ru ?? '', key).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('keeps the brand/abbreviation-only keys identical to the English', () => {
    for (const key of SAME_IN_EVERY_LANGUAGE) {
      const entry = (UI_STRINGS as Record<string, Entry>)[key];
      expect(entry, key).toBeDefined();
      if (!entry) continue;
      for (const lang of TRANSLATED) expect(entry[lang], `${key} ${lang}`).toBe(entry.en);
    }
  });

  it('contains no HTML', () => {
    for (const [key, entry] of entries) for (const lang of TRANSLATED) expect(entry[lang] ?? '', `${key} ${lang}`).not.toMatch(/<[a-z/!]/i);
  });
});

describe('UI strings: the build refuses a missing string', () => {
  it('the integration passes on the real table', async () => {
    const { uiStringsComplete } = await import('../../../src/i18n/integration.ts');
    const hook = uiStringsComplete().hooks['astro:config:setup'] as () => void;
    expect(() => hook()).not.toThrow();
  });

  it('untranslatedKeys finds a string that is missing, null or blank', async () => {
    const table = UI_STRINGS as unknown as Record<string, Record<string, unknown>>;
    const key = 'legend.heading';
    const saved = { ...table[key] };
    try {
      for (const broken of [undefined, null, '  ']) {
        table[key]!.ru = broken;
        expect(untranslatedKeys('ru')).toEqual([key]);
        const { uiStringsComplete } = await import('../../../src/i18n/integration.ts');
        expect(() => (uiStringsComplete().hooks['astro:config:setup'] as () => void)()).toThrow(/ru: legend\.heading/);
      }
    } finally {
      table[key] = saved;
    }
  });
});

describe('plural forms', () => {
  it('picks the CLDR category of each language', async () => {
    const { plural, UI_PLURALS } = await import('../../../src/i18n/ui-strings.ts');
    expect(plural('chapters', 1, 'en')).toBe('chapter');
    expect(plural('chapters', 18, 'en')).toBe('chapters');
    expect(plural('chapters', 1, 'ru')).toBe('главе');
    expect(plural('chapters', 21, 'ru')).toBe('главе');
    expect(plural('chapters', 3, 'ru')).toBe('главах');
    expect(plural('chapters', 18, 'ru')).toBe('главах');
    for (const lang of ['en', 'hy', 'az', 'ru'] as const) expect(UI_PLURALS.chapters[lang].other.length).toBeGreaterThan(0);
  });
});
