// Embeds on a host page of another origin: the built site and a host page written here, each on its
// own loopback server. One host page with four embeds is loaded once and resized to three widths:
// /embed.js sets our frames to their content's height and ignores everyone else's messages, nothing
// is stored and no third origin is asked. Invalid parameters and the journalist's path from the story
// ("Embed this view", copy, paste) are DOM checks and run without WebGL.
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE } from '../../src/embed-code/embed-urls.ts';
import { chapterIds } from '../support/chapters.ts';
import { connectBrowser, DEFAULT_CONTEXT, mapReady, openPage, screenshotOnFailure, siteOrigin, siteUrl, waitUntil } from './support/browser.ts';

const ids = chapterIds();
const FRAMES = ['f1', 'f2', 'f3', 'f4'] as const;

/** Wraps every storage API so a test can see whether anything touched it. Runs in every frame. */
const STORAGE_SPY = `(() => {
  window.__storageCalls = [];
  for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    const orig = Storage.prototype[m];
    Storage.prototype[m] = function (...a) { window.__storageCalls.push(m); return orig.apply(this, a); };
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...a) { window.__storageCalls.push('indexedDB.open'); return open.apply(this, a); };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { window.__storageCalls.push('cookie.get'); return cookie.get.call(this); },
    set(v) { window.__storageCalls.push('cookie.set'); cookie.set.call(this, v); },
  });
})();`;

/** A host page on its own origin: several embeds, the loader, and a frame of its own that posts heights as if it were ours. */
function hostPage(site: string): string {
  const frame = (id: string, chapter: string, query: string, height: number, ours = true) =>
    `<iframe id="${id}" src="${site}/embed/${chapter}/${query}" title="Map ${id}" ${ours ? `data-crossroads-embed="${id}"` : ''} width="100%" height="${height}" style="width:100%;border:0;display:block" loading="eager"></iframe>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font:16px sans-serif}main{width:600px;margin:0 auto;padding:8px 0}.narrow{max-width:320px}p{margin:8px 0}</style></head><body><main>
<p>Host article text before the maps.</p>
<div>${frame('f1', ids[0]!, '', 600)}</div>
<p>Between.</p>
<div class="narrow">${frame('f2', ids[1]!, '', 600)}</div>
<p>Custom view.</p>
<div>${frame('f3', ids[0]!, '?layers=crossings,routes&date=2023-10-01&theme=dark&plain=1&bbox=43.5,38.8,46.8,41.3', 600)}</div>
<p>Fixed height, no loader attribute.</p>
<div>${frame('f4', ids[0]!, '?scrollzoom=1', 420, false)}</div>
<iframe id="evil" src="/evil.html" title="not ours" width="300" height="100"></iframe>
</main><script src="${site}/embed.js" async></script></body></html>`;
}

/** The host's own frame (same origin as the host): posts a height as if it were one of ours. */
const EVIL = `<!doctype html><title>evil</title><script>
  setInterval(() => parent.postMessage({ type: 'crossroads:height', id: 'f1', height: 3333 }, '*'), 100);
</script>`;

/** A loopback server for pages of "another origin"; `page` answers every path but /evil.html. */
async function startHost(page: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(req.url === '/evil.html' ? EVIL : page());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The natural height of an embed page: its content with the map box at the sizer's height. */
const naturalHeight = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-embed-root]')!;
    const box = document.querySelector<HTMLElement>('[data-embed-map-box]')!;
    const sizer = document.querySelector<HTMLElement>('[data-embed-sizer]')!;
    return Math.ceil(root.scrollHeight - box.offsetHeight + sizer.offsetHeight);
  });

describe('four embeds on a host page of another origin', () => {
  let host: Awaited<ReturnType<typeof startHost>>;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const frameOf = async (id: string) => (await (await page.$(`#${id}`))!.contentFrame())!;
  const heights = () =>
    page.evaluate((fs) => Object.fromEntries(fs.map((id) => [id, document.getElementById(id)!.getBoundingClientRect().height])), [...FRAMES]);

  beforeAll(async () => {
    host = await startHost(() => hostPage(siteOrigin()));
    const browser = await connectBrowser('webgl');
    context = await browser.newContext({ ...DEFAULT_CONTEXT, viewport: { width: 1040, height: 2600 } });
    await context.addInitScript(STORAGE_SPY);
    page = await context.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(String(e)));
    await page.goto(host.origin);
    for (const id of FRAMES) {
      // Chromium pauses animation frames in cross-origin frames out of view: bring each into view.
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      expect(await mapReady(await frameOf(id)), id).toEqual({ ok: true });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  afterAll(async () => {
    await context?.close();
    await host?.close();
  });
  screenshotOnFailure(() => page);

  for (const width of [1000, 600, 300]) {
    it(`sets our frames to their content’s height at ${width} px, and leaves the fixed-height frame alone`, async () => {
      await page.evaluate((w) => (document.querySelector('main')!.style.width = `${w}px`), width);
      // The loader set the height each page asked for: the frame shows its whole page, without scrolling.
      for (const id of ['f1', 'f2', 'f3']) {
        const frame = await frameOf(id);
        await expect
          .poll(async () => Math.abs((await heights())[id]! - (await naturalHeight(frame))), { message: `${id} never took its page's height`, timeout: 30_000 })
          .toBeLessThanOrEqual(1);
      }
      const h = await heights();
      for (const id of ['f1', 'f2', 'f3']) expect([600, 3333]).not.toContain(h[id]);
      // A narrower frame has another natural height.
      if (width >= 600) expect(h.f2).not.toBe(h.f1);
      // The fixed-height frame (not marked as ours) keeps its height; its map fills what is left.
      expect(h.f4).toBe(420);
      const fill = await (
        await frameOf('f4')
      ).evaluate(() => ({
        mapH: document.querySelector<HTMLElement>('[data-embed-map-box]')!.getBoundingClientRect().height,
        linkBottom: document.querySelector<HTMLElement>('.embed-story-link')!.getBoundingClientRect().bottom,
        vh: innerHeight,
        scroll: document.documentElement.scrollHeight,
      }));
      expect(fill.mapH).toBeGreaterThan(150);
      expect(fill.linkBottom).toBeLessThanOrEqual(fill.vh);
      expect(fill.scroll).toBeLessThanOrEqual(fill.vh);
    });
  }

  it('ignores a height message in our format from the host itself', async () => {
    const before = (await heights()).f1;
    // Messages are delivered in order: once the marker has arrived, the forged message before it was handled.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.addEventListener('message', (e) => e.data === 'marker' && resolve());
          window.postMessage({ type: 'crossroads:height', id: 'f1', height: 2222 }, '*');
          window.postMessage('marker', '*');
        }),
    );
    expect((await heights()).f1).toBe(before);
  });

  it('draws the custom view: dark, plain, its layers and date', async () => {
    const v = await (
      await frameOf('f3')
    ).evaluate(() => ({
      embed: window.__crossroads!.embed!(),
      state: window.__crossroads!.state(),
      title: getComputedStyle(document.querySelector('.embed-title')!).display,
    }));
    expect(v.embed).toMatchObject({ theme: 'dark', plain: true, date: '2023-10-01', layers: ['routes', 'crossings'] });
    expect(v.state.visibleLayers).toEqual(expect.arrayContaining(['routes', 'crossings']));
    expect(v.state.visibleLayers).not.toContain('nkao');
    expect(v.title).toBe('none');
  });

  it('stores nothing in any frame, sets no cookie, and asks no third origin', async () => {
    expect(await context.cookies()).toEqual([]);
    for (const frame of page.frames()) {
      if (frame.url().includes('/evil.html') || frame.url().startsWith('about:')) continue;
      const s = await frame.evaluate(() => ({
        calls: (window as unknown as { __storageCalls: string[] }).__storageCalls,
        n: localStorage.length + sessionStorage.length,
      }));
      expect(s, frame.url()).toEqual({ calls: [], n: 0 });
    }
    const origins = new Set(requests.map((u) => new URL(u).origin));
    for (const o of origins) expect([siteOrigin(), host.origin, 'null']).toContain(o);
    expect(errors).toEqual([]);
  });
});

describe('an embed asked for a still image', () => {
  it('shows the still map and loads no map library, even where WebGL works', async () => {
    const { page, log } = await openPage(await connectBrowser('webgl'), `/embed/${ids[0]}/?static=1`, { width: 700, height: 600 });
    try {
      await page.waitForSelector('img.embed-still');
      expect(await mapReady(page)).toEqual({ ok: false, reason: 'static' });
      expect(log.requests.filter((u) => /maplibre/.test(u))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('an embed with invalid parameters', () => {
  it('shows the chapter’s own view without any error', async () => {
    const browser = await connectBrowser('no-webgl');
    const { page, log } = await openPage(browser, `/embed/${ids[0]}/`, { width: 700, height: 600 });
    try {
      await mapReady(page);
      const plain = await page.evaluate(() => window.__crossroads!.state());
      await page.goto(
        siteUrl(
          `/embed/${ids[0]}/?layers=bogus,,&date=2020-13-45&theme=<b>&bbox=NaN,1,2&center=999&zoom=-3&lang=xx&plain=maybe&static=2&scrollzoom=%00&childId=%3Cscript%3E&x=${'a'.repeat(3000)}`,
        ),
      );
      await mapReady(page);
      const bad = await page.evaluate(() => ({ state: window.__crossroads!.state(), view: window.__crossroads!.embed!(), text: document.body.innerText }));
      expect(bad.state.date).toBe(plain.date);
      expect(bad.view).toMatchObject({ lang: 'en', date: null, camera: null, theme: 'auto', plain: false, static: false, scrollzoom: false, childId: null });
      expect(bad.view.layers).toEqual([]);
      expect(bad.text).not.toMatch(/error|invalid/i);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the journalist’s path: from a chapter of the story to a pasted embed', () => {
  it('opens the dialog from a chapter by keyboard, copies the code, and the pasted embed resizes itself', async () => {
    const chapter = ids[Math.floor(ids.length / 2)]!;
    let pasted = '';
    const article = await startHost(
      () =>
        `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0;font:16px sans-serif"><main style="width:640px;margin:0 auto"><p>Article text.</p>${pasted}<p>More text.</p></main></body></html>`,
    );
    const { page } = await openPage(await connectBrowser('no-webgl'), `/#${chapter}`, { width: 1440, height: 900 });
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin() });
      await mapReady(page);
      await page.locator(`#${chapter} button`, { hasText: 'Embed this view' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog[open]');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('button', { hasText: 'Copy code: Responsive iframe' }).focus();
      await page.keyboard.press('Enter');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`/embed/${chapter}/`);
      expect(copied).toMatch(/<iframe[^>]+title="[^"]+"/);
      expect(copied).toContain('/embed.js');
      // The code names the site it was built for; here the site runs on a test port.
      pasted = copied.split(DEFAULT_SITE).join(siteOrigin());

      const host = await page.context().newPage();
      await host.goto(article.origin);
      const frame = host.locator('iframe[data-crossroads-embed]');
      const initial = Number(await frame.getAttribute('height'));
      await waitUntil(
        host,
        'the pasted frame never changed its height',
        (h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) !== h,
        initial,
      );
      const inner = host.frames().find((f) => f.url().includes(`/embed/${chapter}/`))!;
      const needed = await inner.evaluate(() => document.documentElement.scrollHeight);
      await expect.poll(async () => Math.abs((await frame.boundingBox())!.height - needed)).toBeLessThanOrEqual(2);
    } finally {
      await page.context().close();
      await article.close();
    }
  });
});
