import { todayIso } from '../timeline/day-scale.ts';
import type { Timeline, TimelinePhase } from '../timeline/render-timeline.ts';
import { afterFirstPaint } from '../site/first-paint.ts';

/** What the bar needs to know of each chapter (see StoryChapterData). */
export interface BarChapter {
  id: string;
  title: string;
  shortTitle: string;
  period: { from: string; to: string };
  date: string;
}

/** The story's top bar (StoryBar.astro): contents, progress and timeline. */
export interface StoryBar {
  /** Marks the chapter being read in the contents, the progress line and the timeline. */
  setChapter(id: string | null): void;
  /** Fills the progress track to a share of the story read (0–1). */
  setProgress(share: number): void;
  closeContents(): void;
}

/**
 * Wires the bar that stays at the top while reading: the contents (links jump to their chapter
 * through `onJump`, the current one is marked), the progress line and track, and the d3 timeline
 * (its periods jump too). Its height, which depends on the timeline's lanes and the font, is kept in
 * `--bar-h` on `root`, where the map sits under it.
 */
export function wireStoryBar(
  bar: HTMLElement,
  root: HTMLElement,
  { chapters, onJump }: { chapters: readonly BarChapter[]; onJump(id: string): void },
): StoryBar {
  const toc = bar.querySelector<HTMLDetailsElement>('[data-toc]');
  const progressText = bar.querySelector<HTMLElement>('[data-progress-text]');
  const progressFill = bar.querySelector<HTMLElement>('[data-progress-fill]');
  const template = bar.dataset.progressTemplate ?? '{n} / {total}';
  new ResizeObserver(() => root.style.setProperty('--bar-h', `${bar.offsetHeight}px`)).observe(bar);

  for (const a of bar.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      onJump(a.dataset.tocLink!);
    });
  }

  // The timeline is drawn after the first paint, and its code (d3) is loaded then: the text comes
  // first, and the page's script before the first paint stays small.
  const svg = bar.querySelector<SVGSVGElement>('[data-timeline]');
  let timeline: Timeline | undefined;
  let current: string | null = null;
  if (svg) {
    void afterFirstPaint()
      .then(() => import('../timeline/render-timeline.ts'))
      .then(({ renderTimeline }) => {
        timeline = renderTimeline(svg, {
          chapters: chapters.map((c) => ({ id: c.id, from: c.period.from, to: c.period.to, date: c.date, label: c.title })),
          end: todayIso(),
          phases: JSON.parse(svg.dataset.phases ?? '[]') as TimelinePhase[],
          onSelect: onJump,
        });
        timeline.update(current);
        new ResizeObserver(() => timeline?.redraw()).observe(svg);
      });
  }

  return {
    setChapter(id) {
      for (const a of bar.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
        if (a.dataset.tocLink === id) a.setAttribute('aria-current', 'step');
        else a.removeAttribute('aria-current');
      }
      const index = chapters.findIndex((c) => c.id === id);
      if (progressText && index >= 0) {
        progressText.textContent = `${template.replace('{n}', String(index + 1)).replace('{total}', String(chapters.length))}: ${chapters[index]!.shortTitle}`;
      }
      current = id;
      timeline?.update(id);
    },
    setProgress(share) {
      if (progressFill) progressFill.style.transform = `scaleX(${share})`;
    },
    closeContents() {
      if (toc) toc.open = false;
    },
  };
}
