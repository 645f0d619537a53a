// The discussion questions of the handout (src/content/discussion/en.yaml): valid against the schema,
// two or three for every English chapter, none for a chapter that does not exist, no question twice.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { DiscussionEntrySchema } from '../../src/schemas/discussion.ts';
import { indexDiscussion } from '../../src/handout/discussion-index.ts';
import { loadChapters, ROOT } from '../support/chapters.ts';

const chapterIds = loadChapters().map((c) => c.id);
const raw = yaml.load(readFileSync(`${ROOT}src/content/discussion/en.yaml`, 'utf8')) as unknown[];

describe('discussion questions (en)', () => {
  it('match the schema', () => {
    for (const entry of raw) {
      const r = DiscussionEntrySchema.safeParse(entry);
      expect(r.success, `${(entry as { id?: string }).id}: ${r.error?.message}`).toBe(true);
    }
  });

  const entries = raw.map((e) => DiscussionEntrySchema.parse(e));

  it('cover every chapter with two or three questions, and no unknown chapter', () => {
    const { byChapter, missing, unknown } = indexDiscussion(entries, chapterIds);
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
    for (const id of chapterIds) expect(byChapter.get(id)!.length, id).toBeGreaterThanOrEqual(2);
    for (const id of chapterIds) expect(byChapter.get(id)!.length, id).toBeLessThanOrEqual(3);
  });

  it('list each chapter once and ask each question once', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const questions = entries.flatMap((e) => e.questions.map((q) => q.question));
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('ask a question and end answers with a full stop', () => {
    for (const e of entries)
      for (const q of e.questions) {
        expect(q.question, e.id).toContain('?');
        expect(q.answer.trim(), e.id).toMatch(/[.)]$/);
      }
  });
});
