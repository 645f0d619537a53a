/** How long a landing may keep its chapter in place while the page settles, at most. */
const PIN_LIMIT_MS = 10_000;
/** Moves of the chapter's top smaller than this are rounding, not somebody else's scroll. */
const SLACK_PX = 2;
/** Scrolls per pin, at most: each lays out the chapters that came near, and it settles in two or three. */
const MAX_PASSES = 6;
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls `section` to the top and keeps it there while the page around it settles: chapters far from
 * the screen are laid out at an estimated height (content-visibility), fonts and the sticky bar arrive
 * late, and each can push the chapter away from where the landing put it (a #chapter link on a phone
 * could show the chapter before). Every layout change puts it back, until the reader acts (wheel,
 * touch, pointer or key), something else scrolls the page, or PIN_LIMIT_MS passes. Returns `stop`.
 */
export function pinToTop(section: HTMLElement): () => void {
  const top = () => section.getBoundingClientRect().top;
  const pin = () => {
    // Measuring after a scroll lays out the chapters that came near, at their real height, which can
    // push this one down at once: scroll again until a scroll changes nothing (a few passes at most).
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const before = window.scrollY;
      section.scrollIntoView({ block: 'start', behavior: 'instant' });
      if (pass > 0 && Math.abs(window.scrollY - before) <= SLACK_PX) break;
    }
    pinnedTop = top();
  };
  let pinnedTop = 0;
  pin();
  // A layout change moves the chapter without a scroll event: put it back.
  const resized = new ResizeObserver(() => {
    if (Math.abs(top() - pinnedTop) > SLACK_PX) pin();
  });
  resized.observe(document.body);
  // A scroll that moves the chapter is somebody else's (the browser's scroll anchoring keeps it still).
  const scrolled = () => {
    if (Math.abs(top() - pinnedTop) > SLACK_PX) stop();
  };
  const timer = window.setTimeout(() => stop(), PIN_LIMIT_MS);
  function stop() {
    resized.disconnect();
    window.clearTimeout(timer);
    window.removeEventListener('scroll', scrolled);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, { capture: true });
  }
  window.addEventListener('scroll', scrolled, { passive: true });
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
