/** Shortest horizontal travel (CSS px) that counts as a swipe. */
export const SWIPE_MIN = 50;

/**
 * Returns the slide move a touch gesture asks for: a swipe to the left shows the next slide, to the
 * right the previous one; mostly vertical or short moves are not swipes.
 */
export function swipeIntent(dx: number, dy: number, min = SWIPE_MIN): 'next' | 'prev' | null {
  if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'prev';
}
