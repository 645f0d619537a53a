// The slide caption column widens, at the map's expense, just enough that every slide's caption fits
// without scrolling: a projected caption cannot be scrolled from the back of the room, and the longer
// languages (Armenian and Russian run a third longer than English) need more room than the CSS gives.

/** The caption column never takes more than this share of the window: the map keeps the larger part. */
export const MAX_CAPTION_SHARE = 0.55;

/**
 * Returns the smallest whole width in [min, max] for which `fits` holds, by bisection; `fits` must be
 * monotone (a wider column never fits less). Returns max when nothing narrower fits.
 */
export function smallestFitting(min: number, max: number, fits: (width: number) => boolean): number {
  if (max <= min || fits(min)) return min;
  let [fails, works] = [min, max];
  while (works - fails > 1) {
    const mid = Math.floor((fails + works) / 2);
    if (fits(mid)) works = mid;
    else fails = mid;
  }
  return works;
}

/**
 * Sets the deck's --caption-w to the narrowest width at which every slide's caption fits, or leaves
 * the stylesheet's width when it already does. All slides are laid out at once, invisibly, so each
 * trial costs one layout. Portrait screens (caption under the map, full width) are left alone.
 */
export function fitCaptionColumn(root: HTMLElement, sections: readonly HTMLElement[]): void {
  root.style.removeProperty('--caption-w');
  if (matchMedia('(max-aspect-ratio: 1/1)').matches) return;
  const captions = sections.map((s) => s.querySelector<HTMLElement>('.slide-caption')).filter((c): c is HTMLElement => c !== null);
  const hidden = sections.map((s) => s.hidden);
  root.classList.add('deck-measuring');
  for (const s of sections) s.hidden = false;
  try {
    const allFit = () => captions.every((c) => c.scrollHeight <= c.clientHeight);
    const fits = (width: number) => {
      root.style.setProperty('--caption-w', `${width}px`);
      return allFit();
    };
    const base = captions[0]?.offsetWidth ?? 0;
    if (!base || allFit()) return;
    const width = smallestFitting(base, Math.floor(innerWidth * MAX_CAPTION_SHARE), fits);
    root.style.setProperty('--caption-w', `${width}px`);
  } finally {
    sections.forEach((s, i) => (s.hidden = hidden[i]!));
    root.classList.remove('deck-measuring');
  }
}
