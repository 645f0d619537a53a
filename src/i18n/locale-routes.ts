import { LANGUAGES, type Language } from '../schemas/languages.ts';

/**
 * URLs per language, as astro.config.mjs's `i18n` block routes them: English at the root (`/glossary/`),
 * the others under their code (`/hy/glossary/`). Pages live in src/pages/[...locale]/ and call
 * `localeStaticPaths()`; a pure module so the browser (language switcher) and the tests share it.
 */
export const DEFAULT_LANGUAGE: Language = 'en';

/** The path of a page in a language; `path` is the English path and starts with `/`. */
export function localizedPath(lang: Language, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localizedPath: "${path}" must start with /`);
  return lang === DEFAULT_LANGUAGE ? path : `/${lang}${path}`;
}

/** Splits a URL path into its language and the English path: `/hy/present/` → hy, `/present/`. */
export function parseLocalePath(pathname: string): { lang: Language; path: string } {
  // [\s\S], not `.`: a path may hold any character, line separators included.
  const match = /^\/(hy|az|ru)(\/[\s\S]*)?$/.exec(pathname);
  if (!match) return { lang: DEFAULT_LANGUAGE, path: pathname || '/' };
  return { lang: match[1] as Language, path: match[2] || '/' };
}

/** getStaticPaths for a page in src/pages/[...locale]/: one page per language, `lang` as its prop. */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { lang: Language } }[] {
  return LANGUAGES.map((lang) => ({ params: { locale: lang === DEFAULT_LANGUAGE ? undefined : lang }, props: { lang } }));
}

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hy: 'Հայերեն', az: 'Azərbaycanca', ru: 'Русский' };
