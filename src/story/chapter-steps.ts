/**
 * Wires the "Previous chapter" / "Next chapter" links at the end of each chapter card. Without
 * JavaScript they are plain #chapter links; here they scroll the neighbouring chapter into view
 * (at once under reduced motion) and move focus to its heading, and the story's scroll driver
 * makes it the active chapter and writes the URL (replaceState, no new history entry).
 */
export function wireChapterSteps(root: ParentNode): void {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-chapter-step]')) {
    link.addEventListener('click', (event) => {
      const section = document.getElementById(link.dataset.chapterStep!);
      if (!section) return;
      event.preventDefault();
      section.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'instant' : 'smooth' });
      section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    });
  }
}
