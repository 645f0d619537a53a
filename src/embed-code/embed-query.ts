import type { LayerId } from '../schemas/layer-properties.ts';
import type { Language } from '../schemas/place-names.ts';
import type { NamingMode } from '../schemas/naming.ts';
import type { EmbedCamera, EmbedView } from '../schemas/embed-view.ts';
import { STORY_START } from '../schemas/story-start.ts';
import { REGION_BBOX } from '../geo/region.ts';

/**
 * Reading an embed page's query string: pure, total and free of the schemas (so of zod), because the
 * embed page runs it in the browser. The lists of known languages and layers are passed in (the page
 * writes them at build time from the schemas; embed-urls.ts passes them straight from the schemas).
 *
 * Two levels: readEmbedOptions is the lenient inverse of embedQuery (what was asked for, and which
 * keys were dropped); embedViewFrom turns that into a complete, clamped view with every field set,
 * which is what the page applies. Neither ever throws, whatever the string.
 */

/** What the parser needs to know about the site (from the schemas at build time). */
export interface KnownValues {
  languages: readonly string[];
  /** Every layer id, in registry (drawing) order. */
  layers: readonly string[];
}

/** The options a query string can carry (the shape of EmbedViewOptions in embed-urls.ts, plus the camera). */
export interface QueryOptions {
  /** Legacy: the language is now the path prefix (/hy/embed/<id>/); the page redirects there. */
  lang?: Language;
  names?: NamingMode;
  date?: string;
  layers?: LayerId[];
  theme?: 'light' | 'dark' | 'auto';
  plain?: boolean;
  static?: boolean;
  scrollzoom?: boolean;
  /** [west, south, east, north]. */
  bbox?: [number, number, number, number];
  /** [lon, lat]. */
  center?: [number, number];
  zoom?: number;
}

/** MapLibre zoom range a URL may ask for (the chapter camera schema's range). */
export const ZOOM_RANGE = [4, 13] as const;
/** Zoom used when a URL gives a centre but no zoom. */
export const DEFAULT_ZOOM = 7;
/** Padding in CSS px around a bbox from the URL. */
export const BBOX_PADDING = 12;
/** Longest childId accepted (Pym ids are short element ids). */
const MAX_CHILD_ID = 64;

/** Query keys Pym.js adds to a child's URL: expected, so never reported as ignored. */
export const PYM_KEYS = ['childId', 'initialWidth', 'parentTitle', 'parentUrl'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d{1,3}(?:\.\d{1,10})?$/;
const CHILD_ID = /^[A-Za-z0-9_:.-]+$/;

/** True for an ISO date that exists on the calendar (2020-02-30 does not). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Parses "a,b,…" into exactly `n` finite decimal numbers, or null. */
function numbers(value: string, n: number): number[] | null {
  const parts = value.split(',');
  if (parts.length !== n || !parts.every((p) => NUMBER.test(p.trim()))) return null;
  return parts.map((p) => Number(p.trim()));
}

/** A bbox clamped to the region, or null when it is malformed or (after clamping) empty. */
export function parseBbox(value: string): [number, number, number, number] | null {
  const v = numbers(value, 4);
  if (!v) return null;
  const [W, S, E, N] = REGION_BBOX as [number, number, number, number];
  const w = clamp(v[0]!, W, E);
  const s = clamp(v[1]!, S, N);
  const e = clamp(v[2]!, W, E);
  const n = clamp(v[3]!, S, N);
  // A box must have some area left inside the region (0.01° is about a kilometre).
  if (e - w < 0.01 || n - s < 0.01) return null;
  return [w, s, e, n];
}

/** A [lon, lat] clamped to the region, or null when malformed. */
export function parseCenter(value: string): [number, number] | null {
  const v = numbers(value, 2);
  if (!v) return null;
  const [W, S, E, N] = REGION_BBOX as [number, number, number, number];
  return [clamp(v[0]!, W, E), clamp(v[1]!, S, N)];
}

/** A zoom clamped to ZOOM_RANGE, or null when malformed. */
export function parseZoom(value: string): number | null {
  if (!/^\d{1,2}(?:\.\d{1,6})?$/.test(value.trim())) return null;
  return clamp(Number(value.trim()), ZOOM_RANGE[0], ZOOM_RANGE[1]);
}

const TRUE = new Set(['1', 'true', 'yes', 'on', '']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/**
 * Reads the options of a query string, leniently: a value it does not understand is dropped and its
 * key listed in `ignored` (Pym's own keys are expected and not listed). The last valid value of a
 * repeated key wins. Never throws.
 */
export function readEmbedOptions(search: string, known: KnownValues): { options: QueryOptions; ignored: string[] } {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { options: {}, ignored: [] };
  }
  const options: QueryOptions = {};
  const ignored: string[] = [];
  const flag = (key: 'plain' | 'static' | 'scrollzoom', value: string) => {
    if (TRUE.has(value)) options[key] = true;
    else if (FALSE.has(value)) {
      if (key === 'scrollzoom') options[key] = false;
      else delete options[key];
    } else ignored.push(key);
  };
  for (const [key, value] of q) {
    if (key === 'lang' && known.languages.includes(value)) options.lang = value as Language;
    else if (key === 'names' && (value === 'both' || value === 'arm' || value === 'aze')) options.names = value;
    else if (key === 'date' && isIsoDate(value)) options.date = value;
    else if (key === 'layers') {
      const wanted = value.split(',').filter(Boolean);
      const layers = known.layers.filter((l) => wanted.includes(l)) as LayerId[];
      if (wanted.some((w) => !layers.includes(w as LayerId))) ignored.push(key);
      options.layers = layers;
    } else if (key === 'theme' && (value === 'light' || value === 'dark' || value === 'auto')) options.theme = value;
    else if (key === 'plain' || key === 'static' || key === 'scrollzoom') flag(key, value);
    else if (key === 'bbox') {
      const b = parseBbox(value);
      if (b) options.bbox = b;
      else ignored.push(key);
    } else if (key === 'center') {
      const c = parseCenter(value);
      if (c) options.center = c;
      else ignored.push(key);
    } else if (key === 'zoom') {
      const z = parseZoom(value);
      if (z !== null) options.zoom = z;
      else ignored.push(key);
    } else if (!(PYM_KEYS as readonly string[]).includes(key)) ignored.push(key);
  }
  return { options, ignored };
}

/** Returns the complete view a query string asks for; `today` (ISO) is the latest date allowed. Never throws. */
export function embedViewFrom(search: string, known: KnownValues, today: string): EmbedView {
  const { options: o } = readEmbedOptions(search, known);
  const max = isIsoDate(today) ? today : '2100-01-01';
  let date: string | null = null;
  if (o.date) date = o.date < STORY_START ? STORY_START : o.date > max ? max : o.date;
  let camera: EmbedCamera | null = null;
  if (o.bbox) camera = { bounds: o.bbox, padding: BBOX_PADDING };
  else if (o.center) camera = { center: o.center, zoom: o.zoom ?? DEFAULT_ZOOM, bearing: 0, pitch: 0 };
  let childId: string | null = null;
  try {
    const raw = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('childId');
    if (raw && raw.length <= MAX_CHILD_ID && CHILD_ID.test(raw)) childId = raw;
  } catch {
    childId = null;
  }
  return {
    lang: o.lang ?? 'en',
    names: o.names ?? 'both',
    date,
    layers: o.layers ?? null,
    camera,
    theme: o.theme ?? 'auto',
    plain: o.plain ?? false,
    static: o.static ?? false,
    scrollzoom: o.scrollzoom ?? false,
    childId,
  };
}

/** True when a view is complete and every field within range (the fuzz test's oracle). */
export function isValidEmbedView(v: EmbedView, known: KnownValues, today: string): boolean {
  const [W, S, E, N] = REGION_BBOX as [number, number, number, number];
  const inRegion = (lon: number, lat: number) => Number.isFinite(lon) && Number.isFinite(lat) && lon >= W && lon <= E && lat >= S && lat <= N;
  if (!known.languages.includes(v.lang)) return false;
  if (v.date !== null && !(isIsoDate(v.date) && v.date >= STORY_START && v.date <= today)) return false;
  if (v.layers !== null) {
    if (!v.layers.every((l) => known.layers.includes(l)) || new Set(v.layers).size !== v.layers.length) return false;
    const order = v.layers.map((l) => known.layers.indexOf(l));
    if (order.some((x, i) => i > 0 && x < order[i - 1]!)) return false;
  }
  if (v.camera) {
    if ('bounds' in v.camera) {
      const [w, s, e, n] = v.camera.bounds;
      if (!inRegion(w, s) || !inRegion(e, n) || !(w < e && s < n)) return false;
    } else if (!inRegion(...v.camera.center) || !(v.camera.zoom >= ZOOM_RANGE[0] && v.camera.zoom <= ZOOM_RANGE[1])) return false;
  }
  if (!['light', 'dark', 'auto'].includes(v.theme)) return false;
  if (!['both', 'arm', 'aze'].includes(v.names)) return false;
  if (typeof v.plain !== 'boolean' || typeof v.static !== 'boolean' || typeof v.scrollzoom !== 'boolean') return false;
  if (v.childId !== null && !(v.childId.length <= MAX_CHILD_ID && CHILD_ID.test(v.childId))) return false;
  return true;
}

/** The part of a map state (MapState in src/story/map-state.ts) a view can change. */
interface StateLike {
  date: string;
  layers: LayerId[];
  camera: unknown;
  language: Language;
  naming: NamingMode;
}

/**
 * Applies a view to a chapter's map state (computed at build time by mapStateFor): the date, the
 * story layers (the chapter's basemap layers stay), the camera, the label language and the naming mode.
 */
export function viewState<S extends StateLike>(base: S, view: EmbedView, { order, basemap }: { order: readonly string[]; basemap: readonly string[] }): S {
  const layers = view.layers ? (order.filter((id) => basemap.includes(id) || view.layers!.includes(id as LayerId)) as LayerId[]) : base.layers;
  return {
    ...base,
    date: view.date ?? base.date,
    layers,
    camera: view.camera ?? base.camera,
    language: view.lang,
    naming: view.names,
  };
}
