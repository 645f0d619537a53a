import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChapterSchema } from '../../src/schemas/chapter.ts';
import { t } from '../../src/i18n/ui-strings.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { DIST_PATH } from './support/dist-dir.ts';
import { parseHeadersFile, resolveRules } from '../../src/security/headers.ts';

/**
 * Degraded modes: a layer file that fails (404, 500, aborted, invalid JSON) gives a visible notice in
 * the page's language naming the layer, with a "Try again" button that reloads only that file; the
 * rest of the map stays drawn, and without the countries the still map stands in. Also malformed
 * addresses. (No WebGL and no JavaScript are covered in story, embed, present and map tests.)
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const CHAPTER_IDS = readdirSync(`${ROOT}src/content/chapters/en/`)
  .filter((f) => /^\d\d-.*\.md$/.test(f))
  .sort()
  .map((f) => ChapterSchema.parse(yaml.load(readFileSync(`${ROOT}src/content/chapters/en/${f}`, 'utf8').split(/^---$/m)[1]!)).id);
const FIRST = CHAPTER_IDS[0]!;

/** Every name a place can be labelled with (any language, either side's usage). */
const PLACE_NAMES: Set<string> = (() => {
  const file = `${DIST_PATH}data/places.geojson`;
  if (!existsSync(file)) return new Set();
  const places = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
  return new Set(places.features.flatMap((f) => Object.entries(f.properties).filter(([k, v]) => k.startsWith('name_') && typeof v === 'string').map(([, v]) => v as string)));
})();
/** Returns the labels on the map that name a place (a contested label "A / B" counts by either part). */
const placeLabels = (labels: string[]) => labels.filter((l) => l.split(' / ').some((part) => PLACE_NAMES.has(part)));

type FailMode = 'not-found' | 'server-error' | 'abort' | 'invalid-json';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(`${DIST_PATH}index.html`)) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  // With the built security headers (CSP): the notice's styles must get through it.
  const rules = parseHeadersFile(readFileSync(`${DIST_PATH}_headers`, 'utf8'));
  server = await startStaticServer(DIST_PATH, { headers: (p) => resolveRules(rules, p) });
  browser = await launchChromium(WEBGL_ARGS);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose requests for /data/<layer>.geojson fail in `mode` until `heal()`; `dataRequests` lists every /data/ request. */
async function openBroken(path: string, layer: string, mode: FailMode, options: BrowserContextOptions = {}) {
  // The service worker would answer data requests itself, out of page.route's reach.
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, reducedMotion: 'reduce', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const dataRequests: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) pageErrors.push(m.text());
  });
  page.on('request', (r) => {
    if (r.url().includes('/data/')) dataRequests.push(new URL(r.url()).pathname);
  });
  let broken = true;
  await page.route(`**/data/${layer}.geojson`, (route) => {
    if (!broken) return route.continue();
    if (mode === 'abort') return route.abort('failed');
    if (mode === 'invalid-json') return route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[{' });
    return route.fulfill({ status: mode === 'not-found' ? 404 : 500, contentType: 'text/plain', body: 'no' });
  });
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => !!window.__crossroads);
  const ready = await page.evaluate(() => window.__crossroads!.ready);
  await page.evaluate(() => window.__crossroads!.idle());
  return { page, ready, pageErrors, dataRequests, heal: () => (broken = false) };
}

const notice = (page: Page) => page.locator('[data-map-data-error]');
const failedData = (page: Page) => page.evaluate(() => window.__crossroads!.failedData!());
const labels = (page: Page) => page.evaluate(() => window.__crossroads!.labels!());

/** Checks the notice is shown, is an alert, names exactly `title` among the layer titles, and offers the retry button. */
async function expectNotice(page: Page, title: string, lang: 'en' | 'hy' | 'az' | 'ru' = 'en') {
  const box = notice(page);
  expect(await box.isVisible()).toBe(true);
  expect(await box.getAttribute('role')).toBe('alert');
  const text = (await box.locator('p').textContent())!;
  expect(text).toBe(`${t('map.data-error', lang)} ${t('map.data-error-layers', lang).replace('{layers}', title)}`);
  const button = box.getByRole('button', { name: t('map.retry', lang) });
  expect(await button.isVisible()).toBe(true);
  // Styled (its sheet is adopted through the CSSOM, which the CSP allows): over the map, not in the page's flow.
  expect(await box.evaluate((el) => getComputedStyle(el).position)).toMatch(/absolute|fixed/);
  return button;
}

/** Clicks "Try again" and waits until the retry has answered and the map has drawn the result. */
async function retry(page: Page, how: 'click' | 'keyboard' = 'click') {
  const button = notice(page).locator('[data-map-retry]');
  if (how === 'click') await button.click();
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => !document.querySelector('[data-map-data-error][aria-busy]'));
  await page.evaluate(() => window.__crossroads!.idle());
}

describe.skipIf(!FIRST)('a layer file that fails to load', () => {
  it('story: names the missing layer, keeps the rest of the map, and “Try again” reloads only that file', async () => {
    const { page, ready, pageErrors, dataRequests, heal } = await openBroken('/', 'places', 'not-found');
    expect(ready.ok).toBe(true);
    const button = await expectNotice(page, t('layer.places'));
    expect(await failedData(page)).toEqual(['places']);
    const before = await labels(page);
    expect(placeLabels(before)).toEqual([]);
    // The rest of the map is drawn: the country names are placed.
    expect(before).toContain('Armenia');
    await page.screenshot({ path: `${SHOTS}/degraded-story-places-404.png` });
    heal();
    const requestsBefore = dataRequests.length;
    await button.click();
    await page.waitForFunction(() => window.__crossroads!.failedData!().length === 0);
    await page.evaluate(() => window.__crossroads!.idle());
    expect(await notice(page).isVisible()).toBe(false);
    expect(placeLabels(await labels(page)).length).toBeGreaterThan(0);
    expect(dataRequests.slice(requestsBefore)).toEqual(['/data/places.geojson']);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('story: keeps the notice when the retry fails again', async () => {
    const { page, pageErrors } = await openBroken('/', 'routes', 'server-error');
    // Routes are not in the first chapter: the failure still shows, as the style loads every layer file.
    await expectNotice(page, t('layer.routes'));
    await retry(page);
    await expectNotice(page, t('layer.routes'));
    expect(await failedData(page)).toEqual(['routes']);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('story: survives invalid JSON in a file the page also reads itself (crossings), and recovers', async () => {
    const { page, ready, pageErrors, heal } = await openBroken('/', 'crossings', 'invalid-json');
    expect(ready.ok).toBe(true);
    await expectNotice(page, t('layer.crossings'));
    heal();
    await retry(page);
    expect(await notice(page).isVisible()).toBe(false);
    expect(await failedData(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('story (Armenian, phone): without the countries the still map stands in, in the page’s language; the keyboard retries', async () => {
    const { page, ready, pageErrors, heal } = await openBroken('/hy/', 'countries', 'abort', { viewport: PHONE });
    expect(ready.ok).toBe(true);
    await expectNotice(page, t('layer.countries', 'hy'), 'hy');
    const still = page.locator('[data-map-placeholder]');
    expect(await still.isVisible()).toBe(true);
    expect(await still.getAttribute('src')).toBe(`/maps/${FIRST}.svg`);
    expect(await page.locator('[data-map]').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await page.locator('.story').getAttribute('data-map-state')).toBe('degraded');
    await page.screenshot({ path: `${SHOTS}/degraded-story-hy-phone-countries.png` });
    heal();
    await retry(page, 'keyboard');
    expect(await notice(page).isVisible()).toBe(false);
    expect(await still.isVisible()).toBe(false);
    expect(await page.locator('[data-map]').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(await page.locator('.story').getAttribute('data-map-state')).toBe('ready');
    // Focus stays on the map, not lost to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('embed: names the missing layer (HTTP 500) and recovers', async () => {
    const { page, ready, pageErrors, heal } = await openBroken(`/embed/${FIRST}/`, 'places', 'server-error', { viewport: { width: 700, height: 500 } });
    expect(ready.ok).toBe(true);
    await expectNotice(page, t('layer.places'));
    expect(placeLabels(await labels(page))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/degraded-embed-places-500.png` });
    heal();
    await retry(page);
    expect(await notice(page).isVisible()).toBe(false);
    expect(placeLabels(await labels(page)).length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('embed (Russian): without the countries the still map stands in until a retry brings them back', async () => {
    const { page, pageErrors, heal } = await openBroken(`/ru/embed/${FIRST}/`, 'countries', 'not-found', { viewport: { width: 700, height: 500 } });
    await expectNotice(page, t('layer.countries', 'ru'), 'ru');
    const still = page.locator('img.embed-still');
    expect(await still.isVisible()).toBe(true);
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.embed-still')!.complete);
    expect(await still.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/degraded-embed-ru-countries.png` });
    heal();
    await retry(page);
    expect(await notice(page).isVisible()).toBe(false);
    expect(await still.count()).toBe(0);
    expect(await page.locator('[data-embed-root]').getAttribute('data-map-state')).toBe('ready');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('slides: names the missing layer (aborted), keeps the keys working, and recovers', async () => {
    const { page, ready, pageErrors, heal } = await openBroken('/present/', 'places', 'abort', { viewport: { width: 1280, height: 720 } });
    expect(ready.ok).toBe(true);
    await expectNotice(page, t('layer.places'));
    expect(placeLabels(await labels(page))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/degraded-present-places-abort.png` });
    heal();
    await retry(page);
    expect(await notice(page).isVisible()).toBe(false);
    expect(placeLabels(await labels(page)).length).toBeGreaterThan(0);
    // The deck still owns the keys after the retry.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.__crossroads!.slide!().index)).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('slides: without the countries the slide’s still map stands in', async () => {
    const { page, pageErrors, heal } = await openBroken('/present/', 'countries', 'not-found', { viewport: { width: 1280, height: 720 } });
    await expectNotice(page, t('layer.countries'));
    expect(await page.locator('#deck').getAttribute('data-map-state')).toBe('degraded');
    expect(await page.locator(`#${FIRST} .slide-still`).isVisible()).toBe(true);
    heal();
    await retry(page);
    expect(await page.locator('#deck').getAttribute('data-map-state')).toBe('ready');
    expect(await page.locator(`#${FIRST} .slide-still`).isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('explorer: names the missing layer and recovers', async () => {
    const { page, ready, pageErrors, heal } = await openBroken('/explore/', 'events', 'not-found');
    expect(ready.ok).toBe(true);
    await expectNotice(page, t('layer.events'));
    await page.screenshot({ path: `${SHOTS}/degraded-explore-events-404.png` });
    heal();
    await retry(page);
    expect(await notice(page).isVisible()).toBe(false);
    expect(await failedData(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(!FIRST)('malformed addresses', () => {
  it('story: a fragment with broken percent-escapes gives the notice and the first chapter', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${server.origin}/#%E0%A4%A%ZZ\u202e`);
    await page.waitForFunction(() => !!window.__crossroads);
    expect((await page.evaluate(() => window.__crossroads!.ready)).ok).toBe(true);
    expect(await page.locator('[data-hash-notice]').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__crossroads!.chapter!())).toBe(FIRST);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('embed: broken percent-escapes and repeated keys in the query give the chapter’s own view (unknown layers are covered in embed.test.ts)', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 500 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${server.origin}/embed/${FIRST}/`);
    await page.evaluate(() => window.__crossroads!.ready);
    const plain = await page.evaluate(() => window.__crossroads!.state());
    await page.goto(`${server.origin}/embed/${FIRST}/?date=%ZZ&date=&names=%FF&names=arm%&theme=dark%00&zoom=%E0%A4%A&zoom=1e999`);
    expect((await page.evaluate(() => window.__crossroads!.ready)).ok).toBe(true);
    expect(await page.evaluate(() => window.__crossroads!.state())).toEqual(plain);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
