// The story's chapter files as the tests read them: one loader for every tier (unit, integrity,
// build output, browser), so no test keeps its own copy of the frontmatter parsing. Pure Node: the
// frontmatter is parsed with js-yaml and the build's own zod schemas, not by Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { ChapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { ChapterTranslationSchema, type ChapterTranslation } from '../../src/schemas/translation.ts';

/** The repository root, ending in a slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of one language's chapter files. */
export const chapterDir = (lang: string): string => join(ROOT, 'src/content/chapters', lang);

/** One chapter file: its name, its frontmatter as written (before any schema) and its Markdown body. */
export interface ChapterFile {
  file: string;
  raw: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown file into its YAML frontmatter and its body; throws naming the file when there is none. */
export function splitFrontmatter(file: string, text: string): { raw: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  return { raw: yaml.load(m[1]!) as Record<string, unknown>, body: m[2]! };
}

/** Returns a language's chapter files (NN-<id>.md), in file-name order, unparsed. */
export function readChapterFiles(lang = 'en'): ChapterFile[] {
  const dir = chapterDir(lang);
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .sort()
    .map((file) => ({ file, ...splitFrontmatter(file, readFileSync(join(dir, file), 'utf8')) }));
}

/** Returns the English chapters, validated by the build's schema, in story order. */
export function loadChapters(): Chapter[] {
  return readChapterFiles('en')
    .map(({ raw }) => ChapterSchema.parse(raw))
    .sort((a, b) => a.order - b.order);
}

/** Returns the English chapters with their file name and body, validated, in story order. */
export function loadChapterFiles(): { file: string; chapter: Chapter; body: string }[] {
  return readChapterFiles('en')
    .map(({ file, raw, body }) => ({ file, chapter: ChapterSchema.parse(raw), body }))
    .sort((a, b) => a.chapter.order - b.chapter.order);
}

/** Returns one language's chapter translations with their file name and body, validated. */
export function loadTranslationFiles(lang: string): { file: string; translation: ChapterTranslation; body: string }[] {
  return readChapterFiles(lang).map(({ file, raw, body }) => ({ file, translation: ChapterTranslationSchema.parse(raw), body }));
}

/** The English chapter ids, in story order. */
export const chapterIds = (): string[] => loadChapters().map((c) => c.id);
