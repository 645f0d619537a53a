// What every browser test uses: the run's shared Chromium servers and static server (global-setup.ts),
// pages opened in a fresh context with the service worker blocked and motion reduced unless a test
// asks otherwise, waits on the documented test hook (window.__crossroads) or the DOM with messages
// that say what never happened, and a screenshot when a test fails.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import type {} from '../../../src/map/test-hook.ts';
import { PNG } from 'pngjs';

/** Where failure screenshots (and the visual test's differences) are written. */
export const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';

/** The two Chromiums of the run: with WebGL 2 (SwiftShader), and without WebGL. */
export type BrowserKind = 'webgl' | 'no-webgl';

const connections = new Map<BrowserKind, Promise<Browser>>();

/** Returns this test file's connection to the run's shared Chromium of a kind. */
export function connectBrowser(kind: BrowserKind): Promise<Browser> {
  let browser = connections.get(kind);
  if (!browser) {
    browser = chromium.connect(inject(kind === 'webgl' ? 'webglEndpoint' : 'noWebglEndpoint'));
    connections.set(kind, browser);
  }
  return browser;
}

/** The built site's address for a path ("/explore/"). */
export const siteUrl = (path: string): string => `${inject('siteOrigin')}${path}`;

/** The built site's origin. */
export const siteOrigin = (): string => inject('siteOrigin');

/** Everything a page did that a test may assert on. */
export interface PageLog {
  requests: string[];
  responses: { url: string; status: number }[];
  console: { type: string; text: string }[];
  pageErrors: string[];
}

/** Context options of every test page unless a test overrides them: no service worker, no motion, 1× pixels. */
export const DEFAULT_CONTEXT: BrowserContextOptions = { deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'reduce' };

/**
 * Opens a site path (or an absolute URL, or about:blank to navigate later) in a fresh context at a viewport size, recording requests,
 * responses, console and page errors. The service worker is blocked and motion reduced unless the
 * options say otherwise (only the offline tests let the worker run).
 */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number },
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT, viewport, ...options });
  const page = await context.newPage();
  const log = recordPage(page);
  // about:blank: the caller sets up routes before it navigates.
  if (path !== 'about:blank') await page.goto(/^https?:/.test(path) ? path : siteUrl(path));
  return { page, log };
}

/** Starts recording a page's requests, responses, console messages and uncaught errors. */
export function recordPage(page: Page): PageLog {
  const log: PageLog = { requests: [], responses: [], console: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => log.responses.push({ url: r.url(), status: r.status() }));
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return log;
}

/** Playwright's own warning when it blocks the service worker (DEFAULT_CONTEXT): not the site's. */
const SW_BLOCKED = 'Service Worker registration blocked by Playwright';

/** Console errors and warnings of a page log (but Playwright's own about the blocked service worker). */
export const noisyConsole = (log: PageLog) => log.console.filter((m) => (m.type === 'error' || m.type === 'warning') && m.text !== SW_BLOCKED);
/** Requests of a page log to any origin but the site's (data: and blob: URLs are local). */
export const offOrigin = (log: PageLog) => log.requests.filter((u) => !u.startsWith(`${siteOrigin()}/`) && !/^(data|blob):/.test(u));

/**
 * Waits until `fn` (run in the page) returns something truthy; a timeout is only a safety net, and
 * its error says what never happened.
 */
export async function waitUntil<A>(page: Page | Frame, what: string, fn: (arg: A) => unknown, arg?: A, timeout = 60_000): Promise<void> {
  try {
    await page.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout });
  } catch (e) {
    throw new Error(`${what} (not within ${timeout / 1000} s on ${page.url()}): ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

/** Waits for the page's map hook and its first drawing (or its reported failure); returns the result. */
export async function mapReady(page: Page | Frame): Promise<{ ok: boolean; reason?: string }> {
  await waitUntil(page, 'the page never installed its test hook (window.__crossroads)', () => !!window.__crossroads);
  return page.evaluate(() => window.__crossroads!.ready);
}

/**
 * Scrolls a story chapter to the top until it stays there: far chapters are laid out at an estimated
 * height (content-visibility) and take their real height when laid out near the screen, which can push
 * the chapter away at once or some frames later. A chapter can report itself drawn (checkVisibility)
 * while it still has its estimated size, its content overflowing it (seen on a phone: 2,075 px tall
 * around a 3,241 px card, 1,841 px taller some frames later on a loaded machine). Each pass scrolls,
 * waits until it and the chapter before are drawn and contain their content and no chapter changed height in the
 * last frame, and ends when a further scroll changes nothing; a chapter that never settles fails with
 * that message.
 */
export async function bringChapterToTop(page: Page, id: string): Promise<void> {
  const settled = await page.evaluate(async (i) => {
    const section = document.getElementById(i)!;
    const chapters = [...section.parentElement!.children].filter((e): e is HTMLElement => e instanceof HTMLElement);
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
    // What can move its top: itself and the chapter before (the one after may stay skipped, below the screen).
    const neighbours = [section.previousElementSibling, section].filter((e): e is HTMLElement => e instanceof HTMLElement);
    // Drawn (a chapter's own box is always visible: content-visibility skips its contents, so ask its
    // first child), and as tall as its content: its children's boxes, measured (which lays them out
    // now), end within its own.
    const contentBottom = (e: HTMLElement) => Math.max(0, ...[...e.children].map((c) => c.getBoundingClientRect().bottom));
    const drawn = () =>
      neighbours.every(
        (e) => (e.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true) && contentBottom(e) <= e.getBoundingClientRect().bottom + 1,
      );
    const heights = () => chapters.map((e) => e.offsetHeight).join();
    for (let pass = 0; pass < 20; pass++) {
      section.scrollIntoView({ block: 'start', behavior: 'instant' });
      let before = heights();
      for (let f = 0; f < 120; f++) {
        await frame();
        const now = heights();
        if (drawn() && now === before) break;
        before = now;
      }
      const at = window.scrollY;
      section.scrollIntoView({ block: 'start', behavior: 'instant' });
      if (Math.abs(window.scrollY - at) <= 1) return true;
    }
    return false;
  }, id);
  if (!settled) throw new Error(`chapter ${id} never stayed at the top of the page after 20 scrolls`);
}

/** Resolves when the map has drawn everything for its current state (story: after pending chapter changes). */
export const mapIdle = (page: Page | Frame): Promise<void> => page.evaluate(() => window.__crossroads!.idle());

/** Waits for the map to be ready and, when it drew, idle; returns the ready result. */
export async function waitForMap(page: Page): Promise<{ ok: boolean; reason?: string }> {
  const result = await mapReady(page);
  if (result.ok) await mapIdle(page);
  return result;
}

/**
 * Registers a screenshot of the page when a test of the enclosing describe fails (the only
 * screenshots outside the visual test), named after the test.
 */
export function screenshotOnFailure(page: () => Page | undefined): void {
  afterEach(async (ctx) => {
    const p = page();
    if (ctx.task.result?.state !== 'fail' || !p || p.isClosed()) return;
    mkdirSync(`${SHOTS}/failures`, { recursive: true });
    const name = ctx.task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
    await p.screenshot({ path: `${SHOTS}/failures/${name}.png` }).catch(() => undefined);
  });
}

/** A decoded screenshot of the viewport with a pixel reader in page coordinates. */
export interface Shot {
  png: PNG;
  rgb(x: number, y: number): [number, number, number];
}

/** Takes a screenshot of the viewport (not saved) and decodes it, to read the colours the map drew. */
export async function readPixels(page: Page): Promise<Shot> {
  const png = PNG.sync.read(await page.screenshot());
  return {
    png,
    rgb: (x, y) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** Returns the viewport position of a [lng, lat], via the documented hook. */
export async function viewportPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => window.__crossroads!.project(ll), lngLat);
  if (!p) throw new Error('map has no projection');
  return p;
}

/** Returns the most common colour in a small square around a point (robust to a stray label pixel). */
export function modeColour(shot: Shot, x: number, y: number, r = 3): [number, number, number] {
  const counts = new Map<string, number>();
  for (let dx = -r; dx <= r; dx++) {
    for (let dy = -r; dy <= r; dy++) {
      const k = shot.rgb(x + dx, y + dy).join(',');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return best.split(',').map(Number) as [number, number, number];
}

/** Parses #rrggbb. */
export function hex(h: string): [number, number, number] {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Returns the colour of `top` at `alpha` over `bottom`, as the canvas blends it. */
export function blend(top: string, alpha: number, bottom: string): [number, number, number] {
  const t = hex(top);
  const b = hex(bottom);
  return [0, 1, 2].map((i) => Math.round(t[i]! * alpha + b[i]! * (1 - alpha))) as [number, number, number];
}

/** Largest per-channel difference between two colours. */
export const colourDistance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
