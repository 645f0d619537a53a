/**
 * /embed.js, the loader a newsroom pastes once per page (src/pages/embed.js.ts compiles this file to
 * plain JavaScript at build time, so keep it free of imports). It
 *   - turns script-based placeholders (<div data-crossroads-embed-src="…">) into iframes, and
 *   - listens for the height our embed pages post ({ type: 'crossroads:height', height }) and sets
 *     the height of the iframe that sent it.
 * A message is accepted ONLY when it comes from our origin (the origin /embed.js was loaded from)
 * AND its source is the contentWindow of one of our iframes: a message from another frame, from the
 * host page itself or from a look-alike origin changes nothing. No cookies, no storage, no requests.
 */

/** Same as HEIGHT_MESSAGE_TYPE and HEIGHT_RANGE in report-height.ts (a unit test keeps them equal). */
export const LOADER_MESSAGE_TYPE = 'crossroads:height';
export const LOADER_HEIGHT_RANGE = [80, 10_000] as const;
/** Marks our iframes (EMBED_DATA_ATTRIBUTE in embed-snippet.ts). */
export const FRAME_ATTRIBUTE = 'data-crossroads-embed';
/** Marks a script-based placeholder; its value is the embed page URL. */
export const PLACEHOLDER_ATTRIBUTE = 'data-crossroads-embed-src';

/** The part of an iframe the loader reads and writes. */
export interface FrameLike {
  contentWindow: unknown;
  src: string;
  style: { height: string };
  getAttribute(name: string): string | null;
}

/** Origin of an absolute http(s) URL, or null. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The height in a message, when the message is ours and the height is sane; else null. */
export function heightOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { type?: unknown; height?: unknown };
  if (d.type !== LOADER_MESSAGE_TYPE || typeof d.height !== 'number' || !Number.isFinite(d.height)) return null;
  if (d.height < LOADER_HEIGHT_RANGE[0] || d.height > LOADER_HEIGHT_RANGE[1]) return null;
  return Math.ceil(d.height);
}

/**
 * Decides what a message does: the frame to resize and its new height, or null to ignore it.
 * `frames` are the page's iframes marked as ours; only those whose src is on `origin` count.
 */
export function acceptHeight(
  event: { origin: string; source: unknown; data: unknown },
  frames: Iterable<FrameLike>,
  origin: string,
): { frame: FrameLike; height: number } | null {
  if (!origin || event.origin !== origin || !event.source) return null;
  const height = heightOf(event.data);
  if (height === null) return null;
  for (const frame of frames) {
    if (frame.contentWindow && frame.contentWindow === event.source && originOf(frame.src) === origin) return { frame, height };
  }
  return null;
}

/** Attributes of the iframe that replaces a placeholder, or null when its URL is not one of our embed pages. */
export function placeholderFrame(
  attrs: { src: string | null; title: string | null; height: string | null; id: string | null },
  origin: string,
): Record<string, string> | null {
  if (!attrs.src || originOf(attrs.src) !== origin || !/^\/embed\/[a-z0-9-]+\/$/.test(new URL(attrs.src).pathname)) return null;
  const h = Number(attrs.height);
  const height = Number.isFinite(h) && h >= 100 && h <= 4000 ? Math.round(h) : 600;
  return {
    src: attrs.src,
    title: attrs.title || 'Crossroads map',
    [FRAME_ATTRIBUTE]: attrs.id || '',
    width: '100%',
    height: String(height),
    style: 'width: 100%; border: 0; display: block;',
    loading: 'lazy',
    referrerpolicy: 'strict-origin-when-cross-origin',
    allow: '',
  };
}

/** Installs the loader once per page (the snippet may be pasted several times). */
export function installLoader(win: Window & { __crossroadsEmbedLoader?: boolean }, doc: Document, fallbackOrigin: string): void {
  if (win.__crossroadsEmbedLoader) return;
  win.__crossroadsEmbedLoader = true;
  const script = doc.currentScript as HTMLScriptElement | null;
  const origin = originOf(script?.src) ?? originOf(fallbackOrigin) ?? '';
  const ours = () => Array.from(doc.querySelectorAll<HTMLIFrameElement>(`iframe[${FRAME_ATTRIBUTE}]`));

  const upgrade = () => {
    for (const el of Array.from(doc.querySelectorAll<HTMLElement>(`[${PLACEHOLDER_ATTRIBUTE}]`))) {
      const attrs = placeholderFrame(
        {
          src: el.getAttribute(PLACEHOLDER_ATTRIBUTE),
          title: el.getAttribute('data-title'),
          height: el.getAttribute('data-height'),
          id: el.getAttribute('data-chapter'),
        },
        origin,
      );
      el.removeAttribute(PLACEHOLDER_ATTRIBUTE);
      if (!attrs) continue;
      const frame = doc.createElement('iframe');
      for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
      el.replaceChildren(frame);
    }
  };

  win.addEventListener('message', (event: MessageEvent) => {
    const hit = acceptHeight(event, ours(), origin);
    if (hit) hit.frame.style.height = `${hit.height}px`;
  });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', upgrade);
  else upgrade();
}
