import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type {} from '../../../src/map/test-hook.ts';
import { PNG } from 'pngjs';

/** Flags that give headless Chromium a software WebGL 2 here (see shared research, §1.6). */
export const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
/** `--use-gl=swiftshader` leaves Chromium with no WebGL at all: the failure path. */
export const NO_WEBGL_ARGS = ['--use-gl=swiftshader'];
const BASE_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches Debian's Chromium headless with the given GL flags. */
export function launchChromium(glArgs: string[]): Promise<Browser> {
  const noWebgl = glArgs === NO_WEBGL_ARGS;
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...glArgs, ...BASE_ARGS],
    // playwright-core adds --enable-unsafe-swiftshader itself, which would bring WebGL back.
    ignoreDefaultArgs: noWebgl ? ['--enable-unsafe-swiftshader'] : [],
  });
}

/** Everything a page did that a test may assert on. */
export interface PageLog {
  requests: string[];
  responses: { url: string; status: number }[];
  console: { type: string; text: string }[];
  pageErrors: string[];
}

/** Opens a page at a viewport size (and other context options: reduced motion, no JavaScript), recording requests, responses, console and page errors. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  const log: PageLog = { requests: [], responses: [], console: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => log.responses.push({ url: r.url(), status: r.status() }));
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(url);
  return { page, log };
}

/** Waits for the map hook to settle; returns its ready result. */
export async function waitForMap(page: Page): Promise<{ ok: boolean; reason?: string }> {
  await page.waitForFunction(() => !!window.__crossroads);
  const result = await page.evaluate(() => window.__crossroads!.ready);
  if (result.ok) await page.evaluate(() => window.__crossroads!.idle());
  return result;
}

/** A decoded full-page screenshot with a pixel reader in page coordinates. */
export interface Shot {
  png: PNG;
  rgb(x: number, y: number): [number, number, number];
}

/** Takes a full-page screenshot (optionally saving it) and decodes it. */
export async function screenshot(page: Page, path?: string): Promise<Shot> {
  const png = PNG.sync.read(await page.screenshot({ fullPage: true, path }));
  return {
    png,
    rgb: (x, y) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** Returns the page (document) position of a [lng, lat], via the documented hook. */
export async function pagePoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => {
    const v = window.__crossroads!.project(ll);
    return v && { x: v.x + window.scrollX, y: v.y + window.scrollY };
  }, lngLat);
  if (!p) throw new Error('map has no projection');
  return p;
}

/** Returns the most common colour in a small square around a point (robust to a stray label pixel). */
export function modeColour(shot: Shot, x: number, y: number, r = 3): [number, number, number] {
  const counts = new Map<string, number>();
  for (let dx = -r; dx <= r; dx++) for (let dy = -r; dy <= r; dy++) {
    const k = shot.rgb(x + dx, y + dy).join(',');
    counts.set(k, (counts.get(k) ?? 0) + 1);
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
