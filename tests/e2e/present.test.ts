import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { mapStateFor } from '../../src/story/map-state.ts';
import { KEY_TABLE } from '../../src/presentation/keyboard.ts';
import { launchChromium, NO_WEBGL_ARGS, openPage, WEBGL_ARGS, type PageLog } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { DIST_PATH } from './support/dist-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const HD = { width: 1280, height: 720 };
const FULL_HD = { width: 1920, height: 1080 };

/** The English chapters, parsed with the build's schema, in story order. */
function loadChapters(): Chapter[] {
  const dir = `${ROOT}src/content/chapters/en/`;
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .map((f) => ChapterSchema.parse(yaml.load(readFileSync(dir + f, 'utf8').split(/^---$/m)[1]!)))
    .sort((a, b) => a.order - b.order);
}
const CHAPTERS = loadChapters();
const ids = CHAPTERS.map((c) => c.id);

let server: StaticServer;
beforeAll(async () => {
  if (!existsSync(`${DIST_PATH}present/index.html`)) throw new Error('the built site has no /present/: build first');
  mkdirSync(SHOTS, { recursive: true });
  server = await startStaticServer(DIST_PATH);
});
afterAll(() => server?.close());

const open = (browser: Browser, path: string, viewport = HD, options = {}) => openPage(browser, `${server.origin}${path}`, viewport, options);
const ready = async (page: Page) => {
  await page.waitForFunction(() => !!window.__crossroads);
  const r = await page.evaluate(() => window.__crossroads!.ready);
  await page.evaluate(() => window.__crossroads!.idle());
  return r;
};
const slide = (page: Page) => page.evaluate(() => ({ ...window.__crossroads!.slide!(), chapter: window.__crossroads!.chapter!(), hash: location.hash }));
/** Presses a key and waits until the map has drawn what it asks for. */
const press = async (page: Page, key: string) => {
  await page.keyboard.press(key);
  await page.evaluate(() => window.__crossroads!.idle());
};
const noisy = (log: PageLog) => log.console.filter((m) => m.type === 'error' || m.type === 'warning');
const offOrigin = (log: PageLog) => log.requests.filter((u) => !u.startsWith(server.origin) && !/^(data|blob):/.test(u));

/** Checks the map shows the chapter's desktop map state (the hook's applied state, then the camera). */
async function expectMapOf(page: Page, index: number) {
  const chapter = CHAPTERS[index]!;
  const state = await page.evaluate(() => window.__crossroads!.mapState!());
  expect(state).toEqual(mapStateFor(chapter, { language: 'en', viewport: 'desktop' }));
  const view = (await page.evaluate(() => window.__crossroads!.view!()))!;
  const cam = chapter.camera.desktop;
  if ('center' in cam) expect(view.center[0]).toBeCloseTo(cam.center[0], 2);
  else {
    expect(view.center[0]).toBeGreaterThan(cam.bounds[0]);
    expect(view.center[0]).toBeLessThan(cam.bounds[2]);
    expect(view.center[1]).toBeGreaterThan(cam.bounds[1]);
    expect(view.center[1]).toBeLessThan(cam.bounds[3]);
  }
}

describe.skipIf(CHAPTERS.length < 3)('the slides with WebGL 2', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('moves slides and the map with arrows, Space, Shift+Space and clicker keys; Home and End; from its own origin, with a clean console', async () => {
    const { page, log } = await open(browser, '/present/', HD, { reducedMotion: 'reduce' });
    expect((await ready(page)).ok).toBe(true);
    expect(await slide(page)).toMatchObject({ index: 0, chapter: ids[0], hash: `#${ids[0]}` });
    await expectMapOf(page, 0);
    const steps: [string, number][] = [
      ['ArrowRight', 1], ['PageDown', 2], ['Space', 3], ['ArrowLeft', 2], ['PageUp', 1], ['Shift+Space', 0], ['ArrowDown', 1], ['ArrowUp', 0],
    ];
    for (const [key, index] of steps) {
      await press(page, key);
      expect(await slide(page), key).toMatchObject({ index, chapter: ids[index], hash: `#${ids[index]}` });
      await expectMapOf(page, index);
      expect(await page.locator('[data-slide]:not([hidden])').getAttribute('id')).toBe(ids[index]);
    }
    await press(page, 'End');
    expect((await slide(page)).index).toBe(ids.length - 1);
    await expectMapOf(page, ids.length - 1);
    await press(page, 'ArrowRight');
    expect((await slide(page)).index, 'stays on the last slide').toBe(ids.length - 1);
    await press(page, 'Home');
    expect((await slide(page)).index).toBe(0);
    await expectMapOf(page, 0);
    expect(await page.evaluate(() => window.__crossroads!.animatedFrames!()), 'reduced motion: no animated frames').toBe(0);
    expect(noisy(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(offOrigin(log)).toEqual([]);
    await page.context().close();
  });

  it('jumps with a number then Enter, ignores out-of-range numbers, and shows what is typed', async () => {
    const { page } = await open(browser, '/present/');
    await ready(page);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    expect(await page.locator('[data-typed]').textContent()).toContain('12');
    await press(page, 'Enter');
    expect((await slide(page)).index).toBe(11);
    await expectMapOf(page, 11);
    await page.keyboard.type('99');
    await press(page, 'Enter');
    expect((await slide(page)).index).toBe(11);
    await page.keyboard.press('3');
    await press(page, 'Enter');
    expect((await slide(page)).index).toBe(2);
    await page.context().close();
  });

  it('opens the help overlay with ? listing every key of the table, and closes it with Esc', async () => {
    const { page } = await open(browser, '/present/');
    await ready(page);
    await page.keyboard.press('?');
    expect((await slide(page)).help).toBe(true);
    const rows = await page.locator('[data-help] [data-help-action]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-help-action')));
    expect(rows).toEqual(KEY_TABLE.map((b) => b.action));
    const text = await page.locator('[data-help]').innerText();
    for (const k of ['→', '←', 'Space', 'Page Down', 'Page Up', 'Home', 'End', 'Enter', 'F', 'B', '.', 'W', 'S', '?', 'Esc']) expect(text).toContain(k);
    await page.screenshot({ path: `${SHOTS}/present-help-1280.png` });
    await page.keyboard.press('Escape');
    expect((await slide(page)).help).toBe(false);
    await page.context().close();
  });

  it('blacks out with B and with ., shows the prompt with W and the button, Esc closes them', async () => {
    const { page } = await open(browser, '/present/#war-2020');
    await ready(page);
    await page.keyboard.press('b');
    expect((await slide(page)).blackout).toBe(true);
    expect(await page.locator('[data-blackout]').isVisible()).toBe(true);
    await page.keyboard.press('.');
    expect((await slide(page)).blackout).toBe(false);
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    expect((await slide(page)).blackout).toBe(false);
    await page.keyboard.press('w');
    const prompt = page.locator('#war-2020 [data-prompt]');
    expect(await prompt.isVisible()).toBe(true);
    expect(await prompt.innerText()).toContain('What changed?');
    await prompt.locator('summary').click();
    expect(await prompt.innerText()).toContain(CHAPTERS.find((c) => c.id === 'war-2020')!.changes.trim().slice(0, 40));
    await page.screenshot({ path: `${SHOTS}/present-prompt-1280.png` });
    await page.keyboard.press('w');
    expect(await prompt.isVisible()).toBe(false);
    await page.click('.deck-controls [data-action="prompt"]');
    expect(await prompt.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await prompt.isVisible()).toBe(false);
    await page.context().close();
  });

  it('stays in the light projector palette when the system asks for dark', async () => {
    const { page } = await open(browser, '/present/', HD, { colorScheme: 'dark' });
    await ready(page);
    const colours = await page.evaluate(() => {
      const caption = document.querySelector<HTMLElement>('[data-slide]:not([hidden]) .slide-caption')!;
      return { paper: getComputedStyle(caption).backgroundColor, ink: getComputedStyle(caption).color };
    });
    expect(colours).toEqual({ paper: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
    await page.context().close();
  });

  it('ignores slide keys while a form field has focus', async () => {
    const { page } = await open(browser, '/present/');
    await ready(page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.append(input);
    });
    await page.focus('#probe');
    for (const key of ['ArrowRight', 'Space', 'PageDown', 'End', 'b', 'w', '?']) await page.keyboard.press(key);
    expect(await slide(page)).toMatchObject({ index: 0, blackout: false, prompt: false, help: false });
    await page.context().close();
  });

  it('opens at a #chapter-id deep link and follows hash changes', async () => {
    const mid = Math.floor(ids.length / 2);
    const { page } = await open(browser, `/present/#${ids[mid]}`);
    await ready(page);
    expect((await slide(page)).index).toBe(mid);
    await expectMapOf(page, mid);
    await page.evaluate((id) => (location.hash = id), ids[2]!);
    await page.waitForFunction((id) => window.__crossroads!.chapter!() === id, ids[2]!);
    await page.evaluate(() => window.__crossroads!.idle());
    await expectMapOf(page, 2);
    await page.context().close();
  });

  it('keeps the speaker view and the slides in sync, both ways', async () => {
    const { page, log } = await open(browser, '/present/#war-2020');
    await ready(page);
    const notes = await page.context().newPage();
    const notesErrors: string[] = [];
    notes.on('console', (m) => (m.type() === 'error' ? notesErrors.push(m.text()) : undefined));
    await notes.goto(`${server.origin}/present/notes/`);
    const war = ids.indexOf('war-2020');
    await notes.waitForFunction((id) => document.getElementById('notes')!.dataset.current === id, 'war-2020');
    expect(await notes.locator('[data-notes]').innerText()).toBe(CHAPTERS[war]!.notes.trim());
    expect(await notes.locator('[data-next-title]').innerText()).toBe(CHAPTERS[war + 1]!.title);
    // The slides drive the notes…
    await press(page, 'ArrowRight');
    await notes.waitForFunction((id) => document.getElementById('notes')!.dataset.current === id, ids[war + 1]!);
    // …and the notes drive the slides, by key and by button.
    await notes.keyboard.press('PageDown');
    await page.waitForFunction((id) => window.__crossroads!.chapter!() === id, ids[war + 2]!);
    await page.evaluate(() => window.__crossroads!.idle());
    await expectMapOf(page, war + 2);
    await notes.click('.notes [data-action="prev"]');
    await page.waitForFunction((id) => window.__crossroads!.chapter!() === id, ids[war + 1]!);
    await notes.keyboard.press('b');
    await page.waitForFunction(() => window.__crossroads!.slide!().blackout);
    await page.keyboard.press('b');
    await notes.waitForFunction(() => document.querySelector<HTMLElement>('[data-status-blackout]')!.hidden);
    // Timer: start, it runs; pause, it stops.
    await notes.click('[data-action="start"]');
    await notes.waitForFunction(() => document.querySelector('[data-timer]')!.textContent !== '0:00', null, { timeout: 5000 });
    await notes.click('[data-action="pause"]');
    expect(await notes.locator('#notes').getAttribute('data-stopwatch')).toBe('paused');
    expect(await notes.locator('[data-timer]').innerText()).not.toBe('0:00');
    expect(await notes.locator('[data-clock]').innerText()).toMatch(/\d{1,2}:\d{2}/);
    await notes.screenshot({ path: `${SHOTS}/present-speaker-1280.png` });
    await notes.setViewportSize(FULL_HD);
    await notes.screenshot({ path: `${SHOTS}/present-speaker-1920.png` });
    expect(notesErrors).toEqual([]);
    expect(noisy(log)).toEqual([]);
    await page.context().close();
  });

  it('opens the speaker view in a new window with S', async () => {
    const { page } = await open(browser, '/present/#blockade');
    await ready(page);
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const notes = await popup;
    await notes.waitForFunction(() => document.getElementById('notes')?.dataset.current === 'blockade');
    expect(notes.url()).toContain('/present/notes/');
    await page.context().close();
  });

  it('moves the slide at once on a key press, and the map within the next frame', async () => {
    const { page } = await open(browser, '/present/', HD, { reducedMotion: 'reduce' });
    await ready(page);
    const times = await page.evaluate(async () => {
      const hook = window.__crossroads!;
      const out: { caption: number; map: number }[] = [];
      for (let i = 0; i < 6; i++) {
        const next = hook.slide!().index + 1;
        const t0 = performance.now();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
        const shown = document.querySelector<HTMLElement>('[data-slide]:not([hidden])')!;
        if (Number(shown.dataset.slide) !== next) throw new Error('the caption did not move');
        const caption = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        if (hook.mapState!()?.chapterId !== hook.chapter!()) throw new Error('the map did not follow within a frame');
        out.push({ caption, map: performance.now() - t0 });
        await hook.idle();
      }
      return out;
    });
    console.log(`key press → caption shown: ${times.map((t) => t.caption.toFixed(1)).join(', ')} ms; → map state applied (next frame): ${times.map((t) => t.map.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...times.map((t) => t.caption))).toBeLessThan(50);
    await page.context().close();
  });

  for (const viewport of [HD, FULL_HD]) {
    it(`screenshots at ${viewport.width}×${viewport.height}: first, middle and last slide, help; the caption is at least 32 px and nothing is clipped`, async () => {
      const { page, log } = await open(browser, '/present/', viewport);
      await ready(page);
      // The map fills the screen beside the caption: never a zero-height box (a stylesheet-order bug once gave one).
      const box = await page.evaluate(() => {
        const map = document.querySelector<HTMLElement>('.deck-map')!.getBoundingClientRect();
        const caption = document.querySelector<HTMLElement>('.slide-caption')!.getBoundingClientRect();
        return { map: map.toJSON() as DOMRect, captionRight: caption.right, captionBottom: caption.bottom };
      });
      const beside = viewport.width > viewport.height;
      expect(box.map.height, 'map height').toBeGreaterThan(viewport.height * (beside ? 0.9 : 0.4));
      expect(box.map.right, 'map right edge').toBeLessThanOrEqual(viewport.width + 1);
      expect(box.map.width + (beside ? box.captionRight : 0), 'map width').toBeGreaterThan(viewport.width * 0.95);
      const mid = Math.floor(ids.length / 2);
      for (const [name, index] of [['first', 0], ['middle', mid], ['last', ids.length - 1]] as const) {
        await page.keyboard.type(String(index + 1));
        await press(page, 'Enter');
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${SHOTS}/present-${name}-${viewport.width}.png` });
      }
      // Every slide: a title of at least 32 px, facts of at least 22 px, and a caption that fits without scrolling.
      for (const [index, id] of ids.entries()) {
        await page.keyboard.type(String(index + 1));
        await page.keyboard.press('Enter');
        const m = await page.evaluate((i) => {
          const section = document.getElementById(i)!;
          const title = section.querySelector<HTMLElement>('.slide-title')!;
          const caption = section.querySelector<HTMLElement>('.slide-caption')!;
          const facts = [...section.querySelectorAll<HTMLElement>('.slide-fact dd')];
          return {
            title: parseFloat(getComputedStyle(title).fontSize),
            facts: Math.min(...facts.map((f) => parseFloat(getComputedStyle(f).fontSize))),
            overflow: caption.scrollHeight - caption.clientHeight,
          };
        }, id);
        expect(m.title, `${id} title`).toBeGreaterThanOrEqual(32);
        expect(m.facts, `${id} facts`).toBeGreaterThanOrEqual(22);
        expect(m.overflow, `${id}: the caption fits`).toBeLessThanOrEqual(0);
      }
      await page.keyboard.press('?');
      await page.screenshot({ path: `${SHOTS}/present-help-${viewport.width}.png` });
      expect(noisy(log)).toEqual([]);
      await page.context().close();
    });
  }
});

describe.skipIf(CHAPTERS.length < 3)('the slides without WebGL and without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(NO_WEBGL_ARGS);
  });
  afterAll(() => browser?.close());

  it('shows each slide’s still map full-size with a note, never a blank slide', async () => {
    const { page } = await open(browser, '/present/');
    const r = await ready(page);
    expect(r.ok).toBe(false);
    for (const key of ['ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    const still = page.locator(`#${ids[2]} .slide-still`);
    expect(await still.isVisible()).toBe(true);
    await page.waitForFunction((id) => document.querySelector<HTMLImageElement>(`#${id} .slide-still img`)!.complete, ids[2]!);
    const box = (await still.boundingBox())!;
    expect(box.width).toBeGreaterThan(HD.width / 2);
    expect(await page.evaluate((id) => document.querySelector<HTMLImageElement>(`#${id} .slide-still img`)!.naturalWidth, ids[2]!)).toBeGreaterThan(0);
    expect(await page.locator(`#${ids[2]} .slide-still-note`).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/present-no-webgl-1280.png` });
    await page.context().close();
  });

  it('without JavaScript lists every slide with its still map', async () => {
    const { page } = await open(browser, '/present/', HD, { javaScriptEnabled: false });
    await page.waitForLoadState('load');
    for (const id of ids) expect(await page.locator(`#${id} .slide-title`).isVisible(), id).toBe(true);
    expect(await page.locator('.slide-still img').count()).toBe(ids.length);
    expect(await page.locator(`#${ids[0]} .slide-still img`).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/present-noscript-1280.png` });
    await page.context().close();
  });
});
