// Link check of the built site, no browser and no network: every internal href/src (and og:image,
// and url() in the built CSS) resolves to a file of the build, and every #anchor, on the same page
// or another, names an id in the target page. External links are listed, never fetched.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_PATH } from '../support/dist-dir.ts';
import { builtFiles, builtPage, htmlFiles, pagePath } from './built-pages.ts';

/** A link found in a built file. */
interface Link {
  from: string;
  attr: string;
  value: string;
}

const cssFiles = builtFiles.filter((f) => f.endsWith('.css'));
const LINK_ATTRS = ['href', 'src', 'poster', 'action'];
const META_URLS = ['og:image', 'og:url', 'twitter:image'];

const idsOf = new Map(
  htmlFiles.map((f) => {
    const $ = builtPage(f);
    return [f, new Set([...$('[id]').map((_, e) => $(e).attr('id')!), ...$('a[name]').map((_, e) => $(e).attr('name')!)])];
  }),
);

/** The origin the build writes into absolute URLs (its oEmbed discovery link), which counts as internal. */
const siteOrigin = (() => {
  const href = builtPage('index.html')('link[type="application/json+oembed"]').attr('href');
  return href ? new URL(href).origin : null;
})();

const links: Link[] = [];
for (const file of htmlFiles) {
  const $ = builtPage(file);
  for (const attr of LINK_ATTRS)
    $(`[${attr}]`).each((_, el) => void links.push({ from: file, attr: `${el.type === 'tag' ? el.name : ''}[${attr}]`, value: $(el).attr(attr)! }));
  $('object[data]').each((_, el) => void links.push({ from: file, attr: 'object[data]', value: $(el).attr('data')! }));
  $('[srcset]').each((_, el) => {
    for (const part of $(el).attr('srcset')!.split(',')) links.push({ from: file, attr: 'srcset', value: part.trim().split(/\s+/)[0]! });
  });
  $('meta').each((_, el) => {
    const prop = $(el).attr('property') ?? $(el).attr('name');
    if (prop && META_URLS.includes(prop)) links.push({ from: file, attr: `meta[${prop}]`, value: $(el).attr('content')! });
  });
}
for (const file of cssFiles) {
  for (const m of readFileSync(join(DIST_PATH, file), 'utf8').matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g))
    links.push({ from: file, attr: 'css url()', value: m[2]! });
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
  const base = new URL(link.from.endsWith('.css') ? `/${link.from}` : pagePath(link.from), 'http://site.invalid');
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

  it('links outside the site only over http(s) (listed, not fetched: the checks run offline)', () => {
    const list = [...external].sort();
    for (const u of list) expect(u, 'external links are http(s)').toMatch(/^https?:\/\//);
  });
});
