// The journalist's path: from a chapter of the story, "Embed this view", copy the responsive code
// with the keyboard, paste it into an article on another origin, and the map sizes itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { DEFAULT_SITE } from '../../src/embed/embed-urls.ts';

describe('embedding a chapter from the story', () => {
  let site: StaticServer;
  let host: Server;
  let hostOrigin = '';
  let pasted = '';
  let browser: Browser;

  beforeAll(async () => {
    site = await startStaticServer(DIST_PATH);
    host = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0;font:16px sans-serif"><main style="width:640px;margin:0 auto"><p>Article text.</p>${pasted}<p>More text.</p></main></body></html>`);
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const address = host.address();
    hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchChromium(WEBGL_ARGS);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => host.close(() => r()));
    await site?.close();
  });

  it('opens the dialog from a chapter by keyboard, copies the code, and the pasted embed resizes itself', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/#war-2020`);
    await page.evaluate(async () => { await window.__crossroads!.ready; });
    const open = page.locator('#war-2020 button', { hasText: 'Embed this view' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    const copy = dialog.locator('button', { hasText: 'Copy code: Responsive iframe' });
    await copy.focus();
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('/embed/war-2020/');
    expect(copied).toMatch(/<iframe[^>]+title="[^"]+"/);
    expect(copied).toContain('/embed.js');
    // The built code names the site it was built for; here the site runs on a test port.
    pasted = copied.split(DEFAULT_SITE).join(site.origin);

    const article = await context.newPage();
    await article.goto(hostOrigin);
    const frame = article.locator('iframe[data-crossroads-embed]');
    const initial = Number(await frame.getAttribute('height'));
    await expect.poll(async () => Math.round((await frame.boundingBox())!.height), { timeout: 30_000 }).not.toBe(initial);
    const inner = article.frames().find((f) => f.url().includes('/embed/war-2020/'))!;
    const needed = await inner.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs((await frame.boundingBox())!.height - needed)).toBeLessThanOrEqual(2);
    await context.close();
  });
});
