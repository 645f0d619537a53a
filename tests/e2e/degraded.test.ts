// Degraded modes: layer files that fail (404, 500, aborted, invalid JSON) give a visible notice in the
// page's language naming the layers, with a "Try again" button that reloads only those files; the rest
// of the map stays drawn, and without the countries the still map stands in. One page load per
// surface (story, story in Armenian on a phone, embed, slides, explorer), with several files broken at
// once. Malformed addresses run without WebGL. (No WebGL and no JavaScript: story, present, map tests.)
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t, type UiStringKey } from '../../src/i18n/ui-strings.ts';
import { chapterIds } from '../support/chapters.ts';
import { DIST_PATH } from '../support/dist-dir.ts';
import { bringChapterToTop, connectBrowser, mapIdle, mapReady, openPage, siteUrl, waitUntil } from './support/browser.ts';

// A laptop screen: the desktop layout (the map beside the text from 900 px), at half the pixels SwiftShader would draw at 1440×900.
const DESKTOP = { width: 1024, height: 640 };
const PHONE = { width: 390, height: 844 };
const FRAME = { width: 700, height: 500 };
const FIRST = chapterIds()[0]!;

/** Every name a place can be labelled with (any language, either side's usage). */
const PLACE_NAMES: Set<string> = (() => {
  const file = `${DIST_PATH}data/places.geojson`;
  if (!existsSync(file)) return new Set();
  const places = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
  return new Set(
    places.features.flatMap((f) =>
      Object.entries(f.properties)
        .filter(([k, v]) => k.startsWith('name_') && typeof v === 'string')
        .map(([, v]) => v as string),
    ),
  );
})();
/** Returns the labels on the map that name a place (a contested label "A / B" counts by either part). */
const placeLabels = (labels: string[]) => labels.filter((l) => l.split(' / ').some((part) => PLACE_NAMES.has(part)));

type FailMode = 'not-found' | 'server-error' | 'abort' | 'invalid-json';
type Language = 'en' | 'hy' | 'az' | 'ru';

/**
 * Opens a page whose requests for some /data/<layer>.geojson files fail, each in its own way, until
 * `heal()`; `dataRequests` lists every /data/ request, `pageErrors` uncaught errors and CSP reports.
 */
async function openBroken(path: string, failing: Record<string, FailMode>, options: BrowserContextOptions & { viewport: { width: number; height: number } }) {
  const { viewport, ...rest } = options;
  const { page, log } = await openPage(await connectBrowser('webgl'), 'about:blank', viewport, rest);
  const dataRequests: string[] = [];
  page.on('request', (r) => void (r.url().includes('/data/') && dataRequests.push(new URL(r.url()).pathname)));
  let broken = true;
  for (const [layer, mode] of Object.entries(failing)) {
    await page.route(`**/data/${layer}.geojson`, (route) => {
      if (!broken) return route.continue();
      if (mode === 'abort') return route.abort('failed');
      if (mode === 'invalid-json')
        return route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[{' });
      return route.fulfill({ status: mode === 'not-found' ? 404 : 500, contentType: 'text/plain', body: 'no' });
    });
  }
  await page.goto(siteUrl(path));
  const ready = await mapReady(page);
  if (ready.ok) await mapIdle(page);
  const pageErrors = () => [...log.pageErrors, ...log.console.filter((m) => /Content.Security.Policy/i.test(m.text)).map((m) => m.text)];
  return { page, ready, pageErrors, dataRequests, heal: () => (broken = false) };
}

const notice = (page: Page) => page.locator('[data-map-data-error]');
const failedData = (page: Page) => page.evaluate(() => window.__crossroads!.failedData!());
const labels = (page: Page) => page.evaluate(() => window.__crossroads!.labels!());

/** Checks the notice is shown as a styled alert naming exactly these layers (in the order given), with the retry button. */
async function expectNotice(page: Page, layers: string[], lang: Language = 'en'): Promise<void> {
  const box = notice(page);
  expect(await box.isVisible()).toBe(true);
  expect(await box.getAttribute('role')).toBe('alert');
  const titles = layers.map((l) => t(`layer.${l}` as UiStringKey, lang)).join(', ');
  expect(await box.locator('p').textContent()).toBe(`${t('map.data-error', lang)} ${t('map.data-error-layers', lang).replace('{layers}', titles)}`);
  expect(await box.getByRole('button', { name: t('map.retry', lang) }).isVisible()).toBe(true);
  // Styled (its sheet is adopted through the CSSOM, which the CSP allows): over the map, not in the page's flow.
  expect(await box.evaluate((el) => getComputedStyle(el).position)).toMatch(/absolute|fixed/);
}

/** Presses "Try again" (by click or keyboard) and waits until the retry has answered and the map has drawn the result. */
async function retry(page: Page, how: 'click' | 'keyboard' = 'click'): Promise<void> {
  const button = notice(page).locator('[data-map-retry]');
  if (how === 'click') await button.click();
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  await waitUntil(page, 'the retry never answered', () => !document.querySelector('[data-map-data-error][aria-busy]'));
  await mapIdle(page);
}

describe('layer files that fail to load', () => {
  it('story: names the missing layers, keeps the rest of the map, keeps the notice while they still fail, and “Try again” reloads only them', async () => {
    const { page, ready, pageErrors, dataRequests, heal } = await openBroken(
      '/',
      { places: 'not-found', crossings: 'invalid-json', routes: 'server-error' },
      { viewport: DESKTOP },
    );
    try {
      expect(ready.ok).toBe(true);
      // Layer files load when a chapter first draws them: routes are not in the first chapter, so only
      // the first chapter's failures are named at first.
      await expectNotice(page, ['crossings', 'places']);
      expect(await failedData(page)).toEqual(['crossings', 'places']);
      const before = await labels(page);
      expect(placeLabels(before)).toEqual([]);
      // The rest of the map is drawn: the country names are placed.
      expect(before).toContain('Armenia');
      // The chapter on the route to Nakhchivan asks for the routes, which fail too.
      await bringChapterToTop(page, 'route-to-nakhchivan');
      await waitUntil(page, 'the story never reached the route chapter', () => window.__crossroads!.chapter!() === 'route-to-nakhchivan');
      await mapIdle(page);
      await expectNotice(page, ['crossings', 'places', 'routes']);
      expect(await failedData(page)).toEqual(['crossings', 'places', 'routes']);
      await retry(page);
      await expectNotice(page, ['crossings', 'places', 'routes']);
      heal();
      const requestsBefore = dataRequests.length;
      await retry(page);
      expect(await notice(page).isVisible()).toBe(false);
      expect(await failedData(page)).toEqual([]);
      await expect.poll(async () => placeLabels(await labels(page)).length).toBeGreaterThan(0);
      // Only the files that failed are asked for again (crossings twice: the map's source and the page's own reading).
      expect([...new Set(dataRequests.slice(requestsBefore))].sort()).toEqual(['/data/crossings.geojson', '/data/places.geojson', '/data/routes.geojson']);
      expect(pageErrors()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('story (Armenian, phone): without the countries the still map stands in, in the page’s language; the keyboard retries', async () => {
    const { page, ready, pageErrors, heal } = await openBroken('/hy/', { countries: 'abort' }, { viewport: PHONE });
    try {
      expect(ready.ok).toBe(true);
      await expectNotice(page, ['countries'], 'hy');
      const still = page.locator('[data-map-placeholder]');
      expect(await still.isVisible()).toBe(true);
      expect(await still.getAttribute('src')).toBe(`/hy/maps/${FIRST}.svg`);
      expect(await page.locator('[data-map]').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
      expect(await page.locator('.story').getAttribute('data-map-state')).toBe('degraded');
      heal();
      await retry(page, 'keyboard');
      expect(await notice(page).isVisible()).toBe(false);
      expect(await still.isVisible()).toBe(false);
      expect(await page.locator('[data-map]').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      expect(await page.locator('.story').getAttribute('data-map-state')).toBe('ready');
      // Focus stays on the map, not lost to the top of the page.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
      expect(pageErrors()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('embed (Russian): without the countries and places the still map stands in until a retry brings them back', async () => {
    const { page, pageErrors, heal } = await openBroken(`/ru/embed/${FIRST}/`, { countries: 'not-found', places: 'server-error' }, { viewport: FRAME });
    try {
      await expectNotice(page, ['countries', 'places'], 'ru');
      expect(placeLabels(await labels(page))).toEqual([]);
      const still = page.locator('img.embed-still');
      expect(await still.isVisible()).toBe(true);
      await waitUntil(page, 'the still map never loaded', () => document.querySelector<HTMLImageElement>('img.embed-still')!.complete);
      expect(await still.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      heal();
      await retry(page);
      expect(await notice(page).isVisible()).toBe(false);
      expect(await still.count()).toBe(0);
      expect(await page.locator('[data-embed-root]').getAttribute('data-map-state')).toBe('ready');
      await expect.poll(async () => placeLabels(await labels(page)).length).toBeGreaterThan(0);
      expect(pageErrors()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('slides: without the countries and places the slide’s still map stands in, the keys keep working, and a retry recovers', async () => {
    const { page, ready, pageErrors, heal } = await openBroken(
      '/present/',
      { countries: 'not-found', places: 'abort' },
      { viewport: { width: 1280, height: 720 } },
    );
    try {
      expect(ready.ok).toBe(true);
      await expectNotice(page, ['countries', 'places']);
      expect(await page.locator('#deck').getAttribute('data-map-state')).toBe('degraded');
      expect(await page.locator(`#${FIRST} .slide-still`).isVisible()).toBe(true);
      heal();
      await retry(page);
      expect(await page.locator('#deck').getAttribute('data-map-state')).toBe('ready');
      expect(await page.locator(`#${FIRST} .slide-still`).isVisible()).toBe(false);
      await expect.poll(async () => placeLabels(await labels(page)).length).toBeGreaterThan(0);
      // The deck still owns the keys after the retry.
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => window.__crossroads!.slide!().index)).toBe(1);
      expect(pageErrors()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('explorer: names the missing layer and recovers', async () => {
    const { page, ready, pageErrors, heal } = await openBroken('/explore/', { events: 'not-found' }, { viewport: DESKTOP });
    try {
      expect(ready.ok).toBe(true);
      await expectNotice(page, ['events']);
      heal();
      await retry(page);
      expect(await notice(page).isVisible()).toBe(false);
      expect(await failedData(page)).toEqual([]);
      expect(pageErrors()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('malformed addresses', () => {
  it('story: a fragment with broken percent-escapes gives the notice and the first chapter', async () => {
    const { page, log } = await openPage(await connectBrowser('no-webgl'), '/#%E0%A4%A%ZZ\u202e', DESKTOP);
    try {
      await mapReady(page);
      expect(await page.locator('[data-hash-notice]').isVisible()).toBe(true);
      expect(await page.evaluate(() => window.__crossroads!.chapter!())).toBe(FIRST);
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(log.pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('embed: broken percent-escapes and repeated keys in the query give the chapter’s own view', async () => {
    const { page, log } = await openPage(await connectBrowser('no-webgl'), `/embed/${FIRST}/`, FRAME);
    try {
      await mapReady(page);
      const plain = await page.evaluate(() => window.__crossroads!.state());
      await page.goto(siteUrl(`/embed/${FIRST}/?date=%ZZ&date=&names=%FF&names=arm%&theme=dark%00&zoom=%E0%A4%A&zoom=1e999`));
      await mapReady(page);
      expect(await page.evaluate(() => window.__crossroads!.state())).toEqual(plain);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
