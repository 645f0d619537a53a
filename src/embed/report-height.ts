/**
 * Auto-height for an embedded page: measures the height the page wants and posts it to the parent
 * window in the three formats newsrooms already handle, whenever it changes:
 *   - Pym.js (NPR): the string 'pymxPYMx<childId>xPYMxheightxPYMx<h>'
 *   - AMP <amp-iframe resizable>: { sentinel: 'amp', type: 'embed-size', height }
 *   - ours (/embed.js): { type: 'crossroads:height', id, height }
 * Heights are not secret, so they are posted to any origin ('*'), as Pym, AMP and Flourish do; the
 * receiving side (embed-loader.ts) is the one that checks who sent what.
 */

/** The message type /embed.js listens for. */
export const HEIGHT_MESSAGE_TYPE = 'crossroads:height';

/** Heights outside this range are never posted (nor accepted by the loader). */
export const HEIGHT_RANGE = [80, 10_000] as const;

/** The three messages that announce one height. */
export function heightMessages(
  height: number,
  id: string | null,
): [string, { sentinel: 'amp'; type: 'embed-size'; height: number }, { type: typeof HEIGHT_MESSAGE_TYPE; id: string | null; height: number }] {
  const h = Math.ceil(height);
  return [`pymxPYMx${id ?? ''}xPYMxheightxPYMx${h}`, { sentinel: 'amp', type: 'embed-size', height: h }, { type: HEIGHT_MESSAGE_TYPE, id, height: h }];
}

/**
 * The height the page needs: the document's content height with the flexible map box at its
 * natural height (the sizer's) instead of whatever is left of the frame. Without this, a page that
 * fills its frame would only ever report the frame's own height back.
 */
export function naturalHeight({
  contentHeight,
  flexHeight,
  naturalFlexHeight,
}: {
  contentHeight: number;
  flexHeight: number;
  naturalFlexHeight: number;
}): number {
  return Math.max(0, Math.ceil(contentHeight - flexHeight + naturalFlexHeight));
}

/** Where the reporter posts and what it measures (the real window and elements in the browser). */
export interface ReportTarget {
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  /** The page's root box (its scrollHeight is the content height). */
  root: HTMLElement;
  /** The box that stretches to fill the frame (the map). */
  flex: HTMLElement;
  /** An invisible box at the flexible box's natural height. */
  sizer: HTMLElement;
}

/**
 * Starts reporting: once now and on every size change (ResizeObserver on the document and the
 * boxes). Posts only when the height changed. Returns a stop function. Does nothing outside a frame.
 */
export function startHeightReports(target: ReportTarget, id: string | null): () => void {
  const { parent, root, flex, sizer } = target;
  if (!parent) return () => {};
  let last = -1;
  const report = () => {
    const h = naturalHeight({ contentHeight: root.scrollHeight, flexHeight: flex.offsetHeight, naturalFlexHeight: sizer.offsetHeight });
    if (h === last || h < HEIGHT_RANGE[0] || h > HEIGHT_RANGE[1]) return;
    last = h;
    for (const m of heightMessages(h, id)) parent.postMessage(m, '*');
  };
  const ro = new ResizeObserver(() => report());
  // The root is as tall as the frame; its children change size when the content does.
  for (const el of [document.documentElement, root, sizer, ...root.children]) ro.observe(el);
  report();
  return () => ro.disconnect();
}
