// The explorer (/explore/): the map drawn from its own origin with its worker, the colours it paints
// where they must be, layers switched off and dates moved; its layout at phone and desktop size; and
// without WebGL, a message and working controls. One loaded page per describe; each test first
// switches the layers and date it needs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHT } from '../../src/map/style/palette.ts';
import {
  blend,
  colourDistance,
  connectBrowser,
  hex,
  mapIdle,
  mapReady,
  modeColour,
  noisyConsole,
  offOrigin,
  openPage,
  readPixels,
  screenshotOnFailure,
  viewportPoint,
  waitForMap,
  type PageLog,
} from './support/browser.ts';

const YEREVAN: [number, number] = [44.5126, 40.1811];
const STEPANAKERT: [number, number] = [46.7517, 39.8153];
const CASPIAN: [number, number] = [50.45, 39.6];
// A laptop screen: the desktop layout (the map beside the text from 900 px), at half the pixels SwiftShader would draw at 1440×900.
const DESKTOP = { width: 1024, height: 640 };
const PHONE = { width: 390, height: 844 };
const TOLERANCE = 6;

/** Switches the layer checkboxes so exactly `ids` are on, and waits until the map has drawn it. */
async function showOnly(page: Page, ids: string[]): Promise<void> {
  for (const box of await page.locator('input[data-layer-toggle]:not([disabled])').all()) {
    const want = ids.includes(await box.inputValue());
    if ((await box.isChecked()) !== want) await box.setChecked(want);
  }
  await mapIdle(page);
}

/** Waits until the map paints a colour (within TOLERANCE) at a place: the last source may draw a frame after idle. */
async function expectColourAt(page: Page, lngLat: [number, number], colour: [number, number, number]): Promise<void> {
  await expect
    .poll(
      async () => {
        const p = await viewportPoint(page, lngLat);
        return colourDistance(modeColour(await readPixels(page), p.x, p.y), colour);
      },
      { timeout: 20_000 },
    )
    .toBeLessThanOrEqual(TOLERANCE);
}

describe('the explorer with WebGL 2', () => {
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    ({ page, log } = await openPage(await connectBrowser('webgl'), '/explore/', DESKTOP));
    expect(await waitForMap(page)).toEqual({ ok: true });
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('loads the map from its own origin only, the worker and one shared chunk served, with a clean console', async () => {
    const worker = log.responses.find((r) => /\/vendor\/maplibre-gl-[\d.]+\/maplibre-gl-worker\.mjs/.test(r.url));
    expect(worker?.status).toBe(200);
    // Page and worker import the one shared chunk from the same URL (src/map/vendor-maplibre.ts).
    const shared = log.responses.filter((r) => /\/vendor\/maplibre-gl-[\d.]+\/maplibre-gl-shared\.mjs/.test(r.url));
    expect(shared.length).toBeGreaterThan(0);
    expect(new Set(shared.map((r) => r.url)).size).toBe(1);
    expect(shared.every((r) => r.status === 200)).toBe(true);
    expect(offOrigin(log)).toEqual([]);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(noisyConsole(log)).toEqual([]);
    expect(await page.evaluate(() => window.__crossroads!.state().mapErrors)).toBe(0);
  });

  it('paints Armenia at Yerevan and water in the Caspian, and removes a layer’s pixels when its box is unticked', async () => {
    await showOnly(page, ['countries', 'water']);
    await expectColourAt(page, YEREVAN, hex(LIGHT.armenia));
    await expectColourAt(page, CASPIAN, hex(LIGHT.water));
    await showOnly(page, []);
    await expectColourAt(page, YEREVAN, hex(LIGHT.mapBackground));
    expect(await page.evaluate(() => window.__crossroads!.state().visibleLayers)).toEqual([]);
  });

  it('shows the NKAO at Stepanakert in 1988 and not after its abolition, by preset and by typed date', async () => {
    await showOnly(page, ['countries', 'nkao']);
    const nkaoOverAzerbaijan = blend(LIGHT.nkao, 0.35, LIGHT.azerbaijan);
    await page.getByRole('button', { name: /^1988/ }).click();
    await mapIdle(page);
    expect(await page.evaluate(() => window.__crossroads!.state().date)).toBe('1988-01-01');
    await expectColourAt(page, STEPANAKERT, nkaoOverAzerbaijan);
    await page.getByRole('button', { name: /^Jul 2024/ }).click();
    await mapIdle(page);
    await expectColourAt(page, STEPANAKERT, hex(LIGHT.azerbaijan));
    await page.getByLabel('Exact date').fill('1990-05-05');
    await mapIdle(page);
    expect(await page.evaluate(() => window.__crossroads!.state().date)).toBe('1990-05-05');
    await expectColourAt(page, STEPANAKERT, nkaoOverAzerbaijan);
  });

  it('lays out title, map and controls at phone and desktop width without sideways overflow', async () => {
    try {
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        await mapIdle(page);
        expect(await page.locator('h1').isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        const box = (await page.locator('[data-map]').boundingBox())!;
        expect(box.width).toBeGreaterThan(viewport.width * 0.5);
        expect(box.height).toBeGreaterThan(300);
        expect(await page.locator('[data-map-status]').isHidden()).toBe(true);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});

describe('the explorer without WebGL', () => {
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    ({ page, log } = await openPage(await connectBrowser('no-webgl'), '/explore/', PHONE));
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('shows a message instead of a blank map, and the controls still work', async () => {
    expect(await mapReady(page)).toEqual({ ok: false, reason: 'no-webgl' });
    const status = page.locator('[data-map-status]');
    expect(await status.isVisible()).toBe(true);
    expect(await status.textContent()).toMatch(/WebGL 2/);
    await page.getByRole('button', { name: /^1994/ }).click();
    expect(await page.evaluate(() => window.__crossroads!.state().date)).toBe('1994-06-01');
    expect(log.pageErrors).toEqual([]);
  });
});
