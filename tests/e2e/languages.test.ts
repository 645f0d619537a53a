// Languages and names in Chromium: naming modes switch the map's labels and the text and live in the
// URL only; the language link keeps the reader's chapter and mode; the story, an embed, the slides and
// the explorer label their maps in their page's language; the builder sets language and mode; and
// Armenian, Azerbaijani and Russian text is shaped with our own fonts. (What the built HTML says about
// languages is checked without a browser in tests/build/languages.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChapters } from '../support/chapters.ts';
import { bringChapterToTop, connectBrowser, mapIdle, openPage, screenshotOnFailure, siteUrl, waitForMap, waitUntil } from './support/browser.ts';

const chapter = (id: string) => {
  const c = loadChapters().find((x) => x.id === id);
  if (!c) throw new Error(`no chapter "${id}": the language tests name it`);
  return c.id;
};
const SOVIET = chapter('soviet-oblast');
const WAR = chapter('war-2020');

/**
 * Waits until the map has placed a label satisfying `test` (relabelling is drawn on a later frame:
 * each look waits for the map to be idle first); returns the labels.
 */
async function labelsWith(page: Page, what: string, test: (labels: string[]) => boolean): Promise<string[]> {
  let labels: string[] = [];
  await expect
    .poll(
      async () => {
        await mapIdle(page);
        labels = await page.evaluate(() => window.__crossroads!.labels());
        return test(labels);
      },
      { timeout: 30_000, message: `the map never placed ${what}` },
    )
    .toBe(true);
  return labels;
}

/** Opens the story's contents panel in the bar (languages and the naming choice live there), by its button. */
async function openContents(page: Page): Promise<void> {
  if (!(await page.locator('[data-toc]').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('[data-toc] > summary');
}
/** Picks a naming mode from the story's contents panel. */
async function pickNaming(page: Page, mode: 'both' | 'arm' | 'aze'): Promise<void> {
  await openContents(page);
  await page.selectOption('[data-toc] select[data-naming-control]', mode);
}

describe('naming modes and the language link, on the story', () => {
  let page: Page;
  beforeAll(async () => {
    // Full desktop size: the long "both names" labels need the room to be placed.
    ({ page } = await openPage(await connectBrowser('webgl'), `/#${SOVIET}`, { width: 1440, height: 900 }));
    expect(await waitForMap(page)).toEqual({ ok: true });
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('switches contested names on the map and in the text, and keeps the choice in the URL only', async () => {
    await waitUntil(page, `the story never opened on ${SOVIET}`, (id) => window.__crossroads!.chapter!() === id, SOVIET);
    expect(await labelsWith(page, 'both names', (l) => l.includes('Stepanakert / Khankendi'))).toContain('Stepanakert / Khankendi');
    await pickNaming(page, 'aze');
    const aze = await labelsWith(page, 'the Azerbaijani name alone', (l) => l.includes('Khankendi'));
    expect(aze).not.toContain('Stepanakert / Khankendi');
    expect(new URL(page.url()).searchParams.get('names')).toBe('aze');
    // In the text, the Armenian usage of a slash pair is hidden and the Azerbaijani one shown.
    const shown = await page.$$eval(`#${SOVIET} .contested-name`, (spans) =>
      spans.map((s) =>
        [...s.children]
          .filter((c) => getComputedStyle(c).display !== 'none')
          .map((c) => c.textContent)
          .join(''),
      ),
    );
    expect(shown).toContain('Khankendi');
    await pickNaming(page, 'arm');
    const arm = await labelsWith(page, 'the Armenian name alone', (l) => l.includes('Stepanakert'));
    expect(arm).not.toContain('Khankendi');
    await pickNaming(page, 'both');
    expect(new URL(page.url()).searchParams.has('names')).toBe(false);
    await labelsWith(page, 'both names again', (l) => l.includes('Stepanakert / Khankendi'));
    // Remembered nowhere but the URL.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  });

  it('goes to the Russian story from the contents, keeping the chapter and the naming mode, and labels its map in Russian', async () => {
    await pickNaming(page, 'arm');
    await bringChapterToTop(page, WAR);
    await waitUntil(page, `the story never reached ${WAR}`, (id) => location.hash === `#${id}`, WAR);
    await openContents(page);
    await page.click('[data-toc] .language-switcher a[hreflang=ru]');
    await page.waitForURL(/\/ru\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ru/');
    expect(url.searchParams.get('names')).toBe('arm');
    expect(url.hash).toBe(`#${WAR}`);
    expect(await waitForMap(page)).toEqual({ ok: true });
    await waitUntil(page, `the Russian story never opened on ${WAR}`, (id) => window.__crossroads!.chapter!() === id, WAR);
    expect(await page.getAttribute('html', 'data-names')).toBe('arm');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await labelsWith(page, 'Russian labels', (l) => l.includes('Ереван') || l.includes('Шуши'));
  });
});

describe('an Armenian embed', () => {
  it('labels its map in Armenian with the naming mode of its URL, and the old ?lang= link lands on the Russian path', async () => {
    const { page } = await openPage(await connectBrowser('webgl'), `/hy/embed/${WAR}/?names=arm`, { width: 700, height: 560 });
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('hy');
      expect(await waitForMap(page)).toEqual({ ok: true });
      const got = await labelsWith(page, 'Շուշի alone', (l) => l.includes('Շուշի'));
      expect(got).not.toContain('Շուշի / Շուշա');
      expect(await page.isVisible('[data-naming-note=arm]')).toBe(true);
      expect(await page.getAttribute('.embed-story-link', 'href')).toMatch(new RegExp(`/hy/\\?names=arm#${WAR}$`));
      await page.goto(siteUrl(`/embed/${WAR}/?lang=ru&date=2021-01-01`));
      await page.waitForURL(new RegExp(`/ru/embed/${WAR}/\\?date=2021-01-01$`));
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
    } finally {
      await page.context().close();
    }
  });
});

describe('the Azerbaijani slides', () => {
  it('label their map in Azerbaijani, and relabel it from the naming menu in the help overlay', async () => {
    const { page } = await openPage(await connectBrowser('webgl'), `/az/present/#${WAR}`, { width: 1280, height: 720 });
    try {
      expect(await waitForMap(page)).toEqual({ ok: true });
      expect(await page.getAttribute('html', 'lang')).toBe('az');
      const both = await labelsWith(page, 'Şuşa with both names', (l) => l.some((x) => x.includes('Şuşa') && x.includes(' / ')));
      const pair = both.find((x) => x.includes('Şuşa') && x.includes(' / '))!;
      await page.keyboard.press('?');
      await page.selectOption('[data-help] select[data-naming-control]', 'aze');
      const aze = await labelsWith(page, 'Şuşa alone', (l) => l.includes('Şuşa'));
      expect(aze).not.toContain(pair);
      expect(new URL(page.url()).searchParams.get('names')).toBe('aze');
    } finally {
      await page.context().close();
    }
  });
});

describe('the Russian explorer', () => {
  it('labels the whole region in Russian with the naming mode of its URL, and relabels from its menu', async () => {
    const { page } = await openPage(await connectBrowser('webgl'), '/ru/explore/?names=arm', { width: 1024, height: 640 });
    try {
      expect(await waitForMap(page)).toEqual({ ok: true });
      await labelsWith(page, 'Ереван and Степанакерт alone', (l) => l.includes('Ереван') && l.includes('Степанакерт'));
      await page.selectOption('select[data-naming-control]', 'both');
      await labelsWith(page, 'Степанакерт with both names', (l) => l.includes('Степанакерт / Ханкенди'));
    } finally {
      await page.context().close();
    }
  });
});

describe('language and naming without a map', () => {
  it('lets the embed builder set the language (the path) and the naming mode (the query)', async () => {
    const { page } = await openPage(await connectBrowser('no-webgl'), '/az/embed/', { width: 1280, height: 900 });
    try {
      // The builder opens on its own page's language.
      expect(await page.inputValue('#b-lang')).toBe('az');
      await page.selectOption('#b-names', 'aze');
      await page.selectOption('#b-lang', 'hy');
      await waitUntil(page, 'the code never took the naming mode', () =>
        (document.querySelector<HTMLTextAreaElement>('[data-code=responsive]')?.value ?? '').includes('names=aze'),
      );
      const code = await page.inputValue('[data-code=responsive]');
      expect(code).toMatch(/\/hy\/embed\/[a-z0-9-]+\/\?names=aze/);
      expect(code).not.toContain('lang=');
    } finally {
      await page.context().close();
    }
  });

  it('shapes Armenian, Azerbaijani and Russian text with the self-hosted fonts', async () => {
    /** True when a unicode-range ("U+0100-02BA, U+1E00-1EFF") contains a code point. */
    const inRange = (range: string, cp: number) =>
      range.split(',').some((part) => {
        const [lo, hi] = part
          .trim()
          .replace(/^U\+/i, '')
          .split('-')
          .map((h) => parseInt(h.replace(/^U\+/i, ''), 16));
        return cp >= lo! && cp <= (hi ?? lo)!;
      });
    const samples: Record<string, { family: string; chars: string }> = {
      hy: { family: 'Noto Sans Armenian', chars: 'Ստեփանակերտ' },
      az: { family: 'Noto Sans', chars: 'əğış' },
      ru: { family: 'Noto Sans', chars: 'Жё' },
    };
    const browser = await connectBrowser('no-webgl');
    for (const [lang, { family, chars }] of Object.entries(samples)) {
      const { page, log } = await openPage(browser, `/${lang}/glossary/`, { width: 390, height: 844 });
      try {
        await page.evaluate(() => document.fonts.ready);
        const faces = await page.evaluate(() =>
          [...document.fonts].filter((f) => f.status === 'loaded').map((f) => ({ family: f.family.replace(/"/g, ''), range: f.unicodeRange })),
        );
        // Every letter of the sample is covered by a face of our own that the page actually loaded.
        for (const ch of chars)
          expect(
            faces.some((f) => f.family === family && inRange(f.range, ch.codePointAt(0)!)),
            `${lang}: ${ch}`,
          ).toBe(true);
        expect(log.requests.filter((u) => /\.woff2?$/.test(u)).every((u) => u.startsWith(siteUrl('/')))).toBe(true);
      } finally {
        await page.context().close();
      }
    }
  });
});
