// Every HTML page of the build, read without a browser: the headers the built `_headers` file gives
// its path, no inline script, <style> or event-handler attribute (the CSP would block them), its
// language, title, image alternatives, labelled form fields, unique ids and resolvable id references;
// embed pages are noindex with their oEmbed link. One test per page, so a bad page fails alone.
// What needs a browser (axe, the CSP in action, requests, storage) is in tests/e2e/pages-*.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isEmbedPath, parseHeadersFile, patternMatches, resolveRules } from '../../src/security/headers.ts';
import { DIST_PATH } from '../support/dist-dir.ts';
import { builtPage, htmlFiles, isEmbedChapterPath, pagePath, pathLanguage } from './built-pages.ts';

const headersText = readFileSync(join(DIST_PATH, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);

/** Attributes whose value is one id, or a list of ids, of the same document. */
const ID_REFERENCES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'popovertarget',
  'commandfor',
  'list',
  'form',
];
/** Script types a browser does not run (data blocks), which the CSP does not govern. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

/** Returns what is wrong with a page's markup, one line per problem. */
function markupProblems($: CheerioAPI, path: string, csp: string): string[] {
  const problems: string[] = [];
  $('script').each((_, el) => {
    const s = $(el);
    if (!s.attr('src') && !DATA_SCRIPT.test(s.attr('type') ?? '')) problems.push(`inline script: ${s.html()?.slice(0, 60)}`);
  });
  if ($('style').length) problems.push(`${$('style').length} <style> element(s)`);
  const styleAttrsAllowed = /style-src-attr 'unsafe-inline'/.test(csp);
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const name of Object.keys(el.attribs)) {
      if (/^on[a-z]+$/.test(name)) problems.push(`<${el.name} ${name}>: an event-handler attribute`);
      if (name === 'style' && !styleAttrsAllowed) problems.push(`<${el.name} style>: a style attribute the CSP blocks`);
    }
  });
  const lang = $('html').attr('lang');
  const expected = path === '/404.html' ? 'en' : pathLanguage(path);
  if (lang !== expected) problems.push(`<html lang="${lang}">, expected "${expected}"`);
  if (!$('head > title').text().trim()) problems.push('no <title>');
  $('img').each((_, el) => {
    if ($(el).attr('alt') === undefined) problems.push(`<img src="${$(el).attr('src')}"> without alt`);
  });
  // Every form field has an accessible name.
  $('input, select, textarea').each((_, el) => {
    const f = $(el);
    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(f.attr('type') ?? '')) return;
    const id = f.attr('id');
    const named =
      f.attr('aria-label') || f.attr('aria-labelledby') || f.attr('title') || f.closest('label').length > 0 || (id && $(`label[for="${id}"]`).length > 0);
    if (!named) problems.push(`<${el.type === 'tag' ? el.name : '?'} id="${id ?? ''}" name="${f.attr('name') ?? ''}"> has no label`);
  });
  // Ids are unique, and every id reference resolves.
  const ids = new Map<string, number>();
  $('[id]').each((_, el) => {
    const id = $(el).attr('id')!;
    ids.set(id, (ids.get(id) ?? 0) + 1);
  });
  for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" used ${n} times`);
  for (const attr of ID_REFERENCES) {
    $(`[${attr}]`).each((_, el) => {
      // <output for> names ids too; <label for>, <button popovertarget> one id; aria-* lists.
      for (const ref of ($(el).attr(attr) ?? '').split(/\s+/).filter(Boolean)) {
        if (!ids.has(ref)) problems.push(`${attr}="${ref}" on <${el.type === 'tag' ? el.name : '?'}> names no element`);
      }
    });
  }
  if (isEmbedChapterPath(path)) {
    if ($('meta[name="robots"]').attr('content') !== 'noindex') problems.push('embed page without noindex');
    const id = path.split('/').at(-2)!;
    if (!$(`link[rel="alternate"][type="application/json+oembed"]`).attr('href')?.endsWith(`/oembed/${id}.json`))
      problems.push('embed page without its oEmbed discovery link');
    if (!$('a[target="_top"][rel~="noopener"]').length) problems.push('embed page without a link to the story that leaves the frame');
  }
  return problems;
}

describe('the built pages, without a browser', () => {
  it('are all here: every page kind in English, Armenian, Azerbaijani and Russian, and the 404 page', () => {
    const paths = htmlFiles.map(pagePath);
    for (const p of ['/', '/explore/', '/embed/', '/present/', '/present/notes/', '/handout/', '/handout/teacher/', '/data/', '/glossary/', '/corrections/']) {
      for (const prefix of ['', '/hy', '/az', '/ru']) expect(paths).toContain(prefix + p);
    }
    expect(paths).toContain('/404.html');
    expect(paths.filter(isEmbedChapterPath).length).toBeGreaterThan(4 * 10);
  });

  it('the _headers file sets no cookie and one CSP per path', () => {
    expect(headersText).not.toMatch(/set-cookie/i);
    for (const file of htmlFiles) {
      const path = pagePath(file);
      expect(rules.filter((r) => 'Content-Security-Policy' in r.headers && patternMatches(r.pattern, path)).length, path).toBe(1);
    }
  });

  describe.each(htmlFiles.map((file) => ({ file, path: pagePath(file) })))('$path', ({ file, path }) => {
    it('gets the security headers for its path, and its markup keeps to the CSP and the accessibility basics', () => {
      const headers = resolveRules(rules, path);
      const csp = headers['Content-Security-Policy'] ?? '';
      expect(csp, 'CSP').toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp, 'CSP').not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(csp, 'frame-ancestors').toMatch(isEmbedPath(path) ? /frame-ancestors \*$/ : /frame-ancestors 'self'$/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toMatch(/geolocation=\(\)/);
      expect(markupProblems(builtPage(file), path, csp)).toEqual([]);
    });
  });
});

describe('the built scripts, without a browser', () => {
  // The CSP's script-src has no 'unsafe-eval': a script that builds code at run time (eval, Function)
  // fails in the reader's browser. zod does it, so this also keeps the schemas out of the pages' scripts.
  // Our own scripts only: MapLibre's published build (vendor/) has one eval, on the path that loads its
  // right-to-left text plugin, which the site never sets.
  const scripts = readdirSync(DIST_PATH, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f) && !f.startsWith('vendor/'));
  it('are found', () => expect(scripts.length).toBeGreaterThan(5));
  it('build no code at run time (eval, Function), which the CSP would refuse', () => {
    expect(scripts.filter((f) => /\beval\(|\bFunction\(/.test(readFileSync(join(DIST_PATH, f), 'utf8')))).toEqual([]);
  });
});
