import { z } from 'zod';
import { IsoDateSchema } from './dates.ts';
import { FeatureIdSchema } from './feature-properties.ts';
import { SourceCitationSchema } from './source-citation.ts';

/**
 * One correction of fact in a chapter (src/content/corrections/en.yaml), listed on the corrections page.
 * Only changes of fact are recorded, not changes of wording; each names what the chapter said, what it
 * says now and the source for the new version.
 */
export const CorrectionSchema = z
  .object({
    /** kebab-case, unique: `<chapter id>-<short slug>`. */
    id: FeatureIdSchema,
    /** The day the correction was published (ISO). */
    date: IsoDateSchema,
    /** The id of the chapter corrected. */
    chapter: FeatureIdSchema,
    /** Where in the chapter: its text, title, key facts, map description or sources. */
    field: z.enum(['body', 'title', 'key_facts', 'alt', 'changes', 'map', 'sources']),
    /** What the chapter said, quoted or closely summarised. */
    before: z.string().min(5),
    /** What it says now. */
    after: z.string().min(5),
    /** The source that supports the new version (at least one). */
    sources: z.array(SourceCitationSchema).min(1),
  })
  .strict();

export type Correction = z.infer<typeof CorrectionSchema>;
