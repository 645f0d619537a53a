import { t } from '../i18n/ui-strings.ts';
import { DEFAULT_EMBED_HEIGHT, responsiveIframeSnippet } from './embed-snippet.ts';
import { absoluteUrl, SHARE_CARD_SIZE, viewUrls } from './embed-urls.ts';

/**
 * oEmbed (https://oembed.com/, spec 1.0) for the views of the story, served as one static JSON file
 * per chapter (/oembed/<id>.json) and announced by a discovery <link> on the pages.
 */

/** A "rich" oEmbed response (§2.3.4 and §2.3.4.4 of the spec). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  /** The responsive iframe snippet; per spec it must have no padding or margins. */
  html: string;
  /** Width the html needs, px; our iframe is fluid, so this is the reference width. */
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  author_name?: string;
  author_url?: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  /** Seconds a consumer may cache the response. */
  cache_age: number;
}

/** How long consumers may cache a response: a day (the files change only with a new build). */
export const OEMBED_CACHE_AGE = 86_400;

/** Reference width of the embedded view in px (a typical article column). */
export const OEMBED_WIDTH = 800;

export interface OEmbedInput {
  site: string;
  chapterId: string;
  title: string;
  alt?: string;
  /** Credited author (e.g. the newsroom or team); left out when unknown. */
  authorName?: string;
  authorUrl?: string;
}

/** Builds the rich oEmbed response of a chapter's view. */
export function buildOEmbed(input: OEmbedInput): OEmbedRich {
  const urls = viewUrls(input.site, input.chapterId);
  const response: OEmbedRich = {
    version: '1.0',
    type: 'rich',
    html: responsiveIframeSnippet({ site: input.site, chapterId: input.chapterId, title: input.title, alt: input.alt }),
    width: OEMBED_WIDTH,
    height: DEFAULT_EMBED_HEIGHT,
    title: input.title,
    provider_name: t('site.title'),
    provider_url: absoluteUrl(input.site, '/'),
    thumbnail_url: urls.png,
    thumbnail_width: SHARE_CARD_SIZE.width,
    thumbnail_height: SHARE_CARD_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
  if (input.authorName) response.author_name = input.authorName;
  if (input.authorUrl) response.author_url = input.authorUrl;
  return response;
}

/** The fields the spec requires of every response, and of a "rich" one in particular. */
export const OEMBED_REQUIRED = ['version', 'type'] as const;
export const OEMBED_RICH_REQUIRED = ['html', 'width', 'height'] as const;

/** Returns what is wrong with a parsed response by the spec's rules for type "rich" (empty = valid). */
export function oembedProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  if (r.version !== '1.0') problems.push('version must be "1.0"');
  if (r.type !== 'rich') problems.push('type must be "rich"');
  if (typeof r.html !== 'string' || r.html.length === 0) problems.push('html must be a non-empty string');
  for (const k of ['width', 'height'] as const) {
    if (typeof r[k] !== 'number' || !Number.isInteger(r[k]) || (r[k] as number) <= 0) problems.push(`${k} must be a positive integer`);
  }
  // Thumbnail fields go together (§2.3.4).
  const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in r);
  if (thumb.length !== 0 && thumb.length !== 3) problems.push('thumbnail_url, thumbnail_width and thumbnail_height must all be present or all absent');
  if ('cache_age' in r && (typeof r.cache_age !== 'number' || r.cache_age < 0)) problems.push('cache_age must be a non-negative number');
  return problems;
}

/**
 * The attributes of a page's oEmbed discovery link (§4):
 * <link rel="alternate" type="application/json+oembed" href="…/oembed/<id>.json" title="…">.
 */
export function oembedDiscoveryLink(
  site: string,
  chapterId: string,
  title: string,
): {
  rel: 'alternate';
  type: 'application/json+oembed';
  href: string;
  title: string;
} {
  return { rel: 'alternate', type: 'application/json+oembed', href: viewUrls(site, chapterId).oembed, title };
}
