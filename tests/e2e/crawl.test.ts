// Every HTML page of the build, served with the security headers of the built `_headers` file
// (src/security/headers.ts), opened in Chromium: no request to another origin, no CSP violation,
// no console error, no cookie, no Web Storage or IndexedDB; and unknown paths get the 404 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { isEmbedPath, parseHeadersFile, resolveRules } from '../../src/security/headers.ts';

/** The URL path of every HTML file in the build ("explore/index.html" → "/explore/"). */
export function htmlPagePaths(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(root, join(e.parentPath, e.name)).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Records CSP violations and every use of cookies, Web Storage and IndexedDB. Runs before any page script, in every frame. */
const SPY = `(() => {
  const qa = (window.__qa = { csp: [], storage: [] });
  document.addEventListener('securitypolicyviolation', (e) => {
    qa.csp.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  }, true);
  for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    const orig = Storage.prototype[m];
    Storage.prototype[m] = function (...a) { qa.storage.push('Storage.' + m); return orig.apply(this, a); };
  }
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
    for (const target of [window, Window.prototype]) {
      const d = Object.getOwnPropertyDescriptor(target, name);
      if (d && d.get && d.configurable) Object.defineProperty(target, name, { ...d, get() { qa.storage.push(name); return d.get.call(this); } });
    }
  }
  for (const m of ['open', 'deleteDatabase', 'databases']) {
    const orig = IDBFactory.prototype[m];
    if (orig) IDBFactory.prototype[m] = function (...a) { qa.storage.push('indexedDB.' + m); return orig.apply(this, a); };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { qa.storage.push('cookie.get'); return cookie.get.call(this); },
    set(v) { qa.storage.push('cookie.set'); cookie.set.call(this, v); },
  });
})();`;

interface PageReport {
  path: string;
  status: number;
  csp: string | null;
  foreign: string[];
  violations: string[];
  consoleErrors: string[];
  storage: string[];
  cookies: number;
  setCookie: string[];
  /** Responses with an error status ("404 http://…"). */
  failed: string[];
}

const pages = htmlPagePaths(DIST_PATH);
const rules = parseHeadersFile(readFileSync(join(DIST_PATH, '_headers'), 'utf8'));

describe('crawl of every page with the security headers on', () => {
  let server: StaticServer;
  let browser: Browser;
  const reports = new Map<string, PageReport>();

  /** Opens a path, waits for its map (when it has one) to be ready and idle, and reports what it did. */
  async function visit(path: string): Promise<PageReport> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1 });
    await context.addInitScript(SPY);
    const page = await context.newPage();
    const report: PageReport = { path, status: 0, csp: null, foreign: [], violations: [], consoleErrors: [], storage: [], cookies: 0, setCookie: [], failed: [] };
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(u)) report.foreign.push(u);
    });
    context.on('response', async (r) => {
      if (r.status() >= 400) report.failed.push(`${r.status()} ${r.url()}`);
      const c = await r.headerValue('set-cookie').catch(() => null);
      if (c) report.setCookie.push(`${r.url()}: ${c}`);
    });
    page.on('console', (m) => m.type() === 'error' && report.consoleErrors.push(m.text()));
    page.on('pageerror', (e) => report.consoleErrors.push(String(e)));
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    report.status = response?.status() ?? 0;
    report.csp = (await response?.headerValue('content-security-policy')) ?? null;
    // Pages with a map install the test hook: wait for the first drawing (or the reported failure).
    const hasMap = await page.waitForFunction(() => !!window.__crossroads, null, { timeout: 3000 }).then(() => true, () => false);
    if (hasMap) {
      const ready = await page.evaluate(() => window.__crossroads!.ready);
      if (ready.ok) await page.evaluate(() => window.__crossroads!.idle());
    }
    await page.waitForTimeout(250);
    const qa = await page.evaluate(() => (window as unknown as { __qa: { csp: string[]; storage: string[] } }).__qa);
    report.violations = qa.csp;
    report.storage = qa.storage;
    report.cookies = (await context.cookies()).length;
    await context.close();
    return report;
  }

  beforeAll(async () => {
    server = await startStaticServer(DIST_PATH, { headers: (p) => resolveRules(rules, p) });
    browser = await launchChromium(WEBGL_ARGS);
    for (const path of pages) reports.set(path, await visit(path));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the pages of the site', () => {
    for (const p of ['/', '/explore/', '/embed/', '/present/', '/present/notes/', '/handout/', '/data/', '/404.html']) {
      expect(pages).toContain(p);
      // Every page also in Armenian, Azerbaijani and Russian (but the one 404 page, which speaks all four).
      if (p !== '/404.html') for (const lang of ['hy', 'az', 'ru']) expect(pages).toContain(`/${lang}${p}`);
    }
    expect(pages.filter((p) => /^\/embed\/[a-z0-9-]+\/$/.test(p)).length).toBeGreaterThan(0);
  });

  it('serves every page with the CSP for its path', () => {
    for (const r of reports.values()) {
      expect(r.status, r.path).toBe(200);
      expect(r.csp, r.path).toContain("script-src 'self';");
      expect(r.csp, r.path).toMatch(isEmbedPath(r.path) ? /frame-ancestors \*$/ : /frame-ancestors 'self'$/);
    }
  });

  it('requests nothing from any other origin', () => {
    for (const r of reports.values()) expect(r.foreign, r.path).toEqual([]);
  });

  it('violates no Content-Security-Policy directive', () => {
    for (const r of reports.values()) expect(r.violations, r.path).toEqual([]);
  });

  it('logs no console error, throws no uncaught error and gets no error response', () => {
    for (const r of reports.values()) {
      expect(r.consoleErrors, r.path).toEqual([]);
      expect(r.failed, r.path).toEqual([]);
    }
  });

  it('sets no cookie and uses no Web Storage or IndexedDB', () => {
    for (const r of reports.values()) {
      expect(r.cookies, r.path).toBe(0);
      expect(r.setCookie, r.path).toEqual([]);
      expect(r.storage, r.path).toEqual([]);
    }
  });

  it('answers an unknown path with the 404 page, status 404, with the headers and without errors', async () => {
    // Under a folder of the site the path gets the CSP of that folder; at the top level, the shared headers only.
    const r = await visit('/explore/no-such-page/');
    expect(r.status).toBe(404);
    expect(r.csp).toContain("frame-ancestors 'self'");
    expect(r.foreign).toEqual([]);
    expect(r.violations).toEqual([]);
    // The only error is the page's own status, which Chromium logs.
    expect(r.failed).toEqual([`404 ${server.origin}/explore/no-such-page/`]);
    expect(r.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
    const res = await fetch(`${server.origin}/no/such/page/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    for (const text of ['Page not found', 'Էջը չի գտնվել', 'Səhifə tapılmadı', 'Страница не найдена']) expect(html).toContain(text);
    for (const href of ['href="/"', 'href="#chapter-list"', 'href="/glossary/"']) expect(html).toContain(href);
  });
});
