import { z } from 'zod';
import { FeatureIdSchema } from './feature-properties.ts';

/** One discussion question for the handout, with the answer the teacher edition suggests. */
export const DiscussionQuestionSchema = z
  .object({
    /** Asked of students, in our own words. */
    question: z.string().min(15).max(300),
    /** What a good answer covers: printed only in the teacher edition. */
    answer: z.string().min(20).max(800),
  })
  .strict();

/** The questions of one chapter (src/content/discussion/<lang>.yaml): two or three, keyed by the chapter id. */
export const DiscussionEntrySchema = z
  .object({
    /** The chapter id (frontmatter `id`). */
    id: FeatureIdSchema,
    questions: z.array(DiscussionQuestionSchema).min(2).max(3),
  })
  .strict();

export type DiscussionQuestion = z.infer<typeof DiscussionQuestionSchema>;
export type DiscussionEntry = z.infer<typeof DiscussionEntrySchema>;
