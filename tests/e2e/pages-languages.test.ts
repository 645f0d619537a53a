// Every kind of page in Armenian, Azerbaijani and Russian, and the main pages in the dark theme, one
// visit each: axe at zero, the CSP in action, nothing from another origin, no console error, no
// storage (support/page-audit.ts). What differs from the English pages audited with their live maps
// (pages-site.test.ts) is text, language, fonts and colours, so these run in the Chromium without
// WebGL, where a map page shows its still map and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from './support/browser.ts';
import { clean, pageAuditor, type PageAuditor } from './support/page-audit.ts';
import { PAGE_KINDS, SITE_VIEWPORT } from './support/page-kinds.ts';

const noMap = (map: boolean) => (map ? { ok: false, reason: 'no-webgl' } : null);

describe('every kind of page in Armenian, Azerbaijani and Russian', () => {
  let auditor: PageAuditor;
  beforeAll(async () => {
    auditor = await pageAuditor(await connectBrowser('no-webgl'), { viewport: SITE_VIEWPORT });
  });
  afterAll(() => auditor?.close());

  for (const lang of ['hy', 'az', 'ru']) {
    for (const { path, map } of PAGE_KINDS) {
      it(`/${lang}${path}: axe, CSP, requests, console and storage are clean`, async () => {
        const audit = await auditor.audit(`/${lang}${path}`);
        expect(audit.status).toBe(200);
        expect(audit.map, 'the map says it cannot start').toEqual(noMap(map));
        expect(audit).toEqual(clean(audit));
      });
    }
  }
});

describe('the dark theme', () => {
  let auditor: PageAuditor;
  beforeAll(async () => {
    auditor = await pageAuditor(await connectBrowser('no-webgl'), { viewport: SITE_VIEWPORT, colorScheme: 'dark' });
  });
  afterAll(() => auditor?.close());

  for (const path of ['/', '/hy/', '/explore/', '/embed/', '/data/', '/glossary/', '/handout/', '/404.html']) {
    it(`${path} (dark): axe, CSP, requests, console and storage are clean`, async () => {
      const audit = await auditor.audit(path);
      expect(audit).toEqual(clean(audit));
    });
  }
});
