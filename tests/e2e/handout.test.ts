// The printable handout: printed to PDF by Chromium on A4 and on Letter, it has a cover and one page
// per chapter, no map is cut across pages, and the teacher edition carries the answers. Also saves
// screenshots of the glossary and a story popover (SHOTS_DIR) for a human look.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, NO_WEBGL_ARGS } from './support/browser.ts';
import { DIST_PATH } from './support/dist-dir.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const CHAPTER_DIR = `${ROOT}src/content/chapters/en/`;
const CHAPTER_COUNT = readdirSync(CHAPTER_DIR).filter((f) => /^\d\d-.*\.md$/.test(f)).length;
const ANSWERS = (yaml.load(readFileSync(`${ROOT}src/content/discussion/en.yaml`, 'utf8')) as { questions: { answer: string }[] }[]).flatMap((e) =>
  e.questions.map((q) => q.answer.replace(/\s+/g, ' ').trim()),
);

/** Paper sizes in CSS pixels (96 per inch): A4 210 × 297 mm, Letter 8.5 × 11 in. */
const PAPER = { A4: { width: 794, height: 1123 }, Letter: { width: 816, height: 1056 } } as const;
/** The @page margins of src/styles/handout.css (10 mm top and bottom), in CSS pixels. */
const MARGIN_Y = (10 / 25.4) * 96;

/** Counts the pages of a PDF by its page objects (no PDF library needed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(`${DIST_PATH}handout/index.html`)) throw new Error('the built site has no /handout/: build first');
  mkdirSync(SHOTS, { recursive: true });
  server = await startStaticServer(DIST_PATH);
  browser = await launchChromium(NO_WEBGL_ARGS);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openHandout(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  return page;
}

describe('the handout in print', () => {
  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on ${format} as a cover and one page per chapter, every map whole on one page`, async () => {
      const page = await openHandout('/handout/');
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`${SHOTS}/handout-${format}.pdf`, pdf);
      expect(pdfPages(pdf)).toBe(1 + CHAPTER_COUNT);

      // In print layout, at the page width, each chapter page starts at a page boundary and its map
      // box ends before that page's bottom margin.
      const paper = PAPER[format];
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: paper.width, height: paper.height });
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.handout-chapter')].map((c) => {
          const chapter = c.getBoundingClientRect();
          const map = c.querySelector('.handout-map')!.getBoundingClientRect();
          return { id: c.id, chapterHeight: chapter.height, mapTop: map.top - chapter.top, mapBottom: map.bottom - chapter.top, mapHeight: map.height };
        }),
      );
      expect(boxes).toHaveLength(CHAPTER_COUNT);
      const printable = paper.height - 2 * MARGIN_Y;
      for (const b of boxes) {
        expect(b.mapHeight, b.id).toBeGreaterThan(200);
        expect(b.mapBottom, `${b.id}: map runs past the first page of its chapter`).toBeLessThanOrEqual(printable);
        expect(b.chapterHeight, `${b.id}: chapter does not fit one page`).toBeLessThanOrEqual(printable);
      }
      await page.close();
    });
  }

  it('prints the teacher edition with the suggested answers, notes and source addresses', async () => {
    const page = await openHandout('/handout/teacher/');
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const answer of ANSWERS) expect(text).toContain(answer);
    expect(text).toMatch(/Presenter notes/i);
    expect(text).toMatch(/https:\/\/www\.rferl\.org\//);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SHOTS}/handout-teacher-A4.pdf`, pdf);
    expect(pdfPages(pdf)).toBeGreaterThan(CHAPTER_COUNT);
    // The student edition has none of the answers.
    const student = await openHandout('/handout/');
    const studentText = (await student.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(ANSWERS.filter((a) => studentText.includes(a))).toEqual([]);
    await page.close();
    await student.close();
  });

  it('shows the Print button only with JavaScript, and hides the toolbar in print', async () => {
    const page = await openHandout('/handout/');
    await expect.poll(() => page.locator('[data-print]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-toolbar').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the glossary and the story popovers', () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
    it(`lists every term with an anchor and opens a term popover in the story at ${viewport.width}px`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${server.origin}/glossary/#exclave`);
      const ids = await page.locator('.glossary-entry').evaluateAll((els) => els.map((e) => e.id));
      const terms = await page.locator('.glossary-entry dt').allInnerTexts();
      expect(ids.length).toBeGreaterThanOrEqual(30);
      expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
      await page.screenshot({ path: `${SHOTS}/glossary-${viewport.width}.png` });

      await page.goto(`${server.origin}/#closed-borders`);
      const button = page.locator('#closed-borders .term-button', { hasText: 'Exclave' });
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const popover = page.locator('#term-closed-borders-exclave');
      await expect.poll(() => popover.isVisible()).toBe(true);
      expect(await popover.innerText()).toMatch(/cut off from its main territory/);
      expect(await popover.locator('a').getAttribute('href')).toBe('/glossary/#exclave');
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `${SHOTS}/popover-${viewport.width}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
      await context.close();
    });
  }
});
