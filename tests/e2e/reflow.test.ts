// Reflow (WCAG 1.4.10): at 320 CSS px wide, and at 1440×900 zoomed to 200 % (720×450 CSS px), every
// kind of page fits the width (no horizontal scrolling of the document) and its main text shows.
// Layout is what is tested, so the pages run in the Chromium without WebGL (maps show their stills).
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chapterIds } from '../support/chapters.ts';
import { connectBrowser, DEFAULT_CONTEXT, siteUrl } from './support/browser.ts';

/** One page of each kind, and the element holding its main text. */
const PAGE_KINDS = [
  { name: 'story', path: '/', text: '.chapter h2' },
  { name: 'story-ru', path: '/ru/', text: '.chapter h2' },
  { name: 'embed', path: `/embed/${chapterIds()[0]}/`, text: '.embed-title' },
  { name: 'builder', path: '/embed/', text: 'h1' },
  { name: 'slides', path: '/present/', text: '.slide:not([hidden]) .slide-title' },
  { name: 'notes', path: '/present/notes/', text: '[data-notes]' },
  { name: 'handout', path: '/handout/', text: 'h1' },
  { name: 'glossary', path: '/glossary/', text: 'h1' },
  { name: 'data', path: '/data/', text: 'h1' },
  { name: 'explore', path: '/explore/', text: 'h1' },
  { name: '404', path: '/404.html', text: 'h1' },
];

/** 320 px: the narrowest phone WCAG asks for; 720×450: a 1440×900 screen at 200 % zoom. */
const SIZES = [
  { label: '320', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { label: 'zoom200', viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 },
];

describe('reflow at 320 px and at 200 % zoom', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser('no-webgl');
  });

  for (const size of SIZES) {
    it(`fits every kind of page at ${size.viewport.width}×${size.viewport.height} and shows its main text`, async () => {
      const context = await browser.newContext({ ...DEFAULT_CONTEXT, viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const kind of PAGE_KINDS) {
        await page.goto(siteUrl(kind.path), { waitUntil: 'load' });
        if (await page.evaluate(() => !!window.__crossroads)) await page.evaluate(() => window.__crossroads!.ready);
        const m = await page.evaluate((selector) => {
          const root = document.documentElement;
          const text = document.querySelector<HTMLElement>(selector);
          const r = text?.getBoundingClientRect();
          // What sticks out to the right, to name in the failure.
          const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
            .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && e.checkVisibility())
            .slice(0, 4)
            .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} (${Math.round(e.getBoundingClientRect().right)})`);
          return {
            scrollWidth: root.scrollWidth,
            clientWidth: root.clientWidth,
            wide,
            text:
              text && r
                ? {
                    visible: text.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
                    left: r.left,
                    right: r.right,
                    width: r.width,
                    height: r.height,
                    chars: (text.textContent ?? '').trim().length,
                  }
                : null,
          };
        }, kind.text);
        if (m.scrollWidth > m.clientWidth + 1)
          problems.push(`${kind.path}: document ${m.scrollWidth} px wide in ${m.clientWidth} px; sticking out: ${m.wide.join(', ')}`);
        if (!m.text) problems.push(`${kind.path}: no ${kind.text}`);
        else if (!m.text.visible || m.text.chars === 0 || m.text.width <= 0 || m.text.left < -1 || m.text.right > m.clientWidth + 1) {
          problems.push(`${kind.path}: main text (${kind.text}) not fully shown: ${JSON.stringify(m.text)}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
