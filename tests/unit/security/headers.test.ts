import { describe, expect, it } from 'vitest';
import {
  COMMON_HEADERS,
  contentSecurityPolicy,
  headerRules,
  headersFile,
  headersForPath,
  isEmbedPath,
  nginxSnippet,
  parseHeadersFile,
  patternMatches,
  resolveRules,
  type HeaderRule,
} from '../../../src/security/headers.ts';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));

// A build's top level, as the integration reads it.
const ENTRIES = [
  { name: 'index.html', dir: false },
  { name: '404.html', dir: false },
  { name: 'embed.js', dir: false },
  { name: 'favicon.svg', dir: false },
  { name: 'sw.js', dir: false },
  { name: '_headers', dir: false },
  { name: 'nginx-headers.conf', dir: false },
  ...['assets', 'data', 'embed', 'explore', 'glossary', 'handout', 'maps', 'oembed', 'present'].map((name) => ({ name, dir: true })),
  // The other languages: a folder each, with the pages (and an embed folder) inside.
  ...['hy', 'az', 'ru'].map((name) => ({
    name,
    dir: true,
    children: [{ name: 'index.html', dir: false }, ...['data', 'embed', 'explore', 'glossary', 'handout', 'present'].map((n) => ({ name: n, dir: true }))],
  })),
];
const PATHS = [
  '/',
  '/index.html',
  '/404.html',
  '/embed.js',
  '/favicon.svg',
  '/sw.js',
  '/assets/maplibre-gl.abc.js',
  '/data/countries.geojson',
  '/explore/',
  '/explore',
  '/explore/index.html',
  '/embed/',
  '/embed',
  '/embed/index.html',
  '/embed/blockade/',
  '/embed/blockade/index.html',
  '/present/notes/',
  '/handout/teacher/',
  '/oembed/blockade.json',
  '/maps/card/blockade.png',
  '/glossary/',
  '/hy/',
  '/hy',
  '/hy/index.html',
  '/az/embed/',
  '/az/embed/blockade/',
  '/ru/embed/blockade/index.html',
  '/ru/present/notes/',
  '/hy/glossary/',
];

/** Netlify's resolution: the last matching rule's value of a header wins. */
function netlify(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => patternMatches(r.pattern, path)).map((r) => r.headers));
}

describe('Content-Security-Policy', () => {
  it('is strict on scripts and workers, and self-only for everything else', () => {
    const d = directives(contentSecurityPolicy("'self'"));
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('worker-src')).toBe("'self'");
    expect(d.get('connect-src')).toBe("'self'");
    expect(d.get('font-src')).toBe("'self'");
    expect(d.get('style-src')).toBe("'self'");
    expect(d.get('style-src-attr')).toBe("'unsafe-inline'");
    expect(d.get('img-src')).toBe("'self' data: blob:");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('form-action')).toBe("'self'");
    expect(d.get('frame-ancestors')).toBe("'self'");
    expect(contentSecurityPolicy("'self'")).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(d.get('script-src')).not.toContain('unsafe-inline');
  });
  it('lets any site frame the embed pages only', () => {
    expect(directives(contentSecurityPolicy('*')).get('frame-ancestors')).toBe('*');
    for (const p of ['/embed', '/embed/', '/embed/blockade/', '/hy/embed/', '/ru/embed/blockade/']) expect(isEmbedPath(p), p).toBe(true);
    for (const p of ['/', '/embed.js', '/embedded/', '/explore/', '/oembed/blockade.json', '/hyembed/', '/fr/embed/', '/hy/explore/'])
      expect(isEmbedPath(p), p).toBe(false);
    expect(headersForPath('/embed/blockade/')['Content-Security-Policy']).toBe(contentSecurityPolicy('*'));
    expect(headersForPath('/explore/')['Content-Security-Policy']).toBe(contentSecurityPolicy("'self'"));
  });
  it('sends nosniff, a referrer policy and denies geolocation, camera and microphone everywhere', () => {
    for (const p of PATHS) {
      const h = headersForPath(p);
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      for (const f of ['geolocation=()', 'camera=()', 'microphone=()']) expect(h['Permissions-Policy']).toContain(f);
    }
  });
});

describe('_headers rules', () => {
  const rules = headerRules(ENTRIES);
  it('give every path of the site exactly what headersForPath says, on Cloudflare Pages and on Netlify alike', () => {
    for (const p of PATHS) {
      expect(resolveRules(rules, p), p).toEqual(headersForPath(p));
      expect(netlify(rules, p), p).toEqual(headersForPath(p));
    }
  });
  it('never set one header from two rules that match the same path', () => {
    for (const p of PATHS) {
      const names = rules.filter((r) => patternMatches(r.pattern, p)).flatMap((r) => Object.keys(r.headers));
      expect(new Set(names).size, p).toBe(names.length);
    }
  });
  it('give unknown paths the shared headers (a host 404)', () => expect(resolveRules(rules, '/nope/')).toEqual(COMMON_HEADERS));
  it('leave out the host files themselves', () => expect(rules.map((r) => r.pattern).join(' ')).not.toMatch(/_headers|nginx/));
  it('round-trip through the _headers file', () => expect(parseHeadersFile(headersFile(rules))).toEqual(rules));
  it('match splats as hosts do', () => {
    expect(patternMatches('/embed/*', '/embed/')).toBe(true);
    expect(patternMatches('/embed/*', '/embed/a/b')).toBe(true);
    expect(patternMatches('/embed', '/embed.js')).toBe(false);
    expect(patternMatches('/embed.js', '/embedXjs')).toBe(false);
  });
});

describe('nginx snippet', () => {
  const conf = nginxSnippet();
  it('sends the same CSP, switching frame-ancestors on the embed paths only', () => {
    const line = conf.split('\n').find((l) => l.startsWith('add_header Content-Security-Policy'))!;
    expect(line.replace('$crossroads_frame_ancestors', "'self'")).toContain(contentSecurityPolicy("'self'"));
    expect(conf).toContain('if ($uri ~ "^(/(hy|az|ru))?/embed(/|$)")');
    const re = /^(\/(hy|az|ru))?\/embed(\/|$)/;
    for (const p of PATHS) expect(re.test(p), p).toBe(isEmbedPath(p));
  });
  it('sends the shared headers with `always` (on errors too)', () => {
    for (const [k, v] of Object.entries(COMMON_HEADERS)) expect(conf).toContain(`add_header ${k} "${v}" always;`);
  });
  it('serves the 404 page', () => expect(conf).toContain('error_page 404 /404.html;'));
});
