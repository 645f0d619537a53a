// The offline classroom: visit the site once, let the service worker precache it, cut the network and
// reload every page from the worker (the story with its map data); then publish a new build on the
// same origin and check the new version replaces the old cache. Served from a copy of the build, so
// the new version can be written beside it without touching dist/.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrecache } from '../../src/offline/precache.ts';
import { serviceWorkerSource } from '../../src/offline/sw-source.ts';
import { readBuiltFiles } from '../../src/offline/integration.ts';
import { connectBrowser, mapIdle, mapReady } from './support/browser.ts';
import { DIST_PATH } from '../support/dist-dir.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

/** The pages a class uses, and a text each must show. */
const PAGES: { path: string; text: RegExp }[] = [
  { path: '/', text: /Crossroads/ },
  { path: '/present/', text: /A crossroads with its gates shut/ },
  { path: '/handout/', text: /What this handout covers/ },
  { path: '/handout/teacher/', text: /Suggested answer/ },
  { path: '/data/', text: /Data/ },
  { path: '/glossary/', text: /Exclave/ },
];

let root: string;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

const swVersion = (dir: string) => /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
const precacheCount = (dir: string) => (JSON.parse(/const PRECACHE = (\[.*\]);/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!) as string[]).length;

/** Rejects with a message saying what never happened when a promise takes longer than `ms` (a safety net only). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} (not within ${ms / 1000} s)`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits until a service worker of the given version controls the page (event by event, no polling); returns what the page's caches hold. */
async function waitForVersion(p: Page, version: string) {
  await within(
    p.evaluate(async (v) => {
      const sw = navigator.serviceWorker;
      const ask = (worker: ServiceWorker) =>
        new Promise<string | undefined>((resolve) => {
          sw.addEventListener('message', (e) => resolve((e.data as { version?: string } | null)?.version), { once: true });
          worker.postMessage('version');
        });
      for (;;) {
        const changed = new Promise((resolve) => sw.addEventListener('controllerchange', resolve, { once: true }));
        const controller = sw.controller;
        if (controller && (await ask(controller)) === v) return;
        await changed;
      }
    }, version),
    90_000,
    `no service worker of version ${version} took control`,
  );
  return p.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('crossroads-'));
    let bytes = 0;
    let files = 0;
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        bytes += (await response!.arrayBuffer()).byteLength;
        files += 1;
      }
    }
    return { names, bytes, files };
  });
}

beforeAll(async () => {
  if (!existsSync(join(DIST_PATH, 'sw.js'))) throw new Error('the built site has no sw.js: build first');
  root = mkdtempSync(join(tmpdir(), 'crossroads-offline-'));
  cpSync(DIST_PATH, root, { recursive: true });
  server = await startStaticServer(root);
  // The one kind of test that lets the service worker run.
  context = await (
    await connectBrowser('webgl')
  ).newContext({ viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1, reducedMotion: 'reduce', serviceWorkers: 'allow' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('offline classroom', () => {
  it('precaches the whole build on the first visit, then reloads every page with the network cut', async () => {
    await page.goto(`${server.origin}/`);
    const cached = await waitForVersion(page, swVersion(root));
    expect(cached.names).toEqual([`crossroads-${swVersion(root)}`]);
    expect(cached.files).toBeGreaterThanOrEqual(precacheCount(root));
    for (const { path } of PAGES.slice(1)) await page.goto(`${server.origin}${path}`);

    await context.setOffline(true);
    try {
      for (const { path, text } of PAGES) {
        const response = await page.goto(`${server.origin}${path}`);
        expect(response?.ok(), path).toBe(true);
        expect(response?.fromServiceWorker(), path).toBe(true);
        expect(await page.locator('body').innerText(), path).toMatch(text);
      }

      // The story draws its map from the cached data: every layer the first chapter needs arrives.
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      await page.goto(`${server.origin}/`);
      const ready = await mapReady(page);
      expect(ready.ok, ready.reason).toBe(true);
      await mapIdle(page);
      expect(await page.locator('[data-map-failed]').isHidden()).toBe(true);
      expect(failed).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('replaces the old cache when a new build is published on the same origin', async () => {
    const oldVersion = swVersion(root);
    // A new build: one page changes, and sw.js is written again for it, as the integration does.
    const glossary = join(root, 'glossary/index.html');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('</main>', '<p id="new-build">New build</p></main>'));
    const precache = buildPrecache(await readBuiltFiles(root));
    writeFileSync(join(root, 'sw.js'), serviceWorkerSource(precache));
    expect(precache.version).not.toBe(oldVersion);

    await page.goto(`${server.origin}/glossary/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await waitForVersion(page, precache.version);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('crossroads-'))), { timeout: 15_000 })
      .toEqual([`crossroads-${precache.version}`]);

    await context.setOffline(true);
    try {
      await page.goto(`${server.origin}/glossary/`);
      expect(await page.locator('#new-build').count()).toBe(1);
    } finally {
      await context.setOffline(false);
    }
  });

  it('leaves the embed pages alone: they register no worker and are not cached', async () => {
    const embeds = readFileSync(join(root, 'sw.js'), 'utf8');
    expect(embeds).not.toMatch(/"\/((hy|az|ru)\/)?embed\//);
    const embed = await context.newPage();
    const response = await embed.goto(`${server.origin}/embed/closed-borders/`);
    expect(response?.fromServiceWorker()).toBe(false);
    await embed.close();
  });
});
