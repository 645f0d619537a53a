/** Where a chapter section sits in the viewport (CSS px, from getBoundingClientRect). */
export interface ChapterRect {
  id: string;
  top: number;
  bottom: number;
}

/**
 * Returns the id of the chapter the reader is on: the last chapter whose top has crossed the
 * trigger line (the scrollama idea: a horizontal line at a fixed share of the viewport). Above the
 * first chapter the first one is active, so the map never shows "no chapter". Pure, and computed from
 * the rects as they are now, never from the order events arrived in, so fast scrolling, reloads and
 * jumps all land on the same answer.
 */
export function activeChapter(rects: readonly ChapterRect[], triggerY: number): string | null {
  if (rects.length === 0) return null;
  let active = rects[0]!.id;
  for (const r of rects) {
    if (r.top <= triggerY) active = r.id;
    else break;
  }
  return active;
}

/** Returns the share of the story read, 0–1: how far the trigger line has moved from the first chapter's top to the last one's bottom. */
export function storyProgress(rects: readonly ChapterRect[], triggerY: number): number {
  if (rects.length === 0) return 0;
  const start = rects[0]!.top;
  const end = rects[rects.length - 1]!.bottom;
  if (end <= start) return 0;
  return Math.min(1, Math.max(0, (triggerY - start) / (end - start)));
}

/** Returns how far (0–1) the trigger line has moved through a chapter, from its top to its bottom; 0 for an unknown chapter. */
export function chapterProgress(rects: readonly ChapterRect[], id: string | null, triggerY: number): number {
  const r = rects.find((c) => c.id === id);
  if (!r || r.bottom <= r.top) return 0;
  return Math.min(1, Math.max(0, (triggerY - r.top) / (r.bottom - r.top)));
}
