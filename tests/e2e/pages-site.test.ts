// Every kind of page in English, one visit each (its own test, so a slow page fails alone), with its
// live map where it has one: axe at zero, the CSP in action, nothing from another origin, no console
// error, no storage (support/page-audit.ts); the 404 page and an unknown path. The same pages in
// Armenian, Azerbaijani and Russian, and the dark theme, are in pages-languages.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, siteUrl } from './support/browser.ts';
import { clean, pageAuditor, type PageAuditor } from './support/page-audit.ts';
import { PAGE_KINDS, SITE_VIEWPORT } from './support/page-kinds.ts';

describe('every kind of page, in English, with its live map', () => {
  let auditor: PageAuditor;
  beforeAll(async () => {
    auditor = await pageAuditor(await connectBrowser('webgl'), { viewport: SITE_VIEWPORT });
  });
  afterAll(() => auditor?.close());

  for (const { path, map } of PAGE_KINDS) {
    it(`${path}: axe, CSP, requests, console and storage are clean`, async () => {
      const audit = await auditor.audit(path);
      expect(audit.status).toBe(200);
      expect(audit.map, 'the live map').toEqual(map ? { ok: true } : null);
      expect(audit).toEqual(clean(audit));
    });
  }

  it('/404.html: axe, CSP, requests, console and storage are clean', async () => {
    const audit = await auditor.audit('/404.html');
    expect(audit).toEqual(clean(audit));
  });

  it('an unknown path gets the 404 page in all four languages, status 404, with the headers of its folder', async () => {
    const audit = await auditor.audit('/explore/no-such-page/');
    expect(audit.status).toBe(404);
    expect(audit.csp).toContain("frame-ancestors 'self'");
    // The only error is the page's own status, which Chromium logs.
    expect(audit.failed).toEqual([`404 ${siteUrl('/explore/no-such-page/')}`]);
    expect(audit.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
    expect({ ...audit, failed: [], consoleErrors: [] }).toEqual(clean(audit));
    const res = await fetch(siteUrl('/no/such/page/'));
    expect(res.status).toBe(404);
    const html = await res.text();
    for (const text of ['Page not found', 'Էջը չի գտնվել', 'Səhifə tapılmadı', 'Страница не найдена']) expect(html).toContain(text);
  });
});
