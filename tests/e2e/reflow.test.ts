// Reflow (WCAG 1.4.10): at 320 CSS px wide, and at 1440×900 zoomed to 200 % (720×450 CSS px), every
// kind of page fits the width (no horizontal scrolling of the document) and its main text shows.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

/** One page of each kind, and the element holding its main text. */
const PAGE_KINDS = [
  { name: 'story', path: '/', text: '.chapter h2' },
  { name: 'story-ru', path: '/ru/', text: '.chapter h2' },
  { name: 'embed', path: '/embed/war-2020/', text: '.embed-title' },
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
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startStaticServer(DIST_PATH);
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const size of SIZES) {
    it(`fits every kind of page at ${size.viewport.width}×${size.viewport.height} and shows its main text`, async () => {
      const context = await browser.newContext({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor, reducedMotion: 'reduce', serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const kind of PAGE_KINDS) {
        await page.goto(server.origin + kind.path, { waitUntil: 'load' });
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
            text: text && r ? { visible: text.checkVisibility({ opacityProperty: true, visibilityProperty: true }), left: r.left, right: r.right, width: r.width, height: r.height, chars: (text.textContent ?? '').trim().length } : null,
          };
        }, kind.text);
        await page.screenshot({ path: `${SHOTS}/a11y-${kind.name}-${size.label}.png` });
        if (m.scrollWidth > m.clientWidth + 1) problems.push(`${kind.path}: document ${m.scrollWidth} px wide in ${m.clientWidth} px; sticking out: ${m.wide.join(', ')}`);
        if (!m.text) problems.push(`${kind.path}: no ${kind.text}`);
        else if (!m.text.visible || m.text.chars === 0 || m.text.width <= 0 || m.text.left < -1 || m.text.right > m.clientWidth + 1) {
          problems.push(`${kind.path}: main text (${kind.text}) not fully shown: ${JSON.stringify(m.text)}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
