// Languages and names in the built site: the four language versions, the language links keeping the
// reader's chapter, naming modes on the map and in the text (URL only), embeds and slides in other
// languages, and Armenian / Azerbaijani text shaped with our own fonts. Screenshots: /tmp/shots/lang-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import yaml from 'js-yaml';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, openPage, waitForMap, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const SHOTS = '/tmp/shots';
/** The translated title of a chapter, read from its parallel file. */
const titleOf = (lang: string, file: string): string =>
  (yaml.load(readFileSync(new URL(`../../src/content/chapters/${lang}/${file}`, import.meta.url), 'utf8').split(/^---$/m)[1]!) as { title: string }).title;

const labels = (page: Page) => page.evaluate(() => window.__crossroads!.labels!());
/** Waits until the map's placed labels satisfy a test (relabelling is drawn on a later frame). */
async function labelsUntil(page: Page, ok: (labels: string[]) => boolean): Promise<string[]> {
  let last: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    await page.evaluate(() => window.__crossroads!.idle());
    last = await labels(page);
    if (ok(last)) return last;
    await page.waitForTimeout(150);
  }
  return last;
}

describe('languages and names', () => {
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

  it('serves the story in each language with its lang attribute, translated titles and map labels in that language', async () => {
    const expected: Record<string, { label: string; chapter: string }> = {
      hy: { label: 'Երևան', chapter: titleOf('hy', '01-closed-borders.md') },
      az: { label: 'İrəvan', chapter: titleOf('az', '01-closed-borders.md') },
      ru: { label: 'Ереван', chapter: titleOf('ru', '01-closed-borders.md') },
    };
    for (const [lang, want] of Object.entries(expected)) {
      const { page, log } = await openPage(browser, `${server.origin}/${lang}/`, { width: 1440, height: 900 });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('#closed-borders h2')).toBe(want.chapter);
      expect((await waitForMap(page)).ok).toBe(true);
      expect(await labelsUntil(page, (l) => l.includes(want.label))).toContain(want.label);
      // The interface is in the language too: the contents button is not the English one.
      expect(await page.textContent('[data-toc] summary')).not.toBe('Contents');
      expect(log.pageErrors).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/lang-${lang}-desktop.png` });
      await page.context().close();
    }
  });

  it('links every page to its other language versions and keeps the reader’s chapter and naming mode', async () => {
    const { page } = await openPage(browser, `${server.origin}/?names=arm#war-2020`, { width: 1440, height: 900 });
    await waitForMap(page);
    await page.waitForFunction(() => window.__crossroads!.chapter!() === 'war-2020');
    const hreflangs = await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => l.getAttribute('hreflang')));
    expect(hreflangs.sort()).toEqual(['az', 'en', 'hy', 'ru']);
    // From the contents panel, reachable while reading (the links at the top would scroll back to chapter 1).
    await page.click('[data-toc] summary');
    await page.click('[data-toc] .language-switcher a[hreflang=ru]');
    await page.waitForURL(/\/ru\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ru/');
    expect(url.searchParams.get('names')).toBe('arm');
    expect(url.hash).toBe('#war-2020');
    await waitForMap(page);
    await page.waitForFunction(() => window.__crossroads!.chapter!() === 'war-2020');
    expect(await page.getAttribute('html', 'data-names')).toBe('arm');
    await page.context().close();
  });

  it('switches contested names on the map and in the text, and keeps the choice in the URL only', async () => {
    const { page } = await openPage(browser, `${server.origin}/#soviet-oblast`, { width: 1440, height: 900 });
    expect((await waitForMap(page)).ok).toBe(true);
    await page.waitForFunction(() => window.__crossroads!.chapter!() === 'soviet-oblast');
    const both = await labelsUntil(page, (l) => l.includes('Stepanakert / Khankendi'));
    expect(both).toContain('Stepanakert / Khankendi');

    await page.selectOption('select[data-naming-control]', 'aze');
    const aze = await labelsUntil(page, (l) => l.includes('Khankendi'));
    expect(aze).toContain('Khankendi');
    expect(aze).not.toContain('Stepanakert / Khankendi');
    expect(new URL(page.url()).searchParams.get('names')).toBe('aze');
    // In the text, the Armenian usage of a slash pair is hidden and the Azerbaijani one shown.
    const shown = await page.$$eval('#soviet-oblast .contested-name', (spans) =>
      spans.map((s) => [...s.children].filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.textContent).join('')),
    );
    expect(shown).toContain('Khankendi');

    await page.selectOption('select[data-naming-control]', 'arm');
    const arm = await labelsUntil(page, (l) => l.includes('Stepanakert'));
    expect(arm).toContain('Stepanakert');
    expect(arm).not.toContain('Khankendi');

    await page.selectOption('select[data-naming-control]', 'both');
    expect(new URL(page.url()).searchParams.has('names')).toBe(false);
    expect(await labelsUntil(page, (l) => l.includes('Stepanakert / Khankendi'))).toContain('Stepanakert / Khankendi');
    // Remembered nowhere but the URL.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    await page.context().close();
  });

  it('shows a visible note where a chapter’s text falls back to English', async () => {
    const { page } = await openPage(browser, `${server.origin}/az/`, { width: 1440, height: 900 });
    const notes = await page.$$eval('[data-translation-fallback]', (ps) => ps.map((p) => p.closest('section')!.id));
    const bodies = await page.$$eval('.chapter-body', (ds) => ds.map((d) => d.getAttribute('lang')));
    // Every fallback chapter says so, and only those.
    expect(notes.length).toBe(bodies.filter((l) => l === 'en').length);
    for (const id of notes) expect(await page.isVisible(`#${id} [data-translation-fallback]`)).toBe(true);
    await page.context().close();
  });

  it('serves embeds per language, takes the naming mode from the URL, and redirects the old ?lang=', async () => {
    const { page } = await openPage(browser, `${server.origin}/hy/embed/war-2020/?names=arm`, { width: 700, height: 560 });
    expect(await page.getAttribute('html', 'lang')).toBe('hy');
    expect((await waitForMap(page)).ok).toBe(true);
    const got = await labelsUntil(page, (l) => l.includes('Շուշի'));
    expect(got).toContain('Շուշի');
    expect(got).not.toContain('Շուշի / Շուշա');
    expect(await page.isVisible('[data-naming-note=arm]')).toBe(true);
    expect(await page.getAttribute('.embed-story-link', 'href')).toMatch(/\/hy\/\?names=arm#war-2020$/);
    await page.screenshot({ path: `${SHOTS}/lang-hy-embed.png` });
    await page.goto(`${server.origin}/embed/war-2020/?lang=ru&date=2021-01-01`);
    await page.waitForURL(/\/ru\/embed\/war-2020\/\?date=2021-01-01$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.context().close();
  });

  it('lets the embed builder set the language (the path) and the naming mode (the query)', async () => {
    const { page } = await openPage(browser, `${server.origin}/az/embed/`, { width: 1280, height: 900 });
    // The builder opens on its own page's language.
    expect(await page.inputValue('#b-lang')).toBe('az');
    await page.selectOption('#b-names', 'aze');
    await page.selectOption('#b-lang', 'hy');
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('[data-code=responsive]')?.value ?? '').includes('names=aze'));
    const code = await page.inputValue('[data-code=responsive]');
    expect(code).toMatch(/\/hy\/embed\/[a-z0-9-]+\/\?names=aze/);
    expect(code).not.toContain('lang=');
    await page.context().close();
  });

  it('draws slides in the deck’s language', async () => {
    const { page } = await openPage(browser, `${server.origin}/az/present/#war-2020`, { width: 1280, height: 720 });
    expect((await waitForMap(page)).ok).toBe(true);
    expect(await labelsUntil(page, (l) => l.some((x) => x.startsWith('Şuşa')))).toEqual(expect.arrayContaining([expect.stringMatching(/^Şuşa/)]));
    expect(await page.getAttribute('html', 'lang')).toBe('az');
    await page.screenshot({ path: `${SHOTS}/lang-az-slide.png` });
    await page.context().close();
  });

  it('relabels the slides and the explorer when the naming menu changes, in their page language', async () => {
    const { page } = await openPage(browser, `${server.origin}/present/#soviet-oblast`, { width: 1280, height: 720 });
    expect((await waitForMap(page)).ok).toBe(true);
    expect(await labelsUntil(page, (l) => l.includes('Stepanakert / Khankendi'))).toContain('Stepanakert / Khankendi');
    await page.keyboard.press('?');
    await page.selectOption('[data-help] select[data-naming-control]', 'aze');
    const aze = await labelsUntil(page, (l) => l.includes('Khankendi'));
    expect(aze).toContain('Khankendi');
    expect(aze).not.toContain('Stepanakert / Khankendi');
    expect(new URL(page.url()).searchParams.get('names')).toBe('aze');
    await page.context().close();

    const explorer = await openPage(browser, `${server.origin}/ru/explore/?names=arm`, { width: 1440, height: 900 });
    expect((await waitForMap(explorer.page)).ok).toBe(true);
    // The explorer opens on the whole region: Russian labels, Armenian usage for contested places.
    const arm = await labelsUntil(explorer.page, (l) => l.includes('Ереван') && l.includes('Степанакерт'));
    expect(arm).toEqual(expect.arrayContaining(['Ереван', 'Степанакерт']));
    await explorer.page.selectOption('select[data-naming-control]', 'both');
    expect(await labelsUntil(explorer.page, (l) => l.includes('Степанакерт / Ханкенди'))).toContain('Степанакерт / Ханкенди');
    await explorer.page.context().close();
  });

  it('shapes Armenian, Azerbaijani and Russian text with the self-hosted fonts', async () => {
    /** True when a unicode-range ("U+0100-02BA, U+1E00-1EFF") contains a code point. */
    const inRange = (range: string, cp: number) =>
      range.split(',').some((part) => {
        const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h.replace(/^U\+/i, ''), 16));
        return cp >= lo! && cp <= (hi ?? lo)!;
      });
    const samples: Record<string, { family: string; chars: string }> = {
      hy: { family: 'Noto Sans Armenian', chars: 'Ստեփանակերտ' },
      az: { family: 'Noto Sans', chars: 'əğış' },
      ru: { family: 'Noto Sans', chars: 'Жё' },
    };
    for (const [lang, { family, chars }] of Object.entries(samples)) {
      const { page, log } = await openPage(browser, `${server.origin}/${lang}/glossary/`, { width: 390, height: 844 });
      await page.evaluate(() => document.fonts.ready);
      const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => ({ family: f.family.replace(/"/g, ''), range: f.unicodeRange })));
      // Every letter of the sample is covered by a face of our own that the page actually loaded.
      for (const ch of chars) {
        expect(faces.some((f) => f.family === family && inRange(f.range, ch.codePointAt(0)!)), `${lang}: ${ch}`).toBe(true);
      }
      expect(log.requests.filter((u) => /\.woff2?$/.test(u)).every((u) => u.startsWith(server.origin))).toBe(true);
      await page.screenshot({ path: `${SHOTS}/lang-${lang}-glossary-phone.png` });
      await page.context().close();
    }
  });
});
