// The scroll story in Chromium. One loaded page per describe: each test puts the page into a known
// state first (scroll position, reduced motion) and waits on the documented hook (window.__crossroads).
// The map is loaded only where the map is what is tested; the degraded modes (no WebGL, no
// JavaScript) and the address handling run in the Chromium without WebGL.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/schemas/chapter.ts';
import { mapStateFor, type MapState } from '../../src/map/map-state.ts';
import { loadChapters } from '../support/chapters.ts';
import { datedSteps } from '../../src/chapters/dated-steps.ts';
import { stepEvents } from '../../src/layers/layer-files.ts';
import {
  bringChapterToTop,
  connectBrowser,
  mapIdle,
  mapReady,
  noisyConsole,
  offOrigin,
  openPage,
  screenshotOnFailure,
  waitForMap,
  waitUntil,
  type PageLog,
} from './support/browser.ts';

// A laptop screen: the desktop layout (the map beside the text from 900 px), at half the pixels SwiftShader would draw at 1440×900.
const DESKTOP = { width: 1024, height: 640 };
const PHONE = { width: 390, height: 844 };
const CHAPTERS = loadChapters();
const expected = (c: Chapter, viewport: 'desktop' | 'phone'): MapState => mapStateFor(c, { language: 'en', viewport });
const middle = CHAPTERS[Math.floor(CHAPTERS.length / 2)]!;
const last = CHAPTERS[CHAPTERS.length - 1]!;
const STEP_EVENTS = stepEvents('en');

/** The chapter, map state and address the story shows now. */
const applied = (page: Page) =>
  page.evaluate(() => ({ chapter: window.__crossroads!.chapter!(), state: window.__crossroads!.mapState!(), hash: location.hash }));
/** Scrolls a chapter to the top at once and waits until the map has drawn it. */
async function scrollToChapter(page: Page, id: string): Promise<void> {
  await bringChapterToTop(page, id);
  await mapIdle(page);
}
/**
 * Scrolls a chapter to the top at once and waits until the map has applied its state (the camera has
 * jumped, the layers are switched), without waiting for SwiftShader to finish drawing it: the
 * scroll-through checks what each chapter asks of the map, and one drawing at the end checks it all arrived.
 */
async function scrollToChapterState(page: Page, c: Chapter): Promise<void> {
  await bringChapterToTop(page, c.id);
  await waitUntil(
    page,
    `the map never applied the state of ${c.id}, or the address never followed`,
    ([id, state]) => window.__crossroads!.chapter!() === id && JSON.stringify(window.__crossroads!.mapState!()) === state && location.hash === `#${id}`,
    [c.id, JSON.stringify(expected(c, 'desktop'))] as const,
  );
}
/** Back to the top of the story, the first chapter drawn. */
async function scrollToTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await mapIdle(page);
}
const frames = (page: Page) => page.evaluate(() => window.__crossroads!.animatedFrames!());

/** Checks the camera landed where the state asks (the hook's view, not MapLibre internals). */
async function expectCameraOf(page: Page, state: MapState) {
  const view = (await page.evaluate(() => window.__crossroads!.view!()))!;
  if ('center' in state.camera) {
    expect(view.center[0]).toBeCloseTo(state.camera.center[0], 3);
    expect(view.center[1]).toBeCloseTo(state.camera.center[1], 3);
    expect(view.zoom).toBeCloseTo(state.camera.zoom, 3);
  } else {
    const [w, s, e, n] = state.camera.bounds;
    expect(view.center[0]).toBeGreaterThan(w);
    expect(view.center[0]).toBeLessThan(e);
    expect(view.center[1]).toBeGreaterThan(s);
    expect(view.center[1]).toBeLessThan(n);
  }
}

/**
 * The story bar's height as its CSS reserves it (--bar-h without the value the script measures and
 * sets), beside the bar's real height; and the timeline's reserved box beside the height it was drawn
 * at, with the lowest and highest marker edges. Equal heights mean the page moves nowhere when the
 * script mounts and draws the timeline after the first paint.
 */
async function barReserve(page: Page) {
  await waitUntil(page, 'the timeline was never drawn', () => document.querySelectorAll('svg.timeline circle').length > 0);
  return page.evaluate(() => {
    const root = document.getElementById('story')!;
    const bar = root.querySelector<HTMLElement>('[data-story-bar]')!;
    const svg = bar.querySelector<SVGSVGElement>('svg.timeline')!;
    const measured = root.style.getPropertyValue('--bar-h');
    root.style.removeProperty('--bar-h');
    const probe = document.createElement('div');
    probe.style.height = 'var(--bar-h)';
    root.append(probe);
    const reserved = probe.getBoundingClientRect().height;
    probe.remove();
    root.style.setProperty('--bar-h', measured);
    const circles = [...svg.querySelectorAll('circle')].map((c) => [c.cy.baseVal.value - c.r.baseVal.value, c.cy.baseVal.value + c.r.baseVal.value]);
    return {
      reserved: Math.round(reserved),
      bar: Math.round(bar.getBoundingClientRect().height),
      timelineBox: Math.round(svg.getBoundingClientRect().height),
      timelineDrawn: Math.round(svg.viewBox.baseVal.height),
      markersWithin: circles.every(([top, bottom]) => top! >= 0 && bottom! <= svg.viewBox.baseVal.height),
    };
  });
}

describe('the story on a desktop, with the map', () => {
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    ({ page, log } = await openPage(await connectBrowser('webgl'), '/', DESKTOP));
    expect(await waitForMap(page)).toEqual({ ok: true });
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('opens at the top, the title in view, on the first chapter’s state, with nothing announced yet', async () => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('.story-intro h1').isVisible()).toBe(true);
    expect((await applied(page)).state).toEqual(expected(CHAPTERS[0]!, 'desktop'));
    expect((await page.locator('[data-map-changes]').textContent())?.trim()).toBe('');
    expect(await page.locator('[data-map-changes]').getAttribute('aria-live')).toBe('polite');
  });

  it('keeps the bar at the height its CSS reserves: mounting the story and drawing the timeline move nothing', async () => {
    const r = await barReserve(page);
    expect(r.bar).toBe(r.reserved);
    expect(r.timelineDrawn).toBe(r.timelineBox);
    expect(r.markersWithin).toBe(true);
  });

  it('applies each chapter’s map state while scrolling through (reduced motion: no animated frame), without new history entries', async () => {
    await scrollToTop(page);
    const historyLength = await page.evaluate(() => history.length);
    const framesBefore = await frames(page);
    for (const c of CHAPTERS) {
      await scrollToChapterState(page, c);
      const now = await applied(page);
      expect(now.chapter, c.id).toBe(c.id);
      expect(now.state, c.id).toEqual(expected(c, 'desktop'));
      expect(now.hash).toBe(`#${c.id}`);
      await expectCameraOf(page, now.state!);
      // The contents mark the current chapter; the legend shows the chapter's layers only.
      expect(await page.locator(`[data-toc-link="${c.id}"]`).getAttribute('aria-current')).toBe('step');
      const legend = await page.$$eval('[data-legend-layer]:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.legendLayer));
      expect(legend.length).toBeGreaterThan(0);
      expect(legend.filter((l) => !now.state!.layers.includes(l as never))).toEqual([]);
      // Screen readers hear what the map changed to.
      if (c !== CHAPTERS[0]) expect((await page.locator('[data-map-changes]').textContent())?.trim()).toBe(c.changes.trim());
    }
    // The last chapter drawn in full: every request of the way has been answered.
    await mapIdle(page);
    expect(await frames(page), 'animated camera frames under reduced motion').toBe(framesBefore);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(offOrigin(log)).toEqual([]);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(noisyConsole(log)).toEqual([]);
  });

  it('eases the camera from a chapter to its neighbour when motion is allowed', async () => {
    await scrollToChapter(page, CHAPTERS[1]!.id);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const before = await frames(page);
      await scrollToChapter(page, CHAPTERS[2]!.id);
      expect((await applied(page)).state).toEqual(expected(CHAPTERS[2]!, 'desktop'));
      expect(await frames(page), 'animated camera frames').toBeGreaterThan(before);
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('moves a chapter’s map through its dated steps as the reader scrolls, holds a pressed step, and shows the final step under reduced motion', async () => {
    const c = CHAPTERS.find((ch) => ch.steps)!;
    const steps = datedSteps(c, STEP_EVENTS, 'en');
    const date = () => page.evaluate(() => window.__crossroads!.mapState!()!.date);
    const waitForDate = (want: string, why: string) =>
      waitUntil(page, why, (d) => window.__crossroads!.mapState!()?.date === d, want).then(() => mapIdle(page));
    const pressed = () => page.$$eval(`#${c.id} [data-step]`, (bs) => bs.map((b) => b.getAttribute('aria-pressed')));

    // Reduced motion: the chapter's own state, the last step pressed, the strip shown.
    await scrollToChapter(page, c.id);
    expect(await date()).toBe(c.date);
    expect(await page.locator(`#${c.id} [data-chapter-steps]`).isVisible()).toBe(true);
    expect(await pressed()).toEqual(steps.map((_, i) => String(i === steps.length - 1)));

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    try {
      // At the chapter's top the map shows the first step; scrolling on through it reaches the last.
      await bringChapterToTop(page, c.id);
      await waitForDate(steps[0]!.date, 'the map never showed the first step at the chapter’s top');
      expect(await pressed()).toEqual(steps.map((_, i) => String(i === 0)));
      expect(await page.locator('[data-map-changes]').textContent()).toContain(steps[0]!.label);
      await page.evaluate((id) => window.scrollBy(0, document.getElementById(id)!.getBoundingClientRect().height * 0.75), c.id);
      await waitForDate(c.date, 'scrolling through the chapter never reached its last step');
      expect((await applied(page)).chapter).toBe(c.id);

      // A press holds its step: the camera stays, and scrolling inside the chapter leaves the step alone.
      const view = await page.evaluate(() => window.__crossroads!.view!());
      await page.locator(`#${c.id} [data-step="1"]`).click();
      await waitForDate(steps[1]!.date, 'a press on the second step did not show it');
      expect(await pressed()).toEqual(steps.map((_, i) => String(i === 1)));
      expect(await page.evaluate(() => window.__crossroads!.view!())).toEqual(view);
      await page.evaluate(() => window.scrollBy(0, -40));
      await mapIdle(page);
      expect(await date()).toBe(steps[1]!.date);
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('ends on the right state after a fast fling to the bottom and back', async () => {
    await scrollToTop(page);
    const target = CHAPTERS[1]!;
    await page.evaluate(async (id) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (const y of [2000, 6000, 12000, document.documentElement.scrollHeight]) {
        window.scrollTo(0, y);
        await frame();
      }
      document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' });
    }, target.id);
    await mapIdle(page);
    const now = await applied(page);
    expect(now.chapter).toBe(target.id);
    expect(now.state).toEqual(expected(target, 'desktop'));
    await expectCameraOf(page, now.state!);
  });

  it('jumps by the contents and by the timeline (keyboard), without adding history entries', async () => {
    await scrollToTop(page);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('[data-toc] > summary').click();
    await page.locator(`[data-toc-link="${last.id}"]`).click();
    await mapIdle(page);
    let now = await applied(page);
    expect(now.chapter).toBe(last.id);
    expect(now.state).toEqual(expected(last, 'desktop'));
    expect(now.hash).toBe(`#${last.id}`);
    await page.locator(`.timeline-period[data-chapter="${middle.id}"]`).focus();
    await page.keyboard.press('Enter');
    await mapIdle(page);
    now = await applied(page);
    expect(now.chapter).toBe(middle.id);
    expect(now.state).toEqual(expected(middle, 'desktop'));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('lets the reader explore, then restores the chapter with “Back to the story”', async () => {
    await scrollToChapter(page, middle.id);
    const before = (await page.evaluate(() => window.__crossroads!.view!()))!;
    await page.getByRole('button', { name: 'Explore the map' }).click();
    expect(await page.evaluate(() => window.__crossroads!.exploring!())).toBe(true);
    // The map has keyboard focus in explore mode: zoom in with the keyboard.
    await page.keyboard.press('Equal');
    await page.keyboard.press('Equal');
    await mapIdle(page);
    expect((await page.evaluate(() => window.__crossroads!.view!()))!.zoom).toBeGreaterThan(before.zoom + 0.5);
    await page.getByRole('button', { name: 'Back to the story' }).click();
    await mapIdle(page);
    expect(await page.evaluate(() => window.__crossroads!.exploring!())).toBe(false);
    const after = (await page.evaluate(() => window.__crossroads!.view!()))!;
    expect(after.zoom).toBeCloseTo(before.zoom, 3);
    expect(after.center[0]).toBeCloseTo(before.center[0], 3);
  });

  it('opens the details of a marked feature, read from the loaded GeoJSON, with linked sources', async () => {
    const chapter = CHAPTERS.find((c) => c.highlight.length > 0)!;
    await scrollToChapter(page, chapter.id);
    const button = page.locator(`#${chapter.id} [data-feature]`).first();
    const name = (await button.textContent())!.trim();
    await button.click();
    const dialog = page.locator('[data-feature-dialog]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('[data-f-name]').textContent()).toBe(name);
    expect((await dialog.locator('[data-f-accuracy]').textContent())!.length).toBeGreaterThan(1);
    expect(await dialog.locator('[data-f-sources] li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
  });
});

describe('a link to a #chapter', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(await connectBrowser('webgl'), `/#${middle.id}`, DESKTOP));
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('lands on that chapter’s state and camera', async () => {
    expect(await waitForMap(page)).toEqual({ ok: true });
    const now = await applied(page);
    expect(now.chapter).toBe(middle.id);
    expect(now.state).toEqual(expected(middle, 'desktop'));
    await expectCameraOf(page, now.state!);
  });
});

describe('the story on a phone (390×844)', () => {
  /** Far down the story, where the chapters above it are laid out at an estimated height. */
  const landing = CHAPTERS[CHAPTERS.length - 4]!;
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    ({ page, log } = await openPage(await connectBrowser('webgl'), `/#${landing.id}`, PHONE));
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('lands a #chapter link on that chapter, frames each chapter with its phone camera, with no sideways overflow and a clean console', async () => {
    expect(await waitForMap(page)).toEqual({ ok: true });
    // Chapters far from the screen start at an estimated height: the landing must hold while they settle.
    const landed = await applied(page);
    expect(landed.chapter, 'the chapter a phone lands on from its #link').toBe(landing.id);
    expect(landed.state).toEqual(expected(landing, 'phone'));
    for (const c of [CHAPTERS[0]!, middle, last]) {
      await scrollToChapter(page, c.id);
      const now = await applied(page);
      expect(now.chapter).toBe(c.id);
      expect(now.state).toEqual(expected(c, 'phone'));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(offOrigin(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(noisyConsole(log)).toEqual([]);
  });

  it('keeps the bar at the height its CSS reserves: on a phone too', async () => {
    const r = await barReserve(page);
    expect(r.bar).toBe(r.reserved);
    expect(r.timelineDrawn).toBe(r.timelineBox);
    expect(r.markersWithin).toBe(true);
  });
});

describe('the story without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser('no-webgl');
  });

  it('shows every chapter’s still map and says why the interactive map could not start', async () => {
    const { page, log } = await openPage(browser, '/', PHONE);
    try {
      expect(await mapReady(page)).toEqual({ ok: false, reason: 'no-webgl' });
      const note = page.locator('[data-map-failed]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toMatch(/could not start.*WebGL 2/s);
      for (const c of CHAPTERS) {
        const img = page.locator(`section#${c.id} .chapter-static img`);
        await img.scrollIntoViewIfNeeded();
        expect(await img.isVisible(), c.id).toBe(true);
      }
      expect(log.pageErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('answers an unknown #hash with a notice and starts at the top, on the first chapter', async () => {
    const { page } = await openPage(browser, '/#no-such-chapter', DESKTOP);
    try {
      await mapReady(page);
      expect(await page.locator('[data-hash-notice]').isVisible()).toBe(true);
      expect(await page.locator('[data-hash-notice]').textContent()).toMatch(/no-such-chapter/);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => window.__crossroads!.chapter!())).toBe(CHAPTERS[0]!.id);
      expect(await page.evaluate(() => location.hash)).toBe('');
    } finally {
      await page.context().close();
    }
  });

  it('comes back to the same chapter after a reload mid-story', async () => {
    const c = CHAPTERS[3]!;
    const { page } = await openPage(browser, '/', DESKTOP);
    try {
      await mapReady(page);
      await bringChapterToTop(page, c.id);
      await waitUntil(
        page,
        `the story never made ${c.id} the active chapter in the page and the address`,
        (id) => window.__crossroads?.chapter?.() === id && location.hash === `#${id}`,
        c.id,
      );
      await page.reload();
      await mapReady(page);
      await mapIdle(page);
      expect(await page.evaluate(() => window.__crossroads!.chapter!())).toBe(c.id);
      expect(await page.evaluate(() => location.hash)).toBe(`#${c.id}`);
    } finally {
      await page.context().close();
    }
  });
});

describe('the story without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(await connectBrowser('no-webgl'), '/', DESKTOP, { javaScriptEnabled: false }));
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('shows every chapter’s title, text and a still map', async () => {
    for (const c of CHAPTERS) {
      const section = page.locator(`section#${c.id}`);
      const heading = section.locator(`h2#${c.id}-title`);
      expect(await heading.isVisible(), c.id).toBe(true);
      expect(await heading.textContent()).toBe(c.title);
      expect((await section.locator('.chapter-body').textContent())!.trim().length, c.id).toBeGreaterThan(200);
      const img = section.locator('.chapter-static img');
      await img.scrollIntoViewIfNeeded();
      expect(await img.isVisible(), c.id).toBe(true);
      await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete), { message: `the still map of ${c.id} never loaded` }).toBe(true);
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth), c.id).toBeGreaterThan(0);
    }
  });
});
