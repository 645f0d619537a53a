// Every English embed page, and the first and last chapter's embed in each other language, at a
// typical frame size: one visit each (its own test) with axe, the CSP, requests, console and storage
// checked together (support/page-audit.ts). One embed is audited with its live map and one in the
// dark theme with it; the others share that template and differ in text, legend and language, so they
// run in the Chromium without WebGL, showing their still maps.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterIds } from '../support/chapters.ts';
import { connectBrowser } from './support/browser.ts';
import { auditPage, clean, pageAuditor, type PageAuditor } from './support/page-audit.ts';

const FRAME = { width: 640, height: 480 };
const ids = chapterIds();
const others = ['hy', 'az', 'ru'].flatMap((lang) => [ids[0], ids.at(-1)].map((id) => `/${lang}/embed/${id}/`));

describe('an embed page with its live map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser('webgl');
  });

  for (const [path, colorScheme] of [
    [`/embed/${ids[0]}/`, 'light'],
    [`/ru/embed/${ids.at(-1)}/`, 'dark'],
  ] as const) {
    it(`${path} (${colorScheme}): the map draws; axe, CSP, requests, console and storage are clean`, async () => {
      const audit = await auditPage(browser, path, { viewport: FRAME, colorScheme });
      expect(audit.status).toBe(200);
      expect(audit.map).toEqual({ ok: true });
      expect(audit).toEqual(clean(audit));
    });
  }
});

describe('every embed page', () => {
  let auditor: PageAuditor;
  beforeAll(async () => {
    auditor = await pageAuditor(await connectBrowser('no-webgl'), { viewport: FRAME });
  });
  afterAll(() => auditor?.close());

  it('has chapters to embed', () => {
    expect(ids.length).toBeGreaterThan(10);
  });

  for (const path of [...ids.map((id) => `/embed/${id}/`), ...others]) {
    it(`${path}: axe, CSP, requests, console and storage are clean, the still map in place of the live one`, async () => {
      const audit = await auditor.audit(path);
      expect(audit.status).toBe(200);
      expect(audit.map).toEqual({ ok: false, reason: 'no-webgl' });
      expect(audit).toEqual(clean(audit));
    });
  }
});
