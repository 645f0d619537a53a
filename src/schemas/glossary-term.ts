import { z } from 'zod';
import { FeatureIdSchema } from './feature-properties.ts';
import { SourceCitationSchema } from './source-citation.ts';

/** One glossary entry (src/content/glossary/<lang>.yaml). */
export const GlossaryTermSchema = z
  .object({
    /** kebab-case id that chapters list in `terms`. */
    id: FeatureIdSchema,
    /** The term as readers meet it. */
    term: z.string().min(2),
    /** One or two plain sentences, in our own words. */
    definition: z.string().min(20).max(500),
    /** Where the definition or its example comes from, when it needs a source. */
    sources: z.array(SourceCitationSchema).default([]),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
