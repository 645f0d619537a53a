import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../schemas/place-names.ts';
import type { NamingMode } from '../../schemas/naming.ts';

/**
 * The flat name property of a language and usage, as src/schemas/place-names.ts `nameKey` stores it.
 * Restated here because that module also builds zod schemas, which would ship ~90 KB of zod to the
 * browser; tests/unit/map/style/label-field.test.ts checks the two agree.
 */
export const labelKey = (lang: Language, usage?: 'arm' | 'aze'): string => (usage ? `name_${usage}_${lang}` : `name_${lang}`);

/**
 * Returns the label expression for a page language and naming mode; the ONE place labels are chosen.
 * Falls back to the language's default name, then to English, so no feature is left unlabelled.
 */
export function labelField(lang: Language = 'en', mode: NamingMode = 'both'): ExpressionSpecification {
  const keys = mode === 'both' ? [labelKey(lang)] : [labelKey(lang, mode), labelKey(lang)];
  if (lang !== 'en') keys.push(labelKey('en'));
  return ['to-string', ['coalesce', ...keys.map((k): ExpressionSpecification => ['get', k]), '']];
}
