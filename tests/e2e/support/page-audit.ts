// One visit of one page that checks everything a browser must see on it at once: axe-core (WCAG 2.2
// A and AA), the Content-Security-Policy in action, no request to another origin, no console error
// or error response, and no cookie, Web Storage or IndexedDB. The page is served with the headers
// of the built `_headers` file (global-setup.ts); its map, when it has one, is waited for until ready.
// In the Chromium with WebGL a map page is audited with its live map (its controls, its requests);
// in the one without, with the still map and the note that replace it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DEFAULT_CONTEXT, mapReady, siteOrigin, siteUrl } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

/** What one visit found; every list is empty on a good page. */
export interface PageAudit {
  status: number;
  /** The Content-Security-Policy header the page was served with. */
  csp: string | null;
  /** The map's ready result, or null for a page without a map. */
  map: { ok: boolean; reason?: string } | null;
  foreign: string[];
  cspViolations: string[];
  consoleErrors: string[];
  /** Responses with an error status ("404 http://…"). */
  failed: string[];
  storage: string[];
  cookies: number;
  /** axe violations, one line each: rule (impact): targets, summary. */
  axe: string[];
}

/** Runs axe with the WCAG 2.2 A/AA rules on the page as it is now; returns one line per violated rule. */
async function runAxe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected <script> would be blocked).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // axe measures the geometry of the whole page in one pass (target sizes, overlaps, contrast), but
    // the story lays out only the chapters near the screen (content-visibility: auto), and they move
    // as axe scrolls. Lay every element out for the audit, as a reader scrolling past would see it.
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => {
      const targets = v.nodes.map((n) => n.target.map(String).join(' '));
      const summary = (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240);
      return `${v.id} (${v.impact}): ${targets.slice(0, 5).join(' | ')}${targets.length > 5 ? ` …+${targets.length - 5}` : ''} — ${v.help}. ${summary}`;
    });
  }, WCAG_TAGS);
}

/** Audits pages one after another in one context and one tab, as a reader moving through the site would. */
export interface PageAuditor {
  audit(path: string): Promise<PageAudit>;
  close(): Promise<void>;
}

const blankAudit = (): PageAudit => ({
  status: 0,
  csp: null,
  map: null,
  foreign: [],
  cspViolations: [],
  consoleErrors: [],
  failed: [],
  storage: [],
  cookies: 0,
  axe: [],
});

/**
 * Opens one context and tab for a describe block's audits. Each audit navigates the tab to its page
 * (the spy runs again on every document) and collects what that page did; the tab is reused because
 * a fresh one compiles axe-core's 550 KB from scratch (0.6–0.8 s a page), a warm one in 0.2 s.
 * Cookies are counted for the context, so a cookie set by any page fails the audit of that page.
 */
export async function pageAuditor(browser: Browser, options: BrowserContextOptions): Promise<PageAuditor> {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT, ...options });
  await context.addInitScript(SPY);
  const origin = siteOrigin();
  let audit = blankAudit();
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u)) audit.foreign.push(u);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) audit.failed.push(`${r.status()} ${r.url()}`);
  });
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && audit.consoleErrors.push(m.text())));
  page.on('pageerror', (e) => void audit.consoleErrors.push(String(e)));
  return {
    async audit(path) {
      // Off the previous page first, so nothing it still does is counted for this one.
      await page.goto('about:blank');
      const current = (audit = blankAudit());
      const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
      current.status = response?.status() ?? 0;
      current.csp = (await response?.headerValue('content-security-policy')) ?? null;
      // Module scripts have run by `load`: a page without the hook by then has no map.
      if (await page.evaluate(() => !!window.__crossroads)) current.map = await mapReady(page);
      const qa = await page.evaluate(() => (window as unknown as { __qa: { csp: string[]; storage: string[] } }).__qa);
      current.cspViolations = qa.csp;
      current.storage = qa.storage;
      current.cookies = (await context.cookies()).length;
      current.axe = await runAxe(page);
      return current;
    },
    close: () => context.close(),
  };
}

/** Visits a site path in a fresh context and audits it. */
export async function auditPage(browser: Browser, path: string, options: BrowserContextOptions): Promise<PageAudit> {
  const auditor = await pageAuditor(browser, options);
  try {
    return await auditor.audit(path);
  } finally {
    await auditor.close();
  }
}

/** The audit of a good page, for `expect(audit).toEqual(clean(audit))`: every finding listed in the failure. */
export function clean(audit: PageAudit): PageAudit {
  return { ...audit, foreign: [], cspViolations: [], consoleErrors: [], failed: [], storage: [], cookies: 0, axe: [] };
}
