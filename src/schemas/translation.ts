import { z } from 'zod';
import { FeatureIdSchema } from './feature-properties.ts';
import { DiscussionEntrySchema } from './discussion.ts';

/**
 * How far a translation can be trusted: `draft` is translated from the English source and waits for a
 * native speaker's review; `reviewed` has had it. Pages show a note on draft text.
 */
export const TranslationStatusSchema = z.enum(['draft', 'reviewed']);
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;

/**
 * A chapter in another language: src/content/chapters/<hy|az|ru>/NN-<id>.md, parallel to the English
 * file with the same name. English is the source. The frontmatter translates the chapter's short texts
 * (all required, so the timeline, the map's alt text and the live announcements never fall back); the
 * Markdown body is the full text, and an empty body means the chapter text falls back to English with
 * a visible note. Everything not listed here (camera, layers, dates, sources) is read from English.
 */
export const ChapterTranslationSchema = z
  .object({
    /** The English chapter's id. */
    id: FeatureIdSchema,
    status: TranslationStatusSchema,
    title: z.string().min(3).max(120),
    short_title: z.string().min(2).max(40),
    alt: z.string().min(40).max(800),
    changes: z.string().min(20).max(520),
    /** Same count and order as the English key facts (slides and handouts). */
    key_facts: z.array(z.string().min(5).max(160)).min(2).max(4).optional(),
    /** Speaker notes; English is shown when absent. */
    notes: z.string().min(20).optional(),
  })
  .strict();
export type ChapterTranslation = z.infer<typeof ChapterTranslationSchema>;

/** A glossary entry in another language: src/content/glossary/<hy|az|ru>.yaml, same ids as en.yaml. */
export const GlossaryTranslationSchema = z
  .object({
    id: FeatureIdSchema,
    status: TranslationStatusSchema,
    term: z.string().min(2),
    definition: z.string().min(20).max(650),
  })
  .strict();

/** A chapter's discussion questions in another language: src/content/discussion/<hy|az|ru>.yaml, same ids and counts as en.yaml. */
export const DiscussionTranslationSchema = DiscussionEntrySchema.extend({ status: TranslationStatusSchema }).strict();
