// The benchmark's floors, built in the same run as it measures: pages that do only the unavoidable
// part of what the site's pages do, so the site can be measured as a ratio to them rather than in
// seconds that depend on the machine.
//  - The text floor: the story's built HTML and CSS with every script removed (the fastest the story's
//    text can paint).
//  - A map floor per measured page: the same MapLibre build, fonts and style code, the page's first
//    view (its layers and camera) and nothing else (floor/map-floor.ts), built with Vite like the site.
// Served under /__floor/ beside the built site (the floors use its /vendor/ and /assets/ files).
import { mkdtempSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { mapStateFor, type MapState } from '../../src/map/map-state.ts';
import { maplibreDefines } from '../../src/map/vendor-maplibre.ts';
import type { EmbedPageConfig } from '../../src/embed/mount-embed.ts';
import { loadChapters } from '../support/chapters.ts';

/** Where the floors are served from. */
export const FLOOR_PREFIX = '/__floor/';

/** The built floors: a folder to mount at FLOOR_PREFIX and the paths of its pages. */
export interface Floors {
  dir: string;
  /** The story's text alone. */
  text: string;
  /** The story's first chapter on the bare map, with every chapter's camera to move to. */
  storyMap: string;
  /** An embed's view on the bare map. */
  embedMap: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Builds the floors for the built site in `dist` and the embed page at `embedPath` (desktop size). */
export async function buildFloors(dist: string, embedPath: string): Promise<Floors> {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-floors-'));
  const here = fileURLToPath(new URL('./floor/', import.meta.url));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here,
    base: FLOOR_PREFIX,
    define: maplibreDefines,
    build: { outDir: dir, emptyOutDir: false, assetsInlineLimit: 0, rollupOptions: { input: join(here, 'map.html') } },
  });
  const template = readFileSync(join(dir, 'map.html'), 'utf8');
  const page = (name: string, floor: { first: MapState; cameras: MapState['camera'][] }) => {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), template.replace('__FLOOR__', escapeAttr(JSON.stringify(floor))));
    return `${FLOOR_PREFIX}${name}/`;
  };

  const chapters = loadChapters();
  const states = chapters.map((c) => mapStateFor(c, { language: 'en', viewport: 'desktop' }));
  const storyMap = page('story-map', { first: states[0]!, cameras: states.map((s) => s.camera) });

  // The embed's own first view: what its page computes from its config (desktop camera, its layers).
  const config = JSON.parse(
    /data-embed="([^"]*)"/
      .exec(readFileSync(join(dist, embedPath, 'index.html'), 'utf8'))![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ) as EmbedPageConfig;
  const embedFirst = { ...config.states.desktop, layers: config.states.desktop.layers.filter((l) => config.available.includes(l)) };
  const embedMap = page('embed-map', { first: embedFirst, cameras: [embedFirst.camera] });

  // The text floor: the story's page without a single script (its module scripts and their preloads).
  mkdirSync(join(dir, 'text'), { recursive: true });
  const story = readFileSync(join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(dir, 'text', 'index.html'), story);
  return { dir, text: `${FLOOR_PREFIX}text/`, storyMap, embedMap };
}

/**
 * Returns the size of a page's map box as a floor's query (`?w=…&h=…`), measured once the page's map
 * is at rest: the story's map box measures 439 px while the page loads (at DOMContentLoaded it was
 * 439 px in one run and 536 px in another) and 508 px once the timeline is drawn, the size at which
 * the map draws its first idle frame. The floor draws a map of that size.
 */
export async function mapBoxQuery(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<string> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.__crossroads);
  await page.evaluate(async () => {
    await window.__crossroads!.ready;
    await window.__crossroads!.idle();
  });
  const box = await page
    .locator('[data-map]')
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  await page.close();
  return `?w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
}
