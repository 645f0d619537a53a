import type { DatedStep } from '../chapters/dated-steps.ts';

/** The step strips of the story's chapters (ChapterSection.astro's `[data-chapter-steps]`). */
export interface StepStrips {
  /** Marks step `index` of a chapter as the one the map shows (aria-pressed). */
  show(chapterId: string, index: number): void;
}

/**
 * Shows each chapter's strip of dated steps (hidden without JavaScript, when the still map shows the
 * final state) and reports a press: the reader holds that step until the chapter changes.
 */
export function wireStepStrips(
  root: ParentNode,
  chapters: readonly { id: string; steps: readonly DatedStep[] }[],
  { onPick }: { onPick(chapterId: string, index: number): void },
): StepStrips {
  const strips = new Map<string, HTMLElement>();
  for (const { id, steps } of chapters) {
    const strip = root.querySelector<HTMLElement>(`#${CSS.escape(id)} [data-chapter-steps]`);
    if (!strip || steps.length === 0) continue;
    strips.set(id, strip);
    strip.hidden = false;
    strip.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-step]');
      if (button) onPick(id, Number(button.dataset.step));
    });
  }
  return {
    show(chapterId, index) {
      for (const button of strips.get(chapterId)?.querySelectorAll<HTMLButtonElement>('button[data-step]') ?? []) {
        button.setAttribute('aria-pressed', String(Number(button.dataset.step) === index));
      }
    },
  };
}
