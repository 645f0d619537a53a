// Glossary on the slides: the "Terms" button opens the current slide's terms, and a term opens its definition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

describe('glossary terms on the slides', () => {
  let site: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = await startStaticServer(DIST_PATH);
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens the current slide’s terms from the controls and shows a definition; the next slide has its own', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto(`${site.origin}/present/#war-2020`);
    await page.waitForFunction(() => document.querySelector('.present-root')?.querySelector('[data-slide]:not([hidden])')?.id === 'war-2020');
    const button = page.locator('[data-terms-button]');
    await button.click();
    const panel = page.locator('#terms-war-2020');
    expect(await panel.isVisible()).toBe(true);
    await panel.locator('.term-button').first().click();
    const definition = page.locator('.term-popover:popover-open');
    await expect.poll(() => definition.count()).toBe(1);
    expect((await definition.textContent())!.length).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('[data-action="next"]').click();
    await expect.poll(() => button.getAttribute('popovertarget')).toBe('terms-november-statement');
    expect(await panel.isVisible()).toBe(false);
    await page.context().close();
  });
});
