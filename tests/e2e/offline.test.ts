// Offline as the reader's choice (issue 12): a first visit registers no worker and stores nothing; the
// reader presses "Save for offline use" in the contents panel, sees the size and a ready state; with the
// network cut every page of the class reloads from the copy (the story with its map data); a new build
// on the same origin replaces the copy; "Remove" deletes it and the worker. Served from a copy of the
// build, so the new version can be written beside it without touching dist/.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '../../src/offline/integration.ts';
import type { OfflineSummary } from '../../src/offline/offline-manifest.ts';
import { OFFLINE_CACHE_PREFIX } from '../../src/offline/sw-source.ts';
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

const summary = (dir: string) => JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')) as OfflineSummary;

/** Rejects with a message saying what never happened when a promise takes longer than `ms` (a safety net only). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} (not within ${ms / 1000} s)`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What the page's origin holds: our caches with their files and bytes, and whether a worker is registered. */
function stored(p: Page) {
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
    return { names, bytes, files, registered: (await navigator.serviceWorker.getRegistration()) !== undefined };
  });
}

/** Waits until a service worker of the given version controls the page (event by event, no polling). */
async function waitForVersion(p: Page, version: string) {
  await within(
    p.evaluate(async (v) => {
      const sw = navigator.serviceWorker;
      // Only the asked worker's answer counts: progress and 'saved' news that the installing worker sent to
      // every window can arrive after the controller changed, and taking one for the answer used to leave
      // the loop waiting for a second controllerchange that never comes.
      const ask = (worker: ServiceWorker) =>
        new Promise<string>((resolve) => {
          const answer = (e: MessageEvent) => {
            const data = e.data as { type?: string; version?: string } | null;
            if (e.source !== worker || typeof data?.version !== 'string' || data.type !== undefined) return;
            sw.removeEventListener('message', answer);
            resolve(data.version);
          };
          sw.addEventListener('message', answer);
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
  ).catch(async (error: Error) => {
    // Say where the update stopped (still installing, waiting, or active without control) for the CI log.
    const states = await p
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return JSON.stringify({
          controller: navigator.serviceWorker.controller?.state,
          installing: r?.installing?.state,
          waiting: r?.waiting?.state,
          active: r?.active?.state,
          caches: await caches.keys(),
        });
      })
      .catch((e: Error) => `(states unknown: ${e.message})`);
    throw new Error(`${error.message}; workers: ${states}`);
  });
}

/** Opens the story's contents panel, where the offline control lives, and returns the control. */
async function openControl(p: Page) {
  await p.locator('details[data-toc] > summary').click();
  const control = p.locator('details[data-toc] [data-offline-save]');
  await control.waitFor({ state: 'visible' });
  return control;
}

const waitForState = (p: Page, state: string) =>
  p.locator(`details[data-toc] [data-offline-save][data-offline-state="${state}"]`).waitFor({ state: 'attached', timeout: 120_000 });

beforeAll(async () => {
  if (!existsSync(join(DIST_PATH, 'sw.js')) || !existsSync(join(DIST_PATH, 'offline.json')))
    throw new Error('the built site has no sw.js or offline.json: build first');
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

describe('offline as the reader’s choice', () => {
  it('stores nothing and registers no worker on a first visit', async () => {
    await page.goto(`${server.origin}/`);
    await mapIdle(page);
    expect(await stored(page)).toEqual({ names: [], bytes: 0, files: 0, registered: false });
  });

  it('saves the English copy when asked, showing its size first, then reloads every page with the network cut', async () => {
    const { version, copies } = summary(root);
    const control = await openControl(page);
    const save = control.locator('[data-offline-save-button]');
    const megabytes = (copies.en.bytes / 1e6).toFixed(1);
    await expect.poll(() => save.innerText()).toContain(`${megabytes} MB`);
    await save.click();
    await waitForState(page, 'ready');
    expect(await control.locator('[data-offline-status]').innerText()).toContain(megabytes);
    expect(await control.locator('[data-offline-remove-button]').isVisible()).toBe(true);

    const saved = await stored(page);
    expect(saved.names).toEqual([`${OFFLINE_CACHE_PREFIX}en-${version}`]);
    expect(saved.files).toBe(copies.en.files + 1); // and the completion marker
    expect(saved.bytes).toBeGreaterThanOrEqual(copies.en.bytes);
    expect(saved.registered).toBe(true);
    await waitForVersion(page, version);

    await context.setOffline(true);
    try {
      for (const { path, text } of PAGES) {
        const response = await page.goto(`${server.origin}${path}`);
        expect(response?.ok(), path).toBe(true);
        expect(response?.fromServiceWorker(), path).toBe(true);
        expect(await page.locator('body').innerText(), path).toMatch(text);
      }

      // The story draws its map from the saved data: every layer the first chapter needs arrives.
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

  it('replaces the saved copy when a new build is published on the same origin', async () => {
    const oldVersion = summary(root).version;
    // A new build: one page changes, and sw.js and offline.json are written again for it, as the build does.
    const glossary = join(root, 'glossary/index.html');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('</main>', '<p id="new-build">New build</p></main>'));
    const { version } = await writeOfflineFiles(root);
    expect(version).not.toBe(oldVersion);

    await page.goto(`${server.origin}/glossary/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await waitForVersion(page, version);
    await expect.poll(async () => (await stored(page)).names, { timeout: 15_000 }).toEqual([`${OFFLINE_CACHE_PREFIX}en-${version}`]);

    await context.setOffline(true);
    try {
      await page.goto(`${server.origin}/glossary/`);
      expect(await page.locator('#new-build').count()).toBe(1);
    } finally {
      await context.setOffline(false);
    }
  });

  it('removes the copy and the worker when asked', async () => {
    await page.goto(`${server.origin}/`);
    const control = await openControl(page);
    await waitForState(page, 'ready'); // the worker reported the saved copy
    await control.locator('[data-offline-remove-button]').click();
    await waitForState(page, 'idle');
    expect(await control.locator('[data-offline-save-button]').isVisible()).toBe(true);
    expect(await stored(page)).toEqual({ names: [], bytes: 0, files: 0, registered: false });
  });

  it('leaves the embed pages alone: the worker neither lists nor serves them', async () => {
    expect(readFileSync(join(root, 'sw.js'), 'utf8')).not.toMatch(/"\/((hy|az|ru)\/)?embed\//);
    await page.goto(`${server.origin}/`);
    const control = await openControl(page);
    await control.locator('[data-offline-save-button]').click();
    await waitForState(page, 'ready');
    const embed = await context.newPage();
    const response = await embed.goto(`${server.origin}/embed/closed-borders/`);
    expect(response?.fromServiceWorker()).toBe(false);
    await embed.close();
  });
});
