// Link check of the built site, no browser and no network: every internal href/src (and og:image,
// and url() in the built CSS) resolves to a file of the build, and every #anchor, on the same page
// or another, names an id in the target page. External links are listed, never fetched.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST_PATH } from './support/dist-dir.ts';

/** A link found in a built file. */
interface Link {
  from: string;
  attr: string;
  value: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1]!.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m));

/** The tags of an HTML document, with their attributes (script and style bodies and comments skipped). */
export function tags(html: string): { name: string; attrs: Map<string, string> }[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const out: { name: string; attrs: Map<string, string> }[] = [];
  const tagRe = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>/`]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attrRe = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(tagRe)) {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(attrRe)) attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Every file of the build, relative ("explore/index.html"). */
const files = readdirSync(DIST_PATH, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(DIST_PATH, join(e.parentPath, e.name)).split('\\').join('/'));
const htmlFiles = files.filter((f) => f.endsWith('.html')).sort();
const cssFiles = files.filter((f) => f.endsWith('.css')).sort();
const pageUrl = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

const parsed = new Map(htmlFiles.map((f) => [f, tags(readFileSync(join(DIST_PATH, f), 'utf8'))]));
const idsOf = new Map([...parsed].map(([f, ts]) => [f, new Set(ts.flatMap((t) => [t.attrs.get('id'), t.name === 'a' ? t.attrs.get('name') : undefined]).filter((x): x is string => !!x))]));

/** The origin the build writes into absolute URLs (its oEmbed discovery link), which counts as internal. */
const siteOrigin = (() => {
  const link = parsed.get('index.html')?.find((t) => t.name === 'link' && t.attrs.get('type') === 'application/json+oembed');
  return link ? new URL(link.attrs.get('href')!).origin : null;
})();

const LINK_ATTRS = ['href', 'src', 'poster', 'action', 'data'];
const META_URLS = ['og:image', 'og:url', 'twitter:image'];

const links: Link[] = [];
for (const [file, ts] of parsed) {
  for (const t of ts) {
    for (const attr of LINK_ATTRS) if (t.attrs.has(attr) && !(attr === 'data' && t.name !== 'object')) links.push({ from: file, attr: `${t.name}[${attr}]`, value: t.attrs.get(attr)! });
    if (t.attrs.has('srcset')) for (const part of t.attrs.get('srcset')!.split(',')) links.push({ from: file, attr: `${t.name}[srcset]`, value: part.trim().split(/\s+/)[0]! });
    const prop = t.attrs.get('property') ?? t.attrs.get('name');
    if (t.name === 'meta' && prop && META_URLS.includes(prop)) links.push({ from: file, attr: `meta[${prop}]`, value: t.attrs.get('content')! });
  }
}
for (const file of cssFiles) {
  for (const m of readFileSync(join(DIST_PATH, file), 'utf8').matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) links.push({ from: file, attr: 'css url()', value: m[2]! });
}

/** The build file a site path is served from (folders by their index.html), or null. */
function fileFor(pathname: string): string | null {
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.find((c) => existsSync(join(DIST_PATH, c)) && statSync(join(DIST_PATH, c)).isFile()) ?? null;
}

const broken: string[] = [];
const missingAnchors: string[] = [];
const external = new Set<string>();
let checked = 0;
for (const link of links) {
  const v = link.value.trim();
  if (!v || /^(data|blob|mailto|tel|javascript):/i.test(v)) continue;
  const base = new URL(link.from.endsWith('.css') ? `/${link.from}` : pageUrl(link.from), 'http://site.invalid');
  const url = new URL(v, base);
  const internal = url.origin === base.origin || url.origin === siteOrigin;
  if (!internal) {
    external.add(url.href);
    continue;
  }
  checked++;
  const target = fileFor(url.pathname);
  const where = `${link.from} ${link.attr}="${v}"`;
  if (!target) {
    broken.push(where);
    continue;
  }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && target.endsWith('.html') && !idsOf.get(target)?.has(anchor)) missingAnchors.push(`${where} (no id "${anchor}" in ${target})`);
}

describe('links in the built site', () => {
  it('scans every page', () => {
    expect(htmlFiles).toContain('index.html');
    expect(htmlFiles).toContain('404.html');
    expect(checked).toBeGreaterThan(htmlFiles.length);
  });

  it('has no broken internal link (href, src, srcset, og:image, CSS url())', () => expect(broken).toEqual([]));

  it('has no #anchor without its id in the target page', () => expect(missingAnchors).toEqual([]));

  it('lists the external links (not fetched: the checks run offline)', () => {
    const list = [...external].sort();
    console.log(`links: ${checked} internal checked in ${htmlFiles.length} pages and ${cssFiles.length} stylesheets; ${list.length} external:\n  ${list.join('\n  ')}`);
    for (const u of list) expect(u, 'external links are http(s)').toMatch(/^https?:\/\//);
  });
});
