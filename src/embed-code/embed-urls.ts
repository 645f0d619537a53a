import { stillMapPath } from '../chapters/still-map-paths.ts';
import { LANGUAGES, type Language } from '../schemas/languages.ts';
import { LAYER_IDS, type LayerId } from '../schemas/layer-ids.ts';
import { isIsoDate, readEmbedOptions } from './embed-query.ts';
import { localizedPath } from '../i18n/locale-routes.ts';
import { NAMING_MODES, type NamingMode } from '../schemas/naming.ts';

/**
 * The canonical URLs of a view of the story: pure functions of the site origin, the chapter id and,
 * for a custom view, its options. Every page and file that names a view (embed pages, snippets,
 * oEmbed, share cards, the data page) builds its URLs here, so they cannot drift apart.
 */

/** Used when neither SITE_URL nor Astro's `site` is set (the local preview server). */
export const DEFAULT_SITE = 'http://127.0.0.1:4321';

/** Size of the share-card images (/maps/<id>.png and /maps/card/<id>.svg): the 1.91:1 og:image ratio. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** How an embedded view may differ from the chapter as published (Datawrapper-style render flags). */
export interface EmbedViewOptions {
  /** Interface and label language (default: English); it is the path's prefix, /hy/embed/<id>/. */
  lang?: Language;
  /** How contested places are named (default: both names). */
  names?: NamingMode;
  /** The date the dated layers show, ISO (default: the chapter's date). */
  date?: string;
  /** Story layers shown instead of the chapter's own (basemap layers are always drawn). */
  layers?: readonly LayerId[];
  /** Colour scheme (default: follow the reader's system setting). */
  theme?: 'light' | 'dark' | 'auto';
  /** Leave out the title and credit lines around the map. */
  plain?: boolean;
  /** Show the still image instead of the interactive map. */
  static?: boolean;
  /** Let the wheel zoom the map (with Ctrl/⌘, cooperative gestures, so the host page still scrolls). */
  scrollzoom?: boolean;
  /** Camera: a box to fit, [west, south, east, north] (wins over center/zoom). */
  bbox?: readonly [number, number, number, number];
  /** Camera: centre [lon, lat], with `zoom`. */
  center?: readonly [number, number];
  zoom?: number;
}

/** Every URL of one view. */
export interface ViewUrls {
  /** The embed page: /embed/<id>/ (plus ?query for a custom view). */
  embed: string;
  /** The still map at the story's 3:2 framing. */
  svg: string;
  /** The share card, 1200×630 PNG (og:image, oEmbed thumbnail, AMP placeholder). */
  png: string;
  /** The share card as SVG, 1200×630. */
  cardSvg: string;
  /** The oEmbed response. */
  oembed: string;
  /** The chapter in the scroll story. */
  story: string;
}

/** Returns the site root with exactly one trailing slash; rejects anything that is not an http(s) URL. */
export function normaliseSite(site: string | URL | undefined | null): string {
  const raw = (site ?? '').toString().trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Site URL "${raw}" is not an absolute URL (set SITE_URL, e.g. https://example.org/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Site URL "${raw}" must be http or https`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The site root the build was made for: SITE_URL when set, else Astro's `site` (import.meta.env.SITE),
 * else the local preview origin.
 */
export function buildSite(): string {
  const fromProcess = typeof process !== 'undefined' ? process.env?.SITE_URL : undefined;
  const fromAstro = (import.meta as { env?: Record<string, string | undefined> }).env?.SITE;
  return normaliseSite(fromProcess || fromAstro || DEFAULT_SITE);
}

/** Joins a site-relative path (with or without a leading slash) to the site root; keeps a site sub-path. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), normaliseSite(site)).href;
}

const CHAPTER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkChapterId(id: string): string {
  if (!CHAPTER_ID.test(id)) throw new Error(`"${id}" is not a chapter id (kebab-case expected)`);
  return id;
}

/**
 * Returns the query string of a custom view ('' for the chapter as published), keys in a fixed order
 * so equal views give equal URLs. Unknown layers, bad dates or languages throw.
 */
export function embedQuery(options: EmbedViewOptions = {}): string {
  const q = new URLSearchParams();
  if (options.names && options.names !== 'both') {
    if (!(NAMING_MODES as readonly string[]).includes(options.names)) throw new Error(`Unknown naming mode "${options.names}"`);
    q.set('names', options.names);
  }
  if (options.date) {
    if (!isIsoDate(options.date)) throw new Error(`"${options.date}" is not an ISO date`);
    q.set('date', options.date);
  }
  if (options.layers) {
    const unknown = options.layers.filter((l) => !LAYER_IDS.includes(l));
    if (unknown.length) throw new Error(`Unknown layer id(s): ${unknown.join(', ')}`);
    // Registry order, no duplicates: the same set of layers always reads the same.
    q.set('layers', LAYER_IDS.filter((l) => options.layers!.includes(l)).join(','));
  }
  if (options.theme && options.theme !== 'auto') q.set('theme', options.theme);
  if (options.plain) q.set('plain', '1');
  if (options.static) q.set('static', '1');
  if (options.scrollzoom) q.set('scrollzoom', '1');
  const num = (n: number) => String(Math.round(n * 1e5) / 1e5);
  if (options.bbox) q.set('bbox', options.bbox.map(num).join(','));
  else if (options.center) {
    q.set('center', options.center.map(num).join(','));
    if (options.zoom !== undefined) q.set('zoom', num(options.zoom));
  }
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/**
 * Reads a custom view back from an embed page's query string (location.search), the inverse of
 * embedQuery. Lenient: a value it does not understand is dropped, never thrown, because readers and
 * CMSs mangle URLs; `ignored` names what was dropped so the page can say so.
 */
export function parseEmbedQuery(search: string): { options: EmbedViewOptions; ignored: string[] } {
  // The zod-free core in embed-query.ts also runs in the browser; here it gets the schemas' lists.
  return readEmbedOptions(search, { languages: LANGUAGES, layers: LAYER_IDS });
}

/** Checks a language; the path prefix comes from it. */
function checkLanguage(lang: Language | undefined): Language {
  if (lang !== undefined && !LANGUAGES.includes(lang)) throw new Error(`Unknown language "${lang}"`);
  return lang ?? 'en';
}

/** Site-relative path of a chapter's embed page in its language (with the custom view's query, if any). */
export function embedPath(chapterId: string, options?: EmbedViewOptions): string {
  return `${localizedPath(checkLanguage(options?.lang), `/embed/${checkChapterId(chapterId)}/`)}${embedQuery(options)}`;
}

/** Site-relative paths of every file of a chapter's view. */
export function viewPaths(chapterId: string, options?: EmbedViewOptions): ViewUrls {
  const id = checkChapterId(chapterId);
  return {
    embed: embedPath(id, options),
    svg: stillMapPath(id, checkLanguage(options?.lang)),
    png: `/maps/${id}.png`,
    cardSvg: `/maps/card/${id}.svg`,
    oembed: `/oembed/${id}.json`,
    story: `${localizedPath(checkLanguage(options?.lang), '/')}${options?.names && options.names !== 'both' ? `?names=${options.names}` : ''}#${id}`,
  };
}

/** Absolute URLs of every file of a chapter's view, on the given site. */
export function viewUrls(site: string, chapterId: string, options?: EmbedViewOptions): ViewUrls {
  const paths = viewPaths(chapterId, options);
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, absoluteUrl(site, p)])) as unknown as ViewUrls;
}
