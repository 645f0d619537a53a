import { t } from '../i18n/ui-strings.ts';
import { absoluteUrl, SHARE_CARD_SIZE, viewUrls, type EmbedViewOptions } from './embed-urls.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The code a journalist pastes into a CMS to show a view of the story: pure string builders, every
 * attribute value escaped. Four kinds, from most to least capable: a responsive iframe (with the
 * one-line /embed.js loader that sets its height), a fixed-height iframe, a static image link
 * (for CMSs that strip iframes, newsletters, print) and an AMP <amp-iframe>.
 */

/** Default height of an embedded view in px, before the loader measures the page (Flourish uses 575–650). */
export const DEFAULT_EMBED_HEIGHT = 600;

/** Everything a snippet is made from. */
export interface SnippetInput {
  /** Site root the view is served from (buildSite()). */
  site: string;
  chapterId: string;
  /** Accessible name of the frame and alt text of the image, e.g. the chapter title. */
  title: string;
  /** Longer text for the image's alt (the chapter's alt text); defaults to the title. */
  alt?: string;
  /** Custom view (date, layers, language, flags). */
  view?: EmbedViewOptions;
  /** Height in px of the iframe (default DEFAULT_EMBED_HEIGHT). */
  height?: number;
}

/** Renders attributes in the given order; `true` is a bare boolean attribute, false/undefined are left out. */
export function attributes(attrs: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}

function heightOf(input: SnippetInput): number {
  const h = input.height ?? DEFAULT_EMBED_HEIGHT;
  if (!Number.isFinite(h) || h < 100 || h > 4000) throw new Error(`Embed height ${h} is out of range (100–4000 px)`);
  return Math.round(h);
}

/** The iframe's id-like marker: the loader finds our frames by it (and matches event.source, not this). */
export const EMBED_DATA_ATTRIBUTE = 'data-crossroads-embed';

/** Absolute URL of the loader script. */
export function loaderUrl(site: string): string {
  return absoluteUrl(site, '/embed.js');
}

/**
 * An iframe of the view. Frames are named (title), lazy, send only the origin as referrer and get
 * no extra permissions (empty `allow`); they are not sandboxed so that links in them can open the
 * story in a new tab, and the loader can talk to them.
 */
function iframe(input: SnippetInput, style: string): string {
  const urls = viewUrls(input.site, input.chapterId, input.view);
  return `<iframe${attributes({
    src: urls.embed,
    title: input.title,
    [EMBED_DATA_ATTRIBUTE]: input.chapterId,
    width: '100%',
    height: heightOf(input),
    style,
    loading: 'lazy',
    referrerpolicy: 'strict-origin-when-cross-origin',
    allow: '',
  })}></iframe>`;
}

/** (1) Responsive iframe: full width, default height, then /embed.js sets the height the page reports. */
export function responsiveIframeSnippet(input: SnippetInput): string {
  return `${iframe(input, 'width: 100%; border: 0; display: block;')}\n<script${attributes({ src: loaderUrl(input.site), async: true })}></script>`;
}

/** (2) Plain iframe of a fixed height, for CMSs that strip scripts. */
export function fixedIframeSnippet(input: SnippetInput): string {
  return iframe(input, 'width: 100%; border: 0; display: block;');
}

/** (3) Static image linking to the chapter in the story, for CMSs that strip iframes, and for e-mail. */
export function staticImageSnippet(input: SnippetInput): string {
  const urls = viewUrls(input.site, input.chapterId, input.view);
  const img = `<img${attributes({
    src: urls.png,
    alt: input.alt ?? input.title,
    width: SHARE_CARD_SIZE.width,
    height: SHARE_CARD_SIZE.height,
    style: 'max-width: 100%; height: auto;',
    loading: 'lazy',
    decoding: 'async',
  })}>`;
  return `<a${attributes({ href: urls.story })}>${img}</a>`;
}

/**
 * (4) AMP: <amp-iframe> must be resizable to take the height the page posts, needs a placeholder
 * and an overflow element, and runs cross-origin with scripts (the documented sandbox).
 */
export function ampIframeSnippet(input: SnippetInput): string {
  const urls = viewUrls(input.site, input.chapterId, input.view);
  const placeholder = `<amp-img${attributes({
    placeholder: true,
    layout: 'fill',
    src: urls.png,
    alt: input.alt ?? input.title,
  })}></amp-img>`;
  const more = t('embed.show-more', input.view?.lang ?? 'en');
  const overflow = `<div${attributes({ overflow: true, tabindex: 0, role: 'button', 'aria-label': more })}>${escapeHtml(more)}</div>`;
  return `<amp-iframe${attributes({
    src: urls.embed,
    title: input.title,
    width: SHARE_CARD_SIZE.width,
    height: heightOf(input),
    layout: 'responsive',
    resizable: true,
    sandbox: 'allow-scripts allow-same-origin allow-popups',
    frameborder: '0',
  })}>\n  ${placeholder}\n  ${overflow}\n</amp-iframe>`;
}

/** All four snippets of a view, keyed for the embed dialog and the builder page. */
export function allSnippets(input: SnippetInput): { responsive: string; fixed: string; image: string; amp: string } {
  return {
    responsive: responsiveIframeSnippet(input),
    fixed: fixedIframeSnippet(input),
    image: staticImageSnippet(input),
    amp: ampIframeSnippet(input),
  };
}
