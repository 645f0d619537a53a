// The story without a mouse: the skip link, the contents, the previous/next chapter links, visible
// focus on every stop, the live region that announces each chapter's map change, and reduced motion.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, openPage, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DESKTOP = { width: 1440, height: 900 };

/** The English chapters, parsed with the build's schema, in story order. */
function loadChapters(): Chapter[] {
  const dir = `${ROOT}src/content/chapters/en/`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .map((f) => ChapterSchema.parse(yaml.load(readFileSync(dir + f, 'utf8').split(/^---$/m)[1]!)))
    .sort((a, b) => a.order - b.order);
}
const CHAPTERS = loadChapters();

/** What has keyboard focus now, and whether its focus indicator shows (an outline, or an SVG stroke). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const stroke = el instanceof SVGElement && parseFloat(style.strokeWidth) >= 2.5;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 60),
      className: typeof el.className === 'string' ? el.className : '',
      tocLink: el.dataset.tocLink ?? null,
      step: el.dataset.chapterStep ? { to: el.dataset.chapterStep, rel: el.getAttribute('rel') } : null,
      indicator: outline || stroke,
      inView: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    };
  });
type Focused = NonNullable<Awaited<ReturnType<typeof focused>>>;

/** Presses Tab until `want` matches the focused element (at most `limit` times); returns every stop passed. */
async function tabUntil(page: Page, want: (f: Focused) => boolean, limit = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f) stops.push(f);
    if (f && want(f)) return stops;
  }
  throw new Error(`not reached in ${limit} tabs; passed: ${stops.map((s) => s.tag + (s.id ? `#${s.id}` : '') + ` "${s.text}"`).join(', ')}`);
}

const activeChapter = (page: Page) => page.evaluate(() => window.__crossroads!.chapter!());
const ready = async (page: Page) => {
  await page.waitForFunction(() => !!window.__crossroads);
  expect(await page.evaluate(() => window.__crossroads!.ready)).toEqual({ ok: true });
  await page.evaluate(() => window.__crossroads!.idle());
};
const withoutIndicator = (stops: Focused[]) => stops.filter((s) => !s.indicator || !s.inView).map((s) => `${s.tag}.${s.className} "${s.text}" indicator=${s.indicator} inView=${s.inView}`);

describe.skipIf(CHAPTERS.length < 3)('the story by keyboard and for screen readers', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(DIST_PATH);
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('skip link, contents, a chapter, next and previous: focus moves and the active chapter follows', async () => {
    const { page } = await openPage(browser, `${server.origin}/`, DESKTOP, { reducedMotion: 'reduce' });
    await ready(page);
    const stops: Focused[] = [];

    // The first Tab reaches the skip link, shown on focus.
    await page.keyboard.press('Tab');
    const skip = (await focused(page))!;
    expect(skip.className).toBe('skip-link');
    expect(skip.text).toBe('Skip to the story');
    stops.push(skip);
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('story-start');
    // The URL keeps naming a chapter (the story reads its fragment as one), never the skip target.
    expect(await page.evaluate(() => location.hash)).not.toBe('#story-start');

    // Next stop: the contents; Enter opens them.
    await page.keyboard.press('Tab');
    const contents = (await focused(page))!;
    expect(contents.tag).toBe('summary');
    stops.push(contents);
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    // Tab along the contents to the third chapter and open it: focus lands on its heading.
    const target = CHAPTERS[2]!;
    stops.push(...(await tabUntil(page, (f) => f.tocLink === target.id, 10)));
    await page.keyboard.press('Enter');
    expect(await activeChapter(page)).toBe(target.id);
    expect((await focused(page))?.id).toBe(`${target.id}-title`);
    expect(await page.locator('[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    // Through the chapter to "Next chapter".
    const next = CHAPTERS[3]!;
    stops.push(...(await tabUntil(page, (f) => f.step?.rel === 'next')));
    expect(stops.at(-1)!.step!.to).toBe(next.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeChapter(page)).toBe(next.id);
    expect((await focused(page))?.id).toBe(`${next.id}-title`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${next.id}`);

    // And "Previous chapter" goes back.
    stops.push(...(await tabUntil(page, (f) => f.step?.rel === 'prev')));
    expect(stops.at(-1)!.step!.to).toBe(target.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeChapter(page)).toBe(target.id);
    expect((await focused(page))?.id).toBe(`${target.id}-title`);

    // Every stop on the way showed where focus was.
    expect(withoutIndicator(stops)).toEqual([]);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows a focus indicator on each of the first 60 stops of the story (${colorScheme} theme)`, async () => {
      const { page } = await openPage(browser, `${server.origin}/`, DESKTOP, { reducedMotion: 'reduce', colorScheme });
      await ready(page);
      const stops: Focused[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f) stops.push(f);
      }
      expect(stops.length).toBe(60);
      expect(withoutIndicator(stops)).toEqual([]);
      await page.context().close();
    });
  }

  it('puts the next chapter’s `changes` text into the polite live region when the reader scrolls to it', async () => {
    const { page } = await openPage(browser, `${server.origin}/`, DESKTOP);
    await ready(page);
    const live = page.locator('[data-map-changes]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    // Nothing is announced for the chapter the page opens on.
    expect((await live.textContent())?.trim()).toBe('');
    for (const c of CHAPTERS.slice(1, 3)) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), c.id);
      await page.evaluate(() => window.__crossroads!.idle());
      expect(await activeChapter(page)).toBe(c.id);
      expect((await live.textContent())?.trim()).toBe(c.changes.trim());
    }
    await page.context().close();
  });

  it('changes chapters without any animated frame under reduced motion', async () => {
    const { page } = await openPage(browser, `${server.origin}/`, DESKTOP, { reducedMotion: 'reduce' });
    await ready(page);
    // Neighbouring chapters: the moves that ease when motion is allowed (story.test.ts counts those frames).
    for (const c of CHAPTERS.slice(1, 5)) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), c.id);
      await page.evaluate(() => window.__crossroads!.idle());
      expect(await activeChapter(page)).toBe(c.id);
    }
    expect(await page.evaluate(() => window.__crossroads!.animatedFrames!())).toBe(0);
    await page.context().close();
  });
});
