import { z } from 'zod';

// The site's Content-Security-Policy has no 'unsafe-eval': keep zod from probing `new Function` for its JIT
// parser (a CSP violation in the browser wherever a page bundles a schema, e.g. the embed builder).
z.config({ jitless: true });

import type { Language } from './languages.ts';

export { LANGUAGES, type Language } from './languages.ts';

/** A name in each of the four languages; English is required, others where known. */
export const NamesSchema = z.object({
  en: z.string().min(1),
  hy: z.string().min(1).optional(),
  az: z.string().min(1).optional(),
  ru: z.string().min(1).optional(),
});
export type Names = z.infer<typeof NamesSchema>;

/** A name known in all four languages (both sides' usages of a contested place must be complete). */
export const FullNamesSchema = z.object({
  en: z.string().min(1),
  hy: z.string().min(1),
  az: z.string().min(1),
  ru: z.string().min(1),
});
export type FullNames = z.infer<typeof FullNamesSchema>;

/**
 * How names are stored flat on GeoJSON features, because MapLibre expressions read flat properties:
 * `name_en`…`name_ru` is the default label ("both names" for a contested place), and a contested
 * place also carries `name_arm_<lang>` (Armenian usage) and `name_aze_<lang>` (Azerbaijani usage).
 */
export const nameKey = (lang: Language, usage?: 'arm' | 'aze'): string => (usage ? `name_${usage}_${lang}` : `name_${lang}`);
