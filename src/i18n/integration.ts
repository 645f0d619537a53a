import type { AstroIntegration } from 'astro';
import { LANGUAGES } from '../schemas/place-names.ts';
import { untranslatedKeys } from './ui-strings.ts';

/** Fails the build when any interface string is missing in any language, naming the keys. */
export function uiStringsComplete(): AstroIntegration {
  return {
    name: 'crossroads:ui-strings-complete',
    hooks: {
      'astro:config:setup': () => {
        const missing = LANGUAGES.flatMap((lang) => untranslatedKeys(lang).map((key) => `${lang}: ${key}`));
        if (missing.length) throw new Error(`Interface strings missing (src/i18n/ui-strings.ts):\n  ${missing.join('\n  ')}`);
      },
    },
  };
}
