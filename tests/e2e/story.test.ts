import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { mapStateFor, type MapState } from '../../src/story/map-state.ts';
import { launchChromium, NO_WEBGL_ARGS, openPage, WEBGL_ARGS, type PageLog } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { DIST_PATH } from './support/dist-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = DIST_PATH;
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The English chapters, parsed with the same schema as the build, in story order. */
function loadChapters(): Chapter[] {
  const dir = `${ROOT}src/content/chapters/en/`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .map((f) => ChapterSchema.parse(yaml.load(readFileSync(dir + f, 'utf8').split(/^---$/m)[1]!)))
    .sort((a, b) => a.order - b.order);
}
const CHAPTERS = loadChapters();
const expected = (c: Chapter, viewport: 'desktop' | 'phone'): MapState => mapStateFor(c, { language: 'en', viewport });
const middle = () => CHAPTERS[Math.floor(CHAPTERS.length / 2)]!;
const last = () => CHAPTERS[CHAPTERS.length - 1]!;

let server: StaticServer;
beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  server = await startStaticServer(DIST);
});
afterAll(() => server?.close());

/** Opens the story in a fresh context (own viewport, motion and JavaScript settings), logging what it does. */
const open = (browser: Browser, path: string, { viewport = DESKTOP, ...options }: BrowserContextOptions = {}) =>
  openPage(browser, `${server.origin}${path}`, viewport ?? DESKTOP, options);

const ready = async (page: Page) => {
  await page.waitForFunction(() => !!window.__crossroads);
  const r = await page.evaluate(() => window.__crossroads!.ready);
  if (r.ok) await settle(page);
  return r;
};
/** Waits until the chapter change has reached the map and the map has drawn it. */
const settle = (page: Page) => page.evaluate(() => window.__crossroads!.idle());
const applied = (page: Page) => page.evaluate(() => ({ chapter: window.__crossroads!.chapter!(), state: window.__crossroads!.mapState!(), hash: location.hash }));
const scrollToChapter = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
const noisy = (log: PageLog) => log.console.filter((m) => m.type === 'error' || m.type === 'warning');
const offOrigin = (log: PageLog) => log.requests.filter((u) => !u.startsWith(server.origin) && !/^(data|blob):/.test(u));

/** Checks the camera landed where the state asks (the hook's view, not MapLibre internals). */
async function expectCameraOf(page: Page, state: MapState) {
  const view = (await page.evaluate(() => window.__crossroads!.view!()))!;
  if ('center' in state.camera) {
    expect(view.center[0]).toBeCloseTo(state.camera.center[0], 3);
    expect(view.center[1]).toBeCloseTo(state.camera.center[1], 3);
    expect(view.zoom).toBeCloseTo(state.camera.zoom, 3);
  } else {
    const [w, s, e, n] = state.camera.bounds;
    expect(view.center[0]).toBeGreaterThan(w);
    expect(view.center[0]).toBeLessThan(e);
    expect(view.center[1]).toBeGreaterThan(s);
    expect(view.center[1]).toBeLessThan(n);
  }
}

describe.skipIf(CHAPTERS.length === 0)('the story with WebGL 2', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('applies each chapter’s map state while scrolling through, from its own origin, with a clean console', async () => {
    const { page, log } = await open(browser, '/');
    expect(await ready(page)).toEqual({ ok: true });
    const historyLength = await page.evaluate(() => history.length);
    for (const c of CHAPTERS) {
      await scrollToChapter(page, c.id);
      await settle(page);
      const now = await applied(page);
      expect(now.chapter, c.id).toBe(c.id);
      expect(now.state, c.id).toEqual(expected(c, 'desktop'));
      expect(now.hash).toBe(`#${c.id}`);
      await expectCameraOf(page, now.state!);
      // The contents mark the current chapter; the legend shows the chapter's layers only.
      expect(await page.locator(`[data-toc-link="${c.id}"]`).getAttribute('aria-current')).toBe('step');
      const legend = await page.$$eval('[data-legend-layer]:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.legendLayer));
      expect(legend.every((l) => now.state!.layers.includes(l as never))).toBe(true);
      expect(legend.length).toBeGreaterThan(0);
    }
    // Neighbouring chapters ease, so motion was allowed here.
    expect(await page.evaluate(() => window.__crossroads!.animatedFrames!())).toBeGreaterThan(0);
    // replaceState only: the history did not grow while scrolling.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(offOrigin(log)).toEqual([]);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(noisy(log)).toEqual([]);
    await page.context().close();
  });

  it('lands a #chapter link on that chapter’s state', async () => {
    const c = middle();
    const { page } = await open(browser, `/#${c.id}`);
    expect(await ready(page)).toEqual({ ok: true });
    const now = await applied(page);
    expect(now.chapter).toBe(c.id);
    expect(now.state).toEqual(expected(c, 'desktop'));
    await expectCameraOf(page, now.state!);
    await page.context().close();
  });

  it('comes back to the same chapter after a reload mid-story', async () => {
    const c = CHAPTERS[Math.min(3, CHAPTERS.length - 1)]!;
    const { page } = await open(browser, '/');
    await ready(page);
    await scrollToChapter(page, c.id);
    await settle(page);
    await page.reload();
    expect(await ready(page)).toEqual({ ok: true });
    await settle(page);
    const now = await applied(page);
    expect(now.chapter).toBe(c.id);
    expect(now.state).toEqual(expected(c, 'desktop'));
    await expectCameraOf(page, now.state!);
    await page.context().close();
  });

  it('ends on the right state after a fast fling to the bottom and back', async () => {
    const target = CHAPTERS[1] ?? CHAPTERS[0]!;
    const { page } = await open(browser, '/');
    await ready(page);
    await page.evaluate(async (id) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (const y of [2000, 6000, 12000, document.documentElement.scrollHeight]) {
        window.scrollTo(0, y);
        await frame();
      }
      document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' });
    }, target.id);
    await settle(page);
    const now = await applied(page);
    expect(now.chapter).toBe(target.id);
    expect(now.state).toEqual(expected(target, 'desktop'));
    await expectCameraOf(page, now.state!);
    await page.context().close();
  });

  it('jumps by the table of contents and the timeline, without adding history entries', async () => {
    const { page } = await open(browser, '/');
    await ready(page);
    const historyLength = await page.evaluate(() => history.length);
    await page.getByText('Contents', { exact: true }).click();
    await page.locator(`[data-toc-link="${last().id}"]`).click();
    await settle(page);
    let now = await applied(page);
    expect(now.chapter).toBe(last().id);
    expect(now.state).toEqual(expected(last(), 'desktop'));
    expect(now.hash).toBe(`#${last().id}`);
    // Keyboard on the timeline: focus a period and press Enter.
    const c = middle();
    await page.locator(`.timeline-period[data-chapter="${c.id}"]`).focus();
    await page.keyboard.press('Enter');
    await settle(page);
    now = await applied(page);
    expect(now.chapter).toBe(c.id);
    expect(now.state).toEqual(expected(c, 'desktop'));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.context().close();
  });

  it('shows a notice for an unknown #hash and starts at the top', async () => {
    const { page } = await open(browser, '/#no-such-chapter');
    await ready(page);
    expect(await page.locator('[data-hash-notice]').isVisible()).toBe(true);
    expect(await page.locator('[data-hash-notice]').textContent()).toMatch(/no-such-chapter/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await applied(page)).state).toEqual(expected(CHAPTERS[0]!, 'desktop'));
    await page.context().close();
  });

  it('keeps a fresh visit at the top, with the title in view (no jump to a chapter at load)', async () => {
    const { page } = await open(browser, '/');
    await ready(page);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('.story-intro h1').isVisible()).toBe(true);
    expect((await applied(page)).state).toEqual(expected(CHAPTERS[0]!, 'desktop'));
    await page.context().close();
  });

  it('draws no animated camera frame under reduced motion', async () => {
    const { page } = await open(browser, '/', { reducedMotion: 'reduce' });
    await ready(page);
    for (const c of CHAPTERS.slice(0, 5)) {
      await scrollToChapter(page, c.id);
      await settle(page);
      expect((await applied(page)).state).toEqual(expected(c, 'desktop'));
    }
    expect(await page.evaluate(() => window.__crossroads!.animatedFrames!())).toBe(0);
    await page.context().close();
  });

  it('lets the reader explore, then restores the chapter with “Back to the story”', async () => {
    const c = middle();
    const { page } = await open(browser, `/#${c.id}`);
    await ready(page);
    const before = await page.evaluate(() => window.__crossroads!.view!());
    await page.getByRole('button', { name: 'Explore the map' }).click();
    expect(await page.evaluate(() => window.__crossroads!.exploring!())).toBe(true);
    // The map has keyboard focus in explore mode: zoom in with the keyboard.
    await page.keyboard.press('Equal');
    await page.keyboard.press('Equal');
    await settle(page);
    expect((await page.evaluate(() => window.__crossroads!.view!()))!.zoom).toBeGreaterThan(before!.zoom + 0.5);
    await page.getByRole('button', { name: 'Back to the story' }).click();
    await settle(page);
    expect(await page.evaluate(() => window.__crossroads!.exploring!())).toBe(false);
    const after = (await page.evaluate(() => window.__crossroads!.view!()))!;
    expect(after.zoom).toBeCloseTo(before!.zoom, 3);
    expect(after.center[0]).toBeCloseTo(before!.center[0], 3);
    await page.context().close();
  });

  it('opens the details of a marked feature, taken from the loaded GeoJSON, with linked sources', async (ctx) => {
    const { page } = await open(browser, '/');
    await ready(page);
    const button = page.locator('[data-feature]').first();
    if ((await button.count()) === 0) return ctx.skip();
    const name = (await button.textContent())!.trim();
    await button.click();
    const dialog = page.locator('[data-feature-dialog]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('[data-f-name]').textContent()).toBe(name);
    expect((await dialog.locator('[data-f-accuracy]').textContent())!.length).toBeGreaterThan(1);
    expect(await dialog.locator('[data-f-sources] li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it('works on a phone (390×844): phone cameras, no sideways overflow, a clean console', async () => {
    const { page, log } = await open(browser, '/', { viewport: PHONE });
    expect(await ready(page)).toEqual({ ok: true });
    for (const c of [CHAPTERS[0]!, middle(), last()]) {
      await scrollToChapter(page, c.id);
      await settle(page);
      const now = await applied(page);
      expect(now.chapter).toBe(c.id);
      expect(now.state).toEqual(expected(c, 'phone'));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(offOrigin(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(noisy(log)).toEqual([]);
    await page.context().close();
  });

  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`takes screenshots of the first, a middle and the last chapter at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await open(browser, '/', { viewport });
      await ready(page);
      for (const [which, c] of [['first', CHAPTERS[0]!], ['middle', middle()], ['last', last()]] as const) {
        await scrollToChapter(page, c.id);
        await settle(page);
        await page.screenshot({ path: `${SHOTS}/story-${name}-${which}.png` });
      }
      await page.context().close();
    });
  }

  it('reaches map idle for the first chapter (median of 3, printed)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${server.origin}/`);
      await ready(page);
      times.push(Date.now() - t0);
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`time to first-chapter map idle (ms): ${times.join(', ')}; median ${times[1]}`);
    expect(times[1]).toBeLessThan(10_000);
  });
});

describe.skipIf(CHAPTERS.length === 0)('the story without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('shows every chapter’s text and a still map per chapter', async () => {
    const { page } = await open(browser, '/', { javaScriptEnabled: false });
    await page.waitForLoadState('load');
    for (const c of CHAPTERS) {
      const section = page.locator(`section#${c.id}`);
      const heading = section.locator(`h2#${c.id}-title`);
      expect(await heading.isVisible(), c.id).toBe(true);
      expect(await heading.textContent()).toBe(c.title);
      const img = section.locator('.chapter-static img');
      await img.scrollIntoViewIfNeeded();
      expect(await img.isVisible(), c.id).toBe(true);
      await page.waitForFunction((el) => (el as HTMLImageElement).complete, await img.elementHandle());
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth), c.id).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${SHOTS}/story-nojs.png` });
    await page.context().close();
  });
});

describe.skipIf(CHAPTERS.length === 0)('the story without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(NO_WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('shows the still maps and says why the interactive map could not start', async () => {
    const { page, log } = await open(browser, '/', { viewport: PHONE });
    expect(await ready(page)).toEqual({ ok: false, reason: 'no-webgl' });
    const note = page.locator('[data-map-failed]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/could not start.*WebGL 2/s);
    for (const c of CHAPTERS) {
      const img = page.locator(`section#${c.id} .chapter-static img`);
      await img.scrollIntoViewIfNeeded();
      expect(await img.isVisible(), c.id).toBe(true);
    }
    expect(log.pageErrors).toEqual([]);
    await page.locator(`section#${CHAPTERS[0]!.id} .chapter-static img`).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.chapter-static img')].every((i) => i.complete));
    await page.screenshot({ path: `${SHOTS}/story-no-webgl.png` });
    await page.context().close();
  });
});
