import type { DiscussionEntry, DiscussionQuestion } from '../schemas/discussion.ts';

/** The discussion questions by chapter id, and what does not match the chapters. */
export interface DiscussionIndex {
  byChapter: ReadonlyMap<string, readonly DiscussionQuestion[]>;
  /** Chapters with no entry. */
  missing: string[];
  /** Entries whose id is no chapter's. */
  unknown: string[];
}

/** Indexes the discussion entries by chapter id and reports chapters without questions and entries without a chapter. */
export function indexDiscussion(entries: readonly DiscussionEntry[], chapterIds: readonly string[]): DiscussionIndex {
  const byChapter = new Map(entries.map((e) => [e.id, e.questions] as const));
  const known = new Set(chapterIds);
  return {
    byChapter,
    missing: chapterIds.filter((id) => !byChapter.has(id)),
    unknown: entries.map((e) => e.id).filter((id) => !known.has(id)),
  };
}

/** Returns the questions of every chapter, in chapter order; throws naming the chapters that have none or the entries that match no chapter. */
export function questionsForChapters(entries: readonly DiscussionEntry[], chapterIds: readonly string[]): (readonly DiscussionQuestion[])[] {
  const { byChapter, missing, unknown } = indexDiscussion(entries, chapterIds);
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 && `no questions for ${missing.join(', ')}`,
      unknown.length > 0 && `questions for unknown chapters ${unknown.join(', ')}`,
    ];
    throw new Error(`src/content/discussion: ${parts.filter(Boolean).join('; ')}`);
  }
  return chapterIds.map((id) => byChapter.get(id)!);
}
