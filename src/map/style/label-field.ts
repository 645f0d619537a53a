import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { nameKey, type Language } from '../../schemas/place-names.ts';

/**
 * How a contested place is named: `both` is the stored default label ("Stepanakert / Khankendi"),
 * `arm` and `aze` the Armenian and Azerbaijani usages.
 */
export type NamingMode = 'both' | 'arm' | 'aze';

/**
 * Returns the label expression for a page language and naming mode; the ONE place labels are chosen.
 * Falls back to the language's default name, then to English, so no feature is left unlabelled.
 */
export function labelField(lang: Language = 'en', mode: NamingMode = 'both'): ExpressionSpecification {
  const keys = mode === 'both' ? [nameKey(lang)] : [nameKey(lang, mode), nameKey(lang)];
  if (lang !== 'en') keys.push(nameKey('en'));
  return ['to-string', ['coalesce', ...keys.map((k): ExpressionSpecification => ['get', k]), '']];
}
