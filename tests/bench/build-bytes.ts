// What a page of the build costs in bytes, computed from the built files alone (no browser, no
// server), so that byte budgets can be asserted deterministically. Used by tests/e2e/budgets.test.ts
// (asserts) and tests/bench/bench.ts (prints it beside what Chromium actually fetched).
//
// The model of a page's bytes: its HTML; its stylesheets; every script reachable from its module
// scripts through static and dynamic imports, plus the worker scripts they name (the map library and
// its worker included); the data files its default map view draws; and the font files whose
// unicode-range covers a letter the page shows — each file once, as a browser with an HTTP cache
// fetches it once. Sizes are gzip -9 of the file. Two parts are upper bounds: fonts count every
// weight the CSS declares for a needed subset, and the label fonts cover every name (in the page's
// language) of the layers drawn, though MapLibre loads a face only for labels it lays out at the
// current zoom (an English embed usually needs Latin alone; "Iğdır" on a label adds Latin-ext).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASEMAP_LAYERS } from '../../src/map/map-state.ts';
import { LAYER_REGISTRY } from '../../src/layers/layer-registry.ts';
import type { LayerId } from '../../src/schemas/layer-properties.ts';

export const KB = 1024;

/** The budgets, gzip -9 bytes (issue 7). */
export const BUDGETS = {
  /** The story page's JavaScript before the map library loads. */
  storyJsBeforeMap: 30 * KB,
  /** The data one chapter's map draws. */
  chapterData: 150 * KB,
  /** One embed page, everything it fetches in its default view, MapLibre and its worker included. */
  embedPageTotal: 500 * KB,
  /** Each font file, by subset (woff2 is compressed already; these are about 15% over today's files). */
  fontFile: { latin: 16 * KB, 'latin-ext': 64 * KB, cyrillic: 10 * KB, armenian: 12 * KB } as Record<string, number>,
};

/** The font subsets the site's four languages need, in @fontsource's names. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'armenian'] as const;

export const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** One built site, read from its folder. */
export class Build {
  readonly root: string;
  readonly files: string[];
  private readonly gzCache = new Map<string, number>();

  constructor(root: string) {
    this.root = root;
    this.files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
  }

  has(file: string): boolean {
    return this.files.includes(file);
  }
  read(file: string): Buffer {
    return readFileSync(join(this.root, file));
  }
  text(file: string): string {
    return this.read(file).toString('utf8');
  }
  /** gzip -9 size of a file. */
  gz(file: string): number {
    let n = this.gzCache.get(file);
    if (n === undefined) this.gzCache.set(file, (n = gzipSync(this.read(file), { level: 9 }).length));
    return n;
  }
  sum(files: Iterable<string>): number {
    return [...new Set(files)].reduce((n, f) => n + this.gz(f), 0);
  }

  /** The module scripts and stylesheets an HTML file references (site paths, as build files). */
  pageRefs(html: string): { scripts: string[]; styles: string[] } {
    const text = this.text(html);
    const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
    const local = (s: string | undefined): s is string => !!s && s.startsWith('/') && !s.startsWith('//');
    const scripts = [...text.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], 'src')).filter(local);
    const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')).filter(local);
    return { scripts: scripts.map((s) => s.slice(1)), styles: styles.map((s) => s.slice(1)) };
  }

  /** The imports of a built JS file: static (import … from "x", import "x", export … from "x") and dynamic (import("x")). */
  importsOf(file: string): { static: string[]; dynamic: string[] } {
    const code = this.text(file);
    const stat = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'`()]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
    const dyn = [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g)].map((m) => m[1]!);
    const local = (s: string) => s.startsWith('.') || s.startsWith('/');
    return { static: stat.filter(local).map((s) => resolveFrom(file, s)), dynamic: dyn.filter(local).map((s) => resolveFrom(file, s)) };
  }

  /** Every file reachable from `entries` through static imports (and dynamic ones and named worker scripts too, with `dynamic`). */
  closure(entries: string[], dynamic: boolean): Set<string> {
    const seen = new Set<string>();
    const todo = [...entries];
    while (todo.length) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      const imp = this.importsOf(f);
      todo.push(...imp.static, ...(dynamic ? imp.dynamic : []));
      if (dynamic) for (const m of this.text(f).matchAll(/["'`]\/((?:assets|vendor\/[\w.-]+)\/[\w.-]*worker[\w.-]*\.m?js)["'`]/g)) todo.push(m[1]!);
    }
    return seen;
  }

  /** The @font-face rules of some stylesheets. */
  fontFaces(styles: string[]): FontFace[] {
    return styles.flatMap((css) =>
      [...this.text(css).matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m): FontFace => {
        const body = m[1]!;
        const prop = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
        const urls = [...(prop('src') ?? '').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((u) => resolveFrom(css, u[1]!));
        const range = prop('unicode-range');
        return {
          stylesheet: css,
          family: (prop('font-family') ?? '').replace(/["']/g, ''),
          weight: prop('font-weight') ?? '400',
          urls,
          unicodeRange: range ?? null,
          ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
        };
      }),
    );
  }
}

/** An @font-face rule of a built stylesheet. */
export interface FontFace {
  stylesheet: string;
  family: string;
  weight: string;
  /** Build files of its src, in order (a browser with woff2 fetches the first). */
  urls: string[];
  /** The unicode-range as written, null when the rule has none (then it covers everything). */
  unicodeRange: string | null;
  ranges: [number, number][];
}

/** Site path ("/assets/x.js") or path relative to a file ("./x.js") → build file ("assets/x.js"). */
export const resolveFrom = (from: string, spec: string) => (spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(from), spec)));

/** Parses a CSS unicode-range: "U+0000-00FF,U+0131" and the minified forms "U+??", "U+4??". */
export function parseUnicodeRange(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const p = part.trim().replace(/^u\+/i, '');
    if (p.includes('-')) {
      const [a, b] = p.split('-');
      return [parseInt(a!, 16), parseInt(b!, 16)];
    }
    if (p.includes('?')) return [parseInt(p.replace(/\?/g, '0'), 16), parseInt(p.replace(/\?/g, 'F'), 16)];
    const n = parseInt(p, 16);
    return [n, n];
  });
}

export const covers = (ranges: [number, number][], codePoint: number) => ranges.some(([a, b]) => codePoint >= a && codePoint <= b);

/** The text a page shows: its HTML without tags, scripts, styles, templates and noscript, entities decoded. */
export function visibleText(html: string): string {
  const body = html.slice(Math.max(0, html.search(/<body\b/)));
  return body
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
}

/** The data files a chapter's map state draws: the basemap and its own layers, plus the country labels drawn with the countries. */
export function chapterDataFiles(build: Build, layers: readonly LayerId[]): string[] {
  const wanted = new Set<LayerId>([...BASEMAP_LAYERS, ...layers]);
  const ids: string[] = LAYER_REGISTRY.map((l) => l.id).filter((id) => wanted.has(id));
  if (wanted.has('countries')) ids.push('country-labels');
  return ids.map((id) => `data/${id}.geojson`).filter((f) => build.has(f));
}

/** The map labels of some data files in a language: every name_<lang> property (and each side's usage, name_arm_/name_aze_). */
export function labelText(build: Build, dataFiles: string[], lang: string): string {
  const key = new RegExp(`^name_(?:(?:arm|aze)_)?${lang}$`);
  const out: string[] = [];
  for (const f of dataFiles) {
    const fc = JSON.parse(build.text(f)) as { features: { properties: Record<string, unknown> | null }[] };
    for (const feat of fc.features) for (const [k, v] of Object.entries(feat.properties ?? {})) if (key.test(k) && typeof v === 'string') out.push(v);
  }
  return out.join(' ');
}

/** The font files MapLibre loads for the labels: the woff2 URLs written into the page's JavaScript (src/map/style/font-faces.ts). */
export function labelFontFiles(build: Build, js: Iterable<string>): string[] {
  return [...new Set([...js].flatMap((f) => [...build.text(f).matchAll(/["'`]\/(assets\/[\w.-]+\.woff2)["'`]/g)].map((m) => m[1]!)))];
}

/** The subset of a font file name: "assets/noto-sans-latin-ext-400-normal.HASH.woff2" → "latin-ext". */
export const subsetOf = (file: string) => /(?:^|\/)noto-sans(?:-armenian)?-([a-z-]+?)-\d{3}-(?:normal|italic)\./.exec(file)?.[1] ?? null;

/** The font files among `faces` a browser fetches to show `text`: those whose range covers one of its letters (first src each). */
export function fontFilesFor(faces: FontFace[], text: string): string[] {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!).filter((c) => c > 0x20));
  return [
    ...new Set(
      faces
        .filter((f) => [...codePoints].some((c) => covers(f.ranges, c)))
        .map((f) => f.urls[0]!)
        .filter(Boolean),
    ),
  ];
}

/** One page's bytes, by part, with the files behind each. */
export interface PageBytes {
  page: string;
  parts: Record<
    'html' | 'css' | 'js before the map' | 'map library + worker' | 'other lazy js' | 'data' | 'fonts' | 'label fonts (upper bound)',
    { bytes: number; files: string[] }
  >;
  total: number;
}

/** MapLibre's modules, served as published from one versioned folder (src/map/vendor-maplibre.ts). */
export const isMaplibre = (f: string) => /^vendor\/maplibre-gl-[\d.]+\/maplibre-gl[.-]/.test(f);

/**
 * What a map page (an embed, or any page with a map) fetches in its default view: the model above.
 * `dataFiles`: the data its map draws. `lang`: the language of its labels.
 */
export function mapPageBytes(build: Build, html: string, dataFiles: string[], lang: string): PageBytes {
  const refs = build.pageRefs(html);
  const eager = build.closure(refs.scripts, false);
  const all = build.closure(refs.scripts, true);
  const faces = build.fontFaces(refs.styles);
  const pageFonts = fontFilesFor(faces, visibleText(build.text(html)));
  // MapLibre loads the label fonts itself, from the same files as the page's CSS (font-faces.ts), for the letters the labels use.
  const labelFaces = labelFontFiles(build, all).map(
    (url) =>
      faces.find((f) => f.urls[0] === url) ?? {
        stylesheet: '',
        family: '',
        weight: '400',
        urls: [url],
        unicodeRange: null,
        ranges: rangesOfLabelFile(build, url),
      },
  );
  const labelFonts = fontFilesFor(labelFaces, labelText(build, dataFiles, lang));
  const part = (files: Iterable<string>) => {
    const list = [...new Set(files)];
    return { bytes: build.sum(list), files: list };
  };
  const parts: PageBytes['parts'] = {
    html: part([html]),
    css: part(refs.styles),
    'js before the map': part(eager),
    'map library + worker': part([...all].filter(isMaplibre)),
    'other lazy js': part([...all].filter((f) => !isMaplibre(f) && !eager.has(f))),
    data: part(dataFiles),
    fonts: part(pageFonts),
    'label fonts (upper bound)': part(labelFonts.filter((f) => !pageFonts.includes(f))),
  };
  return { page: html, parts, total: build.sum(Object.values(parts).flatMap((p) => p.files)) };
}

/** The unicode-range of a label font file that no stylesheet of the page declares: its subset's range. */
function rangesOfLabelFile(build: Build, url: string): [number, number][] {
  const subset = subsetOf(url);
  const face = build.fontFaces(build.files.filter((f) => f.endsWith('.css'))).find((f) => f.urls[0] === url && f.unicodeRange);
  if (face) return face.ranges;
  return subset ? parseUnicodeRange(fontsourceRanges()[subset] ?? 'U+0-10FFFF') : [[0, 0x10ffff]];
}

/** @fontsource's unicode-range of each subset (its unicode.json), the reference the build's @font-face rules must carry. */
export function fontsourceRanges(): Record<string, string> {
  const read = (pkg: string) =>
    JSON.parse(readFileSync(new URL(`../../node_modules/@fontsource/${pkg}/unicode.json`, import.meta.url), 'utf8')) as Record<string, string>;
  return { ...read('noto-sans'), armenian: read('noto-sans-armenian').armenian! };
}
