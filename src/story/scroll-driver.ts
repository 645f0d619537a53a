import { activeChapter, chapterProgress, storyProgress, type ChapterRect } from './active-chapter.ts';

/** What the driver reports on every change of position. */
export interface ScrollPosition {
  /** The active chapter id (null only when there are no chapters). */
  chapter: string | null;
  /** Share of the story read, 0–1. */
  progress: number;
  /** Share of the active chapter read, 0–1 (it moves the map through a chapter's dated steps). */
  within: number;
  /** True once the trigger line has reached the first chapter (above it, the reader is still on the intro). */
  entered: boolean;
}

/** A running scroll driver. */
export interface ScrollDriver {
  /** Measures now and reports if the chapter changed; returns the current position. */
  refresh(): ScrollPosition;
  destroy(): void;
}

/**
 * Watches chapter sections and reports the active chapter (the scrollama idea). An
 * IntersectionObserver on a line at `triggerRatio` of the viewport wakes it, and a rAF-coalesced
 * scroll listener covers what observers can miss on fast flings, and a ResizeObserver chapters that
 * change height; either way the answer is computed
 * from the sections' rects as they are now (activeChapter), so the order of events never matters.
 */
export function createScrollDriver(
  sections: readonly HTMLElement[],
  { triggerRatio = 0.5, onChange }: { triggerRatio?: number; onChange: (position: ScrollPosition) => void },
): ScrollDriver {
  let current: string | null | undefined;
  let lastProgress = -1;
  let lastEntered: boolean | undefined;
  let frame = 0;

  const measure = (): ScrollPosition => {
    const rects: ChapterRect[] = sections.map((s) => {
      const r = s.getBoundingClientRect();
      return { id: s.id, top: r.top, bottom: r.bottom };
    });
    const triggerY = window.innerHeight * triggerRatio;
    const chapter = activeChapter(rects, triggerY);
    return {
      chapter,
      progress: storyProgress(rects, triggerY),
      within: chapterProgress(rects, chapter, triggerY),
      entered: rects.length > 0 && rects[0]!.top <= triggerY,
    };
  };

  const refresh = (): ScrollPosition => {
    const pos = measure();
    if (pos.chapter !== current || pos.entered !== lastEntered || Math.abs(pos.progress - lastProgress) > 0.002) {
      current = pos.chapter;
      lastProgress = pos.progress;
      lastEntered = pos.entered;
      onChange(pos);
    }
    return pos;
  };

  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      refresh();
    });
  };

  const margin = `${-Math.round(triggerRatio * 100)}% 0px ${-Math.round((1 - triggerRatio) * 100)}% 0px`;
  const observer = new IntersectionObserver(schedule, { rootMargin: margin, threshold: 0 });
  for (const s of sections) observer.observe(s);
  // Chapters change height after the scroll that brought them near: the browser lays out a chapter
  // only near the screen (content-visibility in story.css), and fonts and images arrive late. Measure
  // again then, or a jump by link or address could leave the previous chapter active.
  const resizes = new ResizeObserver(schedule);
  for (const s of sections) resizes.observe(s);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);

  return {
    refresh,
    destroy() {
      observer.disconnect();
      resizes.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
