import { z } from 'zod';
import { IsoDateSchema } from './dates.ts';
import { SourceCitationSchema } from './source-citation.ts';
import { LANGUAGES, nameKey } from './place-names.ts';

/** Stable, kebab-case ids: they double as URL fragments and DOM ids. */
export const FeatureIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');

/**
 * Properties every feature of every layer carries.
 * Validity is half-open: a feature is on the map for a date d when
 * valid_from <= d < valid_to. `null` means open-ended (before the story begins, or still current).
 */
export const BaseFeaturePropertiesSchema = z.object({
  /** Stable id, unique across all layers. */
  id: FeatureIdSchema,
  /** What the feature is, from the layer's own list of kinds. */
  kind: z.string().min(1),
  /** Default label in English; contested places carry both sides' names ("Stepanakert / Khankendi"). */
  name_en: z.string().min(1),
  name_hy: z.string().min(1).optional(),
  name_az: z.string().min(1).optional(),
  name_ru: z.string().min(1).optional(),
  /** True when the two sides name the place differently; then both usages are stored in full. */
  contested_name: z.boolean().optional(),
  /** Armenian usage of a contested name, in each language. */
  name_arm_en: z.string().min(1).optional(),
  name_arm_hy: z.string().min(1).optional(),
  name_arm_az: z.string().min(1).optional(),
  name_arm_ru: z.string().min(1).optional(),
  /** Azerbaijani usage of a contested name, in each language. */
  name_aze_en: z.string().min(1).optional(),
  name_aze_hy: z.string().min(1).optional(),
  name_aze_az: z.string().min(1).optional(),
  name_aze_ru: z.string().min(1).optional(),
  /** First day the feature is valid (ISO), or null when it predates the story. */
  valid_from: IsoDateSchema.nullable(),
  /** First day the feature is no longer valid (ISO, exclusive), or null when current. */
  valid_to: IsoDateSchema.nullable(),
  /** Where the geometry and the facts come from. */
  sources: z.array(SourceCitationSchema).min(1),
  /** How far the drawn geometry may be from the truth, e.g. "±1 km" or "schematic". */
  accuracy: z.string().min(2),
  /** One or two sentences a reader needs to read the feature fairly. */
  note: z.string().optional(),
});

/** Adds the rules that tie the base fields together (dates ordered, contested names complete). */
export function withFeatureRules<T extends z.ZodType<z.infer<typeof BaseFeaturePropertiesSchema>>>(schema: T) {
  return schema.superRefine((p, ctx) => {
    if (p.valid_from && p.valid_to && p.valid_from >= p.valid_to) {
      ctx.addIssue({ code: 'custom', message: `valid_from ${p.valid_from} is not before valid_to ${p.valid_to}`, path: ['valid_to'] });
    }
    if (p.contested_name) {
      const record = p as Record<string, unknown>;
      for (const usage of ['arm', 'aze'] as const) {
        for (const lang of LANGUAGES) {
          const key = nameKey(lang, usage);
          if (typeof record[key] !== 'string' || (record[key] as string).length === 0) {
            ctx.addIssue({ code: 'custom', message: `contested name lacks ${key}`, path: [key] });
          }
        }
      }
    }
  });
}
