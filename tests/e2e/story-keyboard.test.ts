// The story without a mouse: the skip link, the contents, the previous/next chapter links, and a
// visible focus indicator on every stop, in the light and the dark theme. The DOM is what is tested,
// so it runs in the Chromium without WebGL, on one loaded page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChapters } from '../support/chapters.ts';
import { connectBrowser, mapIdle, mapReady, openPage, screenshotOnFailure } from './support/browser.ts';

const DESKTOP = { width: 1440, height: 900 };
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
const withoutIndicator = (stops: Focused[]) =>
  stops.filter((s) => !s.indicator || !s.inView).map((s) => `${s.tag}.${s.className} "${s.text}" indicator=${s.indicator} inView=${s.inView}`);

/** Back to a fresh start: the top of the page, the contents closed, the next Tab going to the first stop. */
async function reset(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector<HTMLDetailsElement>('[data-toc]')!.open = false;
    // Tab starts from where focus was: park it on a stop before everything else, gone once left.
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.addEventListener('blur', () => start.remove(), { once: true });
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
  await mapIdle(page);
}

describe('the story by keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(await connectBrowser('no-webgl'), '/', DESKTOP));
    await mapReady(page);
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('skip link, contents, a chapter, next and previous: focus moves and the active chapter follows', async () => {
    await reset(page);
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
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows a focus indicator on each of the first 60 stops of the story (${colorScheme} theme)`, async () => {
      await page.emulateMedia({ colorScheme });
      await reset(page);
      const stops: Focused[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f) stops.push(f);
      }
      expect(stops.length).toBe(60);
      expect(withoutIndicator(stops)).toEqual([]);
    });
  }
});
