import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import yaml from 'js-yaml';
import { ChapterSchema } from './schemas/chapter.ts';
import { GlossaryTermSchema } from './schemas/glossary-term.ts';
import { DiscussionEntrySchema } from './schemas/discussion.ts';
import { ChapterTranslationSchema, DiscussionTranslationSchema, GlossaryTranslationSchema } from './schemas/translation.ts';
import { CorrectionSchema } from './schemas/correction.ts';

/** Chapters, English (the source): src/content/chapters/en/NN-<id>.md. */
const chapters = defineCollection({
  loader: glob({ pattern: 'en/[0-9][0-9]-*.md', base: './src/content/chapters' }),
  schema: ChapterSchema,
});

/** The same chapters in Armenian, Azerbaijani and Russian, in parallel files: src/content/chapters/<lang>/NN-<id>.md. */
const chapterTranslations = defineCollection({
  loader: glob({ pattern: '{hy,az,ru}/[0-9][0-9]-*.md', base: './src/content/chapters' }),
  schema: ChapterTranslationSchema,
});

/** Glossary terms, English. */
const glossary = defineCollection({
  loader: file('./src/content/glossary/en.yaml'),
  schema: GlossaryTermSchema,
});

/**
 * Entries of the per-language YAML lists (src/content/<folder>/<hy|az|ru>.yaml), ids made unique as
 * `<lang>/<id>` with the original id kept in `ref`. A missing file is reported by
 * tests/integrity/translations.test.ts; the pages fall back to English.
 */
const translatedList = (folder: string) => async () =>
  ['hy', 'az', 'ru'].flatMap((lang) => {
    const path = `./src/content/${folder}/${lang}.yaml`;
    if (!existsSync(path)) return [];
    const entries = yaml.load(readFileSync(path, 'utf8')) as { id: string }[];
    return entries.map((entry) => ({ ...entry, id: `${lang}/${entry.id}`, ref: entry.id }));
  });

/** Glossary translations, src/content/glossary/<lang>.yaml. */
const glossaryTranslations = defineCollection({
  loader: translatedList('glossary'),
  schema: GlossaryTranslationSchema.extend({ id: z.string(), ref: GlossaryTranslationSchema.shape.id }),
});

/** Discussion questions translated, src/content/discussion/<lang>.yaml. */
const discussionTranslations = defineCollection({
  loader: translatedList('discussion'),
  schema: DiscussionTranslationSchema.extend({ id: z.string(), ref: DiscussionTranslationSchema.shape.id }),
});

/** Discussion questions for the handout, by chapter id, with suggested answers for the teacher edition. */
const discussion = defineCollection({
  loader: file('./src/content/discussion/en.yaml'),
  schema: DiscussionEntrySchema,
});

/** Corrections of fact, newest first, for the corrections page: src/content/corrections/en.yaml. */
const corrections = defineCollection({
  loader: file('./src/content/corrections/en.yaml'),
  schema: CorrectionSchema,
});

export const collections = { chapters, chapterTranslations, glossary, glossaryTranslations, discussion, discussionTranslations, corrections };
