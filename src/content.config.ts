import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter.ts';
import { GlossaryTermSchema } from './schemas/glossary-term.ts';
import { DiscussionEntrySchema } from './schemas/discussion.ts';

/** Chapters: one Markdown file per chapter and language, src/content/chapters/<lang>/NN-<id>.md. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.md', base: './src/content/chapters' }),
  schema: ChapterSchema,
});

/** Glossary terms, English: the other languages follow in parallel files. */
const glossary = defineCollection({
  loader: file('./src/content/glossary/en.yaml'),
  schema: GlossaryTermSchema,
});

/** Discussion questions for the handout, by chapter id, with suggested answers for the teacher edition. */
const discussion = defineCollection({
  loader: file('./src/content/discussion/en.yaml'),
  schema: DiscussionEntrySchema,
});

export const collections = { chapters, glossary, discussion };
