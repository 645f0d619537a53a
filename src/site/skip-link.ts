/**
 * Makes the skip link (BaseLayout, the first focusable element of every page) move focus to its
 * target without writing its #fragment into the URL: the story reads a fragment as a chapter, and
 * the link works as a plain in-page link without JavaScript.
 */
export function wireSkipLink(doc: Document = document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a.skip-link');
  link?.addEventListener('click', (event) => {
    const target = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    // Landmarks and wrappers are not focusable by default; -1 lets focus land there without adding a tab stop.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    // A sticky target (the story's bar) is always in view, and scrollIntoView on it can jump far down the page.
    const position = getComputedStyle(target).position;
    if (position === 'sticky' || position === 'fixed') target.focus();
    else {
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
      target.focus({ preventScroll: true });
    }
  });
}
