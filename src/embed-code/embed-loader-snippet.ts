import { attributes, loaderUrl, type SnippetInput } from './embed-snippet.ts';
import { escapeHtml } from './escape-html.ts';
import { viewUrls } from './embed-urls.ts';
import { PLACEHOLDER_ATTRIBUTE } from './embed-loader.ts';

/**
 * (5) Script embed: a link to the story that /embed.js replaces with the iframe, for CMSs that keep
 * scripts but strip iframes. Without the script (or JavaScript) the reader still gets the link.
 */
export function scriptSnippet(input: SnippetInput): string {
  const urls = viewUrls(input.site, input.chapterId, input.view);
  const div = `<div${attributes({
    [PLACEHOLDER_ATTRIBUTE]: urls.embed,
    'data-chapter': input.chapterId,
    'data-title': input.title,
    'data-height': input.height ?? undefined,
  })}><a${attributes({ href: urls.story })}>${escapeHtml(input.title)}</a></div>`;
  return `${div}\n<script${attributes({ src: loaderUrl(input.site), async: true })}></script>`;
}

/**
 * Gives an iframe snippet a fixed width in px (the builder's width presets): the frame keeps
 * `width: 100%` but never grows past the width. null leaves the snippet full-width.
 */
export function withMaxWidth(snippet: string, width: number | null): string {
  if (width === null || !Number.isFinite(width)) return snippet;
  const w = Math.round(Math.min(4000, Math.max(200, width)));
  return snippet.replace(/style="width: 100%;/g, `style="width: 100%; max-width: ${w}px;`);
}
