import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHT } from '../../src/map/style/palette.ts';
import {
  blend,
  colourDistance,
  hex,
  launchChromium,
  modeColour,
  NO_WEBGL_ARGS,
  openPage,
  pagePoint,
  screenshot,
  waitForMap,
  WEBGL_ARGS,
  type PageLog,
} from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { DIST_PATH } from './support/dist-dir.ts';

const DIST = DIST_PATH;
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const YEREVAN: [number, number] = [44.5126, 40.1811];
const STEPANAKERT: [number, number] = [46.7517, 39.8153];
const CASPIAN: [number, number] = [50.45, 39.6];
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const TOLERANCE = 6;

let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  server = await startStaticServer(DIST);
});
afterAll(() => server?.close());

/** Switches the layer checkboxes so exactly `ids` are on (ids without data are ignored). */
async function showOnly(page: Page, ids: string[]): Promise<void> {
  for (const box of await page.locator('input[data-layer-toggle]:not([disabled])').all()) {
    const want = ids.includes(await box.inputValue());
    if ((await box.isChecked()) !== want) await box.setChecked(want);
  }
  await page.evaluate(() => window.__crossroads!.idle());
}

async function colourAt(page: Page, lngLat: [number, number]) {
  const p = await pagePoint(page, lngLat);
  return modeColour(await screenshot(page), p.x, p.y);
}

const available = (page: Page) => page.evaluate(() => window.__crossroads!.state().availableLayers as string[]);
const noisyConsole = (log: PageLog) => log.console.filter((m) => m.type === 'error' || m.type === 'warning');

describe('the map page with WebGL 2', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('loads the map from its own origin only, with the worker served, and a clean console', async () => {
    const { page, log } = await openPage(browser, `${server.origin}/explore/`, DESKTOP);
    expect(await waitForMap(page)).toEqual({ ok: true });
    const worker = log.responses.find((r) => /\/vendor\/maplibre-gl-[\d.]+\/maplibre-gl-worker\.mjs/.test(r.url));
    expect(worker?.status).toBe(200);
    // Page and worker import the one shared chunk from the same URL (src/map/vendor-maplibre.ts).
    const shared = log.responses.filter((r) => /\/vendor\/maplibre-gl-[\d.]+\/maplibre-gl-shared\.mjs/.test(r.url));
    expect(shared.length).toBeGreaterThan(0);
    expect(new Set(shared.map((r) => r.url)).size).toBe(1);
    expect(shared.every((r) => r.status === 200)).toBe(true);
    expect(log.requests.filter((u) => !u.startsWith(server.origin) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(noisyConsole(log)).toEqual([]);
    expect(await page.evaluate(() => window.__crossroads!.state().mapErrors)).toBe(0);
    await page.close();
  });

  it('draws Armenia at Yerevan and water in the Caspian', async () => {
    const { page } = await openPage(browser, `${server.origin}/explore/`, DESKTOP);
    await waitForMap(page);
    await showOnly(page, ['countries', 'water']);
    // Polled: on a loaded 2-core machine the last GeoJSON source can draw a frame after 'idle' answered.
    const settles = (lngLat: [number, number], colour: string) =>
      expect.poll(async () => colourDistance(await colourAt(page, lngLat), hex(colour)), { timeout: 10_000, interval: 500 }).toBeLessThanOrEqual(TOLERANCE);
    await settles(YEREVAN, LIGHT.armenia);
    if ((await available(page)).includes('water')) await settles(CASPIAN, LIGHT.water);
    await page.close();
  });

  it('removes a layer’s pixels when its checkbox is switched off', async () => {
    const { page } = await openPage(browser, `${server.origin}/explore/`, DESKTOP);
    await waitForMap(page);
    await showOnly(page, ['countries']);
    expect(colourDistance(await colourAt(page, YEREVAN), hex(LIGHT.armenia))).toBeLessThanOrEqual(TOLERANCE);
    await showOnly(page, []);
    expect(colourDistance(await colourAt(page, YEREVAN), hex(LIGHT.mapBackground))).toBeLessThanOrEqual(TOLERANCE);
    expect(await page.evaluate(() => window.__crossroads!.state().visibleLayers)).toEqual([]);
    await page.close();
  });

  it('shows the NKAO at Stepanakert in 1988 and not after its abolition', async (ctx) => {
    const { page } = await openPage(browser, `${server.origin}/explore/`, DESKTOP);
    await waitForMap(page);
    if (!(await available(page)).includes('nkao')) return ctx.skip();
    await showOnly(page, ['countries', 'nkao']);
    const nkaoOverAzerbaijan = blend(LIGHT.nkao, 0.35, LIGHT.azerbaijan);
    await page.getByRole('button', { name: /^1988/ }).click();
    await page.evaluate(() => window.__crossroads!.idle());
    expect(await page.evaluate(() => window.__crossroads!.state().date)).toBe('1988-01-01');
    expect(colourDistance(await colourAt(page, STEPANAKERT), nkaoOverAzerbaijan)).toBeLessThanOrEqual(TOLERANCE);
    await page.getByRole('button', { name: /^Jul 2024/ }).click();
    await page.evaluate(() => window.__crossroads!.idle());
    expect(colourDistance(await colourAt(page, STEPANAKERT), hex(LIGHT.azerbaijan))).toBeLessThanOrEqual(TOLERANCE);
    // Typing a date works too.
    await page.getByLabel('Exact date').fill('1990-05-05');
    await page.evaluate(() => window.__crossroads!.idle());
    expect(await page.evaluate(() => window.__crossroads!.state().date)).toBe('1990-05-05');
    expect(colourDistance(await colourAt(page, STEPANAKERT), nkaoOverAzerbaijan)).toBeLessThanOrEqual(TOLERANCE);
    await page.close();
  });

  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`renders a labelled, legible page at ${viewport.width}×${viewport.height} (${SHOTS}/${name}.png)`, async () => {
      const { page, log } = await openPage(browser, `${server.origin}/explore/`, viewport);
      expect(await waitForMap(page)).toEqual({ ok: true });
      await page.screenshot({ path: `${SHOTS}/${name}.png` });
      await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
      // Text comes first; nothing overflows sideways.
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const box = await page.locator('[data-map]').boundingBox();
      expect(box!.width).toBeGreaterThan(viewport.width * 0.5);
      expect(box!.height).toBeGreaterThan(300);
      expect(await page.locator('[data-map-status]').isHidden()).toBe(true);
      expect(noisyConsole(log)).toEqual([]);
      await page.close();
    });
  }
});

describe('the map page without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(NO_WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('shows a message instead of a blank map, and the controls still work', async () => {
    const { page, log } = await openPage(browser, `${server.origin}/explore/`, PHONE);
    expect(await waitForMap(page)).toEqual({ ok: false, reason: 'no-webgl' });
    const status = page.locator('[data-map-status]');
    expect(await status.isVisible()).toBe(true);
    expect(await status.textContent()).toMatch(/WebGL 2/);
    await page.getByRole('button', { name: /^1994/ }).click();
    expect(await page.evaluate(() => window.__crossroads!.state().date)).toBe('1994-06-01');
    expect(log.pageErrors).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/no-webgl.png` });
    await page.close();
  });
});
