// The printable handout: printed to PDF by Chromium on A4 and on Letter it has a cover and one page
// per chapter, no map is cut across pages, and the teacher edition carries the answers; the Print
// button exists only with JavaScript. Also the glossary and a term popover in the story. No map is
// involved: everything runs in the Chromium without WebGL.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChapters, ROOT } from '../support/chapters.ts';
import { connectBrowser, openPage, screenshotOnFailure, siteUrl, waitUntil } from './support/browser.ts';

const CHAPTER_COUNT = loadChapters().length;
const ANSWERS = (yaml.load(readFileSync(`${ROOT}src/content/discussion/en.yaml`, 'utf8')) as { questions: { answer: string }[] }[]).flatMap((e) =>
  e.questions.map((q) => q.answer.replace(/\s+/g, ' ').trim()),
);

/** Paper sizes in CSS pixels (96 per inch): A4 210 × 297 mm, Letter 8.5 × 11 in. */
const PAPER = { A4: { width: 794, height: 1123 }, Letter: { width: 816, height: 1056 } } as const;
/** The @page margins of src/styles/handout.css (10 mm top and bottom), in CSS pixels. */
const MARGIN_Y = (10 / 25.4) * 96;

/** Counts the pages of a PDF by its page objects (no PDF library needed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Waits until every image of the page has loaded and decoded. */
const imagesLoaded = (page: Page) => page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));

describe('the student handout in print', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(await connectBrowser('no-webgl'), '/handout/', { width: 1280, height: 900 }));
    await imagesLoaded(page);
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on ${format} as a cover and one page per chapter, every map whole on one page`, async () => {
      await page.emulateMedia({ media: 'print' });
      expect(pdfPages(await page.pdf({ format, printBackground: true }))).toBe(1 + CHAPTER_COUNT);
      // In print layout, at the page width, each chapter fits its page and its map box ends before the bottom margin.
      const paper = PAPER[format];
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: paper.width, height: paper.height });
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.handout-chapter')].map((c) => {
          const chapter = c.getBoundingClientRect();
          const map = c.querySelector('.handout-map')!.getBoundingClientRect();
          return { id: c.id, chapterHeight: chapter.height, mapBottom: map.bottom - chapter.top, mapHeight: map.height };
        }),
      );
      expect(boxes).toHaveLength(CHAPTER_COUNT);
      const printable = paper.height - 2 * MARGIN_Y;
      for (const b of boxes) {
        expect(b.mapHeight, b.id).toBeGreaterThan(200);
        expect(b.mapBottom, `${b.id}: map runs past the first page of its chapter`).toBeLessThanOrEqual(printable);
        expect(b.chapterHeight, `${b.id}: chapter does not fit one page`).toBeLessThanOrEqual(printable);
      }
    });
  }

  it('shows the Print button on screen and hides the toolbar in print', async () => {
    await page.emulateMedia({ media: 'screen' });
    await waitUntil(page, 'the Print button never showed', () => !!document.querySelector('[data-print]')?.checkVisibility());
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-toolbar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('leaves out every suggested answer', async () => {
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(ANSWERS.filter((a) => text.includes(a))).toEqual([]);
  });
});

describe('the teacher handout', () => {
  it('prints with the suggested answers, the presenter notes and the sources’ addresses', async () => {
    const { page } = await openPage(await connectBrowser('no-webgl'), '/handout/teacher/', { width: 1280, height: 900 });
    try {
      await imagesLoaded(page);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      for (const answer of ANSWERS) expect(text).toContain(answer);
      expect(text).toMatch(/Presenter notes/i);
      // Every chapter's first source address is printed (a printout cannot be clicked).
      for (const c of loadChapters()) {
        const url = c.sources.find((s) => s.url)?.url;
        if (url) expect(text, c.id).toContain(url);
      }
      expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBeGreaterThan(CHAPTER_COUNT);
    } finally {
      await page.context().close();
    }
  });
});

describe('the handout without JavaScript', () => {
  it('has no Print button (it could not work), and still shows every chapter', async () => {
    const { page } = await openPage(await connectBrowser('no-webgl'), '/handout/', { width: 1280, height: 900 }, { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-print]').isVisible()).toBe(false);
      expect(await page.locator('.handout-chapter').count()).toBe(CHAPTER_COUNT);
    } finally {
      await page.context().close();
    }
  });
});

describe('the glossary and the story’s term popovers', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(await connectBrowser('no-webgl'), '/glossary/#exclave', { width: 390, height: 844 }));
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('lists every term alphabetically, each with an anchor', async () => {
    const ids = await page.locator('.glossary-entry').evaluateAll((els) => els.map((e) => e.id));
    const terms = await page.locator('.glossary-entry dt').allInnerTexts();
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    it(`opens a term’s popover in the story, inside the screen, at ${viewport.width} px`, async () => {
      const chapter = loadChapters().find((c) => c.terms.includes('exclave'))!;
      await page.setViewportSize(viewport);
      if (!page.url().startsWith(siteUrl('/#'))) await page.goto(siteUrl(`/#${chapter.id}`));
      const button = page.locator(`#${chapter.id} .term-button`, { hasText: 'Exclave' });
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const popover = page.locator(`#term-${chapter.id}-exclave`);
      await expect.poll(() => popover.isVisible()).toBe(true);
      expect(await popover.innerText()).toMatch(/cut off from its main territory/);
      expect(await popover.locator('a').getAttribute('href')).toBe('/glossary/#exclave');
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
    });
  }
});
