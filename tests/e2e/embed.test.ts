// Embeds on a host page of another origin: two static servers on loopback (the built site, and a
// host page written here), the /embed.js loader, auto-height, message checks, invalid parameters,
// and privacy (no cookies, no storage, no request to a third origin). Screenshots: /tmp/shots/embed-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST_PATH, DIST_URL } from './support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const SHOTS = '/tmp/shots';
const chaptersDir = new URL('../../src/content/chapters/en/', import.meta.url);
const chapterIds = readdirSync(chaptersDir)
  .filter((f) => /^\d\d-.*\.md$/.test(f))
  .sort()
  .map((f) => /^id:\s*['"]?([a-z0-9-]+)/m.exec(readFileSync(new URL(f, chaptersDir), 'utf8'))![1]!);

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

/** A host page on its own origin: several embeds, the loader, and a hostile frame that posts heights. */
function hostPage(site: string, width: number): string {
  const frame = (id: string, query: string, height: number, ours = true) =>
    `<iframe id="${id}" src="${site}/embed/${chapterIds[id === 'f2' ? 1 : 0]}/${query}" title="Map ${id}" ${ours ? `data-crossroads-embed="${id}"` : ''} width="100%" height="${height}" style="width:100%;border:0;display:block" loading="eager"></iframe>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font:16px sans-serif}main{width:${width}px;margin:0 auto;padding:8px 0}.narrow{max-width:320px}p{margin:8px 0}</style></head><body><main>
<p>Host article text before the maps.</p>
<div id="w1">${frame('f1', '', 600)}</div>
<p>Between.</p>
<div id="w2" class="narrow">${frame('f2', '', 600)}</div>
<p>Custom view.</p>
<div id="w3">${frame('f3', '?layers=crossings,routes&date=2023-10-01&theme=dark&plain=1&bbox=43.5,38.8,46.8,41.3', 600)}</div>
<p>Fixed height, no loader attribute.</p>
<div id="w4">${frame('f4', '?scrollzoom=1', 420, false)}</div>
<iframe id="evil" src="/evil.html" title="not ours" width="300" height="100"></iframe>
</main><script src="${site}/embed.js" async></script></body></html>`;
}

/** The host's own frame (same origin as the host): posts a height as if it were one of ours. */
const EVIL = `<!doctype html><title>evil</title><script>
  setInterval(() => parent.postMessage({ type: 'crossroads:height', id: 'f1', height: 3333 }, '*'), 100);
</script>`;

describe('embeds on a host page of another origin', () => {
  let site: StaticServer;
  let host: Server;
  let hostOrigin = '';
  let browser: Browser;
  let width = 600;
  const setCookies: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await startStaticServer(DIST_PATH);
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/evil.html') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(EVIL);
        return;
      }
      width = Number(url.searchParams.get('w') ?? 600);
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(hostPage(site.origin, width));
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const a = host.address();
    hostOrigin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await new Promise((r) => host?.close(r));
  });

  async function open(w: number): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: w + 40, height: 2600 }, deviceScaleFactor: 1 });
    await context.addInitScript(STORAGE_SPY);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', async (r) => {
      const c = (await r.allHeaders())['set-cookie'];
      if (c) setCookies.push(c);
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${hostOrigin}/?w=${w}`);
    return { context, page, requests, errors };
  }

  /** Waits until every embed's map is ready (through each frame's test hook). */
  async function mapsReady(page: Page) {
    for (const id of ['f1', 'f2', 'f3', 'f4']) {
      // Chromium pauses animation frames in cross-origin frames out of view: bring each into view.
      const el = (await page.$(`#${id}`))!;
      await el.scrollIntoViewIfNeeded();
      const frame = (await el.contentFrame())!;
      await frame.waitForFunction(() => !!window.__crossroads);
      const r = await frame.evaluate(() => window.__crossroads!.ready);
      expect(r.ok, id).toBe(true);
    }
  }

  /** Heights of the frames, once they stop changing. */
  async function settledHeights(page: Page): Promise<Record<string, number>> {
    let prev = '';
    for (let i = 0; i < 40; i++) {
      const now = JSON.stringify(await page.evaluate(() => Object.fromEntries(['f1', 'f2', 'f3', 'f4'].map((id) => [id, document.getElementById(id)!.getBoundingClientRect().height]))));
      if (now === prev) return JSON.parse(now);
      prev = now;
      await page.waitForTimeout(250);
    }
    return JSON.parse(prev);
  }

  for (const w of [1000, 600, 300]) {
    it(`resizes our frames to their content at ${w} px, ignores the rest, stores nothing, asks no third origin`, async () => {
      const { context, page, requests, errors } = await open(w);
      await mapsReady(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(600);
      const h = await settledHeights(page);
      // The loader set the height each page asked for: the frame now shows its whole page, no scroll.
      for (const id of ['f1', 'f2', 'f3']) {
        const frame = (await (await page.$(`#${id}`))!.contentFrame())!;
        const natural = await frame.evaluate(() => {
          const root = document.querySelector<HTMLElement>('[data-embed-root]')!;
          const box = document.querySelector<HTMLElement>('[data-embed-map-box]')!;
          const sizer = document.querySelector<HTMLElement>('[data-embed-sizer]')!;
          return Math.ceil(root.scrollHeight - box.offsetHeight + sizer.offsetHeight);
        });
        expect(Math.abs(h[id]! - natural), `${id}: frame ${h[id]} vs page ${natural}`).toBeLessThanOrEqual(1);
        expect(h[id]).not.toBe(600);
        expect(h[id]).not.toBe(3333);
      }
      // Narrower frame, different natural height.
      if (w >= 600) expect(h.f2).not.toBe(h.f1);
      // The fixed-height frame (not marked as ours) keeps its height; its map fills what is left.
      expect(h.f4).toBe(420);
      const f4 = (await (await page.$('#f4'))!.contentFrame())!;
      const fill = await f4.evaluate(() => {
        const box = document.querySelector<HTMLElement>('[data-embed-map-box]')!.getBoundingClientRect();
        const link = document.querySelector<HTMLElement>('.embed-story-link')!.getBoundingClientRect();
        return { mapH: box.height, linkBottom: link.bottom, vh: innerHeight, scroll: document.documentElement.scrollHeight };
      });
      expect(fill.mapH).toBeGreaterThan(150);
      expect(fill.linkBottom).toBeLessThanOrEqual(fill.vh);
      expect(fill.scroll).toBeLessThanOrEqual(fill.vh);

      // A message from a foreign origin (the host itself) with our format changes nothing.
      await page.evaluate(() => window.postMessage({ type: 'crossroads:height', id: 'f1', height: 2222 }, '*'));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.getElementById('f1')!.getBoundingClientRect().height)).toBe(h.f1);

      // The custom view: dark, plain, its layers and date.
      const f3 = (await (await page.$('#f3'))!.contentFrame())!;
      const v = await f3.evaluate(() => ({ embed: window.__crossroads!.embed!(), state: window.__crossroads!.state(), title: getComputedStyle(document.querySelector('.embed-title')!).display }));
      expect(v.embed).toMatchObject({ theme: 'dark', plain: true, date: '2023-10-01', layers: ['routes', 'crossings'] });
      expect(v.state.visibleLayers).toEqual(expect.arrayContaining(['routes', 'crossings']));
      expect(v.state.visibleLayers).not.toContain('nkao');
      expect(v.title).toBe('none');

      await page.screenshot({ path: `${SHOTS}/embed-${w}.png`, fullPage: true });

      // Privacy: no cookies, no storage calls in any frame, nothing from a third origin.
      expect(await context.cookies()).toEqual([]);
      for (const frame of page.frames()) {
        if (frame.url().includes('/evil.html') || frame.url().startsWith('about:')) continue;
        const s = await frame.evaluate(() => ({ calls: (window as unknown as { __storageCalls: string[] }).__storageCalls, n: localStorage.length + sessionStorage.length }));
        expect(s.calls, frame.url()).toEqual([]);
      }
      const origins = new Set(requests.map((u) => new URL(u).origin));
      for (const o of origins) expect([site.origin, hostOrigin, 'null']).toContain(o);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('sent no Set-Cookie header', () => {
    expect(setCookies).toEqual([]);
  });

  it('shows the default view, without errors, for invalid parameters', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 600 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const id = chapterIds[0]!;
    await page.goto(`${site.origin}/embed/${id}/`);
    await page.evaluate(() => window.__crossroads!.ready);
    const plain = await page.evaluate(() => window.__crossroads!.state());
    await page.goto(`${site.origin}/embed/${id}/?layers=bogus,,&date=2020-13-45&theme=<b>&bbox=NaN,1,2&center=999&zoom=-3&lang=xx&plain=maybe&static=2&scrollzoom=%00&childId=%3Cscript%3E&x=${'a'.repeat(3000)}`);
    const r = await page.evaluate(() => window.__crossroads!.ready);
    expect(r.ok).toBe(true);
    const bad = await page.evaluate(() => ({ state: window.__crossroads!.state(), view: window.__crossroads!.embed!(), text: document.body.innerText }));
    expect(bad.state.date).toBe(plain.date);
    expect(bad.view).toMatchObject({ lang: 'en', date: null, camera: null, theme: 'auto', plain: false, static: false, scrollzoom: false, childId: null });
    expect(bad.view.layers).toEqual([]);
    expect(bad.text).not.toMatch(/error|invalid|could not/i);
    expect(errors).toEqual([]);
    // static: the still image, and no map library at all.
    const requests: string[] = [];
    page.on('request', (q) => requests.push(q.url()));
    await page.goto(`${site.origin}/embed/${id}/?static=1`);
    await page.waitForSelector('img.embed-still');
    await page.waitForLoadState('networkidle');
    expect(requests.some((u) => /maplibre/.test(u))).toBe(false);
    await context.close();
  });

  it('has an embed page with noindex, a title and the oEmbed link for every chapter', () => {
    expect(chapterIds.length).toBeGreaterThan(0);
    for (const id of chapterIds) {
      const html = readFileSync(new URL(`embed/${id}/index.html`, DIST_URL), 'utf8');
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
      expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="[^"]*/oembed/${id}\\.json"`));
      expect(html).toMatch(/target="_top" rel="noopener"/);
      // No inline scripts.
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
    }
  });
});
