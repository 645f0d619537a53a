// The slides and the speaker view in Chromium. The map is loaded once, where it is what is tested
// (keys move the map, the speaker view drives it, the map box fills the screen); everything else is
// the DOM and runs in the Chromium without WebGL, on one loaded page. Each test starts from the first
// slide with nothing open. Key press → caption timing is measured by `npm run bench`, not here.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_TABLE } from '../../src/presentation/keyboard.ts';
import { mapStateFor } from '../../src/map/map-state.ts';
import { loadChapters } from '../support/chapters.ts';
import { datedSteps } from '../../src/chapters/dated-steps.ts';
import { stepEvents } from '../../src/layers/layer-files.ts';
import {
  connectBrowser,
  mapIdle,
  mapReady,
  noisyConsole,
  offOrigin,
  openPage,
  screenshotOnFailure,
  siteUrl,
  waitForMap,
  waitUntil,
  type PageLog,
} from './support/browser.ts';

const HD = { width: 1280, height: 720 };
const FULL_HD = { width: 1920, height: 1080 };
const CHAPTERS = loadChapters();
const ids = CHAPTERS.map((c) => c.id);
const mid = Math.floor(ids.length / 2);
/** From the middle on, a slide whose two followers have no dated steps (→ moves slide by slide there). */
const plain = CHAPTERS.findIndex((c, i) => i >= mid && i + 2 < CHAPTERS.length && !c.steps && !CHAPTERS[i + 1]!.steps && !CHAPTERS[i + 2]!.steps);
const STEPPED = CHAPTERS.findIndex((c) => c.steps);
const STEP_EVENTS = stepEvents('en');

const slide = (page: Page) => page.evaluate(() => ({ ...window.__crossroads!.slide!(), chapter: window.__crossroads!.chapter!(), hash: location.hash }));
/** Presses a key and waits until the map (if any) has drawn what it asks for. */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await mapIdle(page);
}
/** Back to the first slide, with the help overlay, blackout and prompt closed. */
async function reset(page: Page): Promise<void> {
  // Keys go to the deck, not to a button a previous test left focused (Enter would press it).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  const s = await slide(page);
  if (s.blackout) await page.keyboard.press('b');
  if (s.prompt) await page.keyboard.press('w');
  await press(page, 'Home');
  expect(await slide(page)).toMatchObject({ index: 0, blackout: false, prompt: false, help: false });
}
/** Waits until the deck shows a chapter. */
const untilChapter = (page: Page, id: string) => waitUntil(page, `the deck never showed ${id}`, (i) => window.__crossroads?.chapter?.() === i, id);

/** Checks the map shows the chapter's desktop map state (the hook's applied state, then the camera). */
async function expectMapOf(page: Page, index: number) {
  const chapter = CHAPTERS[index]!;
  expect(await page.evaluate(() => window.__crossroads!.mapState!())).toEqual(mapStateFor(chapter, { language: 'en', viewport: 'desktop' }));
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

describe('the slides with the map', () => {
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    ({ page, log } = await openPage(await connectBrowser('webgl'), '/present/', HD));
    expect((await waitForMap(page)).ok).toBe(true);
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('moves slides and the map with arrows, Space, Shift+Space, clicker keys, Home and End; from its own origin, with a clean console', async () => {
    await reset(page);
    expect(await slide(page)).toMatchObject({ index: 0, chapter: ids[0], hash: `#${ids[0]}` });
    await expectMapOf(page, 0);
    const steps: [string, number][] = [
      ['ArrowRight', 1],
      ['PageDown', 2],
      ['Space', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['Shift+Space', 0],
      ['ArrowDown', 1],
      ['ArrowUp', 0],
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
    await expectMapOf(page, 0);
    expect(await page.evaluate(() => window.__crossroads!.animatedFrames!()), 'reduced motion: no animated frames').toBe(0);
    expect(noisyConsole(log)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(offOrigin(log)).toEqual([]);
  });

  it('walks → through a chapter’s dated steps before the next slide, ← back from its last, saying each step', async () => {
    await reset(page);
    const chapter = CHAPTERS[STEPPED]!;
    const steps = datedSteps(chapter, STEP_EVENTS, 'en');
    await page.keyboard.type(String(STEPPED));
    await press(page, 'Enter');
    const date = () => page.evaluate(() => window.__crossroads!.mapState!()!.date);
    const stepLine = () => page.locator(`#${chapter.id} [data-slide-step]`).innerText();
    // Forward into the slide: its first step, then each in turn, the last being the chapter's own state.
    for (let i = 0; i < steps.length; i++) {
      await press(page, 'ArrowRight');
      expect(await slide(page)).toMatchObject({ index: STEPPED, step: i, chapter: chapter.id });
      expect(await date()).toBe(steps[i]!.date);
      expect(await stepLine()).toBe(`Step ${i + 1} of ${steps.length}: ${steps[i]!.label}`);
      if (i > 0) expect(await page.locator('[data-live]').textContent()).toBe(`Step ${i + 1} of ${steps.length}: ${steps[i]!.label}`);
    }
    await expectMapOf(page, STEPPED);
    await press(page, 'ArrowRight');
    expect((await slide(page)).index).toBe(STEPPED + 1);
    // Back into it: the last step first, then the one before.
    await press(page, 'ArrowLeft');
    expect(await slide(page)).toMatchObject({ index: STEPPED, step: steps.length - 1 });
    await press(page, 'ArrowLeft');
    expect(await slide(page)).toMatchObject({ index: STEPPED, step: steps.length - 2 });
    expect(await date()).toBe(steps[steps.length - 2]!.date);
  });

  it('follows a change of the #chapter address', async () => {
    await reset(page);
    await page.evaluate((id) => (location.hash = id), ids[2]!);
    await untilChapter(page, ids[2]!);
    await mapIdle(page);
    await expectMapOf(page, 2);
  });

  it('keeps the speaker view and the slides in sync, both ways', async () => {
    await reset(page);
    const war = plain;
    expect(war).toBeGreaterThan(0);
    await page.keyboard.type(String(war + 1));
    await press(page, 'Enter');
    const notes = await page.context().newPage();
    const notesErrors: string[] = [];
    notes.on('console', (m) => void (m.type() === 'error' && notesErrors.push(m.text())));
    try {
      await notes.goto(siteUrl('/present/notes/'));
      const current = (id: string) =>
        waitUntil(notes, `the speaker view never showed ${id}`, (i) => document.getElementById('notes')!.dataset.current === i, id);
      await current(ids[war]!);
      expect(await notes.locator('[data-notes]').innerText()).toBe(CHAPTERS[war]!.notes.trim());
      expect(await notes.locator('[data-next-title]').innerText()).toBe(CHAPTERS[war + 1]!.title);
      // The slides drive the notes…
      await press(page, 'ArrowRight');
      await current(ids[war + 1]!);
      // …and the notes drive the slides and their map, by key and by button.
      await notes.keyboard.press('PageDown');
      await untilChapter(page, ids[war + 2]!);
      await mapIdle(page);
      await expectMapOf(page, war + 2);
      await notes.click('.notes [data-action="prev"]');
      await untilChapter(page, ids[war + 1]!);
      await notes.keyboard.press('b');
      await waitUntil(page, 'the speaker view’s B never blacked out the slides', () => window.__crossroads!.slide!().blackout);
      await page.keyboard.press('b');
      await waitUntil(notes, 'the slides’ B never reached the speaker view', () => document.querySelector<HTMLElement>('[data-status-blackout]')!.hidden);
      // The stopwatch: started, it runs; paused, it stops.
      await notes.click('[data-action="start"]');
      await waitUntil(notes, 'the stopwatch never ran', () => document.querySelector('[data-timer]')!.textContent !== '0:00');
      await notes.click('[data-action="pause"]');
      expect(await notes.locator('#notes').getAttribute('data-stopwatch')).toBe('paused');
      expect(await notes.locator('[data-timer]').innerText()).not.toBe('0:00');
      expect(await notes.locator('[data-clock]').innerText()).toMatch(/\d{1,2}:\d{2}/);
      expect(notesErrors).toEqual([]);
    } finally {
      await notes.close();
    }
  });

  it('fills the screen with the map beside the caption, at 1280×720 and 1920×1080', async () => {
    await reset(page);
    try {
      for (const viewport of [HD, FULL_HD]) {
        await page.setViewportSize(viewport);
        await mapIdle(page);
        // Never a zero-height map box (a stylesheet-order bug once gave one).
        const box = await page.evaluate(() => {
          const map = document.querySelector<HTMLElement>('.deck-map')!.getBoundingClientRect();
          const caption = document.querySelector<HTMLElement>('.slide-caption')!.getBoundingClientRect();
          const controls = document.querySelector<HTMLElement>('.deck-controls')!.getBoundingClientRect();
          return { map: map.toJSON() as DOMRect, captionRight: caption.right, controlsTop: controls.top };
        });
        // From the top of the screen down to the controls' row, which runs under caption and map alike.
        expect(box.map.height, 'map height').toBeGreaterThan(viewport.height * 0.85);
        expect(Math.abs(box.map.bottom - box.controlsTop), 'map bottom at the controls').toBeLessThanOrEqual(1);
        expect(box.map.right, 'map right edge').toBeLessThanOrEqual(viewport.width + 1);
        expect(box.map.width + box.captionRight, 'map width').toBeGreaterThan(viewport.width * 0.95);
      }
    } finally {
      await page.setViewportSize(HD);
    }
  });
});

/**
 * Goes through every slide at a viewport and checks it reads from the back of a room: a title of at
 * least 32 px, facts of at least 22 px, a caption that needs no scrolling, and the controls in one row.
 */
async function expectCaptionsFit(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await reset(page);
  await page.setViewportSize(viewport);
  try {
    for (const [index, id] of ids.entries()) {
      await page.keyboard.type(String(index + 1));
      await page.keyboard.press('Enter');
      await untilChapter(page, id);
      // The column is fitted in the frame after a resize.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const m = await page.evaluate((i) => {
        const section = document.getElementById(i)!;
        const caption = section.querySelector<HTMLElement>('.slide-caption')!;
        const facts = [...section.querySelectorAll<HTMLElement>('.slide-fact dd')];
        // One row: every control's middle lies within the first one's height.
        const boxes = [...document.querySelectorAll<HTMLElement>('.deck-controls > :not([hidden])')].map((b) => b.getBoundingClientRect());
        const middle = (b: DOMRect) => (b.top + b.bottom) / 2;
        const rows = 1 + boxes.filter((b) => Math.abs(middle(b) - middle(boxes[0]!)) > boxes[0]!.height / 2).length;
        return {
          title: parseFloat(getComputedStyle(section.querySelector<HTMLElement>('.slide-title')!).fontSize),
          facts: Math.min(...facts.map((f) => parseFloat(getComputedStyle(f).fontSize))),
          overflow: caption.scrollHeight - caption.clientHeight,
          controlRows: rows,
        };
      }, id);
      expect(m.title, `${id} title`).toBeGreaterThanOrEqual(32);
      expect(m.facts, `${id} facts`).toBeGreaterThanOrEqual(22);
      expect(m.overflow, `${id}: the caption fits`).toBeLessThanOrEqual(0);
      expect(m.controlRows, `${id}: the controls are one row`).toBe(1);
    }
  } finally {
    await page.setViewportSize(HD);
  }
}

describe('the slides, keys and layout (no map needed)', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(await connectBrowser('no-webgl'), '/present/', HD));
    expect(await mapReady(page)).toMatchObject({ ok: false });
  });
  afterAll(() => page?.context().close());
  screenshotOnFailure(() => page);

  it('jumps with a number then Enter, ignores out-of-range numbers, and shows what is typed', async () => {
    await reset(page);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    expect(await page.locator('[data-typed]').textContent()).toContain('12');
    await press(page, 'Enter');
    expect((await slide(page)).index).toBe(11);
    await page.keyboard.type('99');
    await press(page, 'Enter');
    expect((await slide(page)).index).toBe(11);
    await page.keyboard.press('3');
    await press(page, 'Enter');
    expect((await slide(page)).index).toBe(2);
  });

  it('opens the help overlay with ? listing every key of the table, and closes it with Esc', async () => {
    await reset(page);
    await page.keyboard.press('?');
    expect((await slide(page)).help).toBe(true);
    const rows = await page.locator('[data-help] [data-help-action]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-help-action')));
    expect(rows).toEqual(KEY_TABLE.map((b) => b.action));
    const text = await page.locator('[data-help]').innerText();
    for (const k of ['→', '←', 'Space', 'Page Down', 'Page Up', 'Home', 'End', 'Enter', 'F', 'B', '.', 'W', 'S', '?', 'Esc']) expect(text).toContain(k);
    await page.keyboard.press('Escape');
    expect((await slide(page)).help).toBe(false);
  });

  it('blacks out with B and with ., shows the prompt with W and the button, Esc closes them', async () => {
    await reset(page);
    const c = CHAPTERS[mid]!;
    await page.keyboard.type(String(mid + 1));
    await press(page, 'Enter');
    await page.keyboard.press('b');
    expect((await slide(page)).blackout).toBe(true);
    expect(await page.locator('[data-blackout]').isVisible()).toBe(true);
    await page.keyboard.press('.');
    expect((await slide(page)).blackout).toBe(false);
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    expect((await slide(page)).blackout).toBe(false);
    await page.keyboard.press('w');
    const prompt = page.locator(`#${c.id} [data-prompt]`);
    expect(await prompt.isVisible()).toBe(true);
    expect(await prompt.innerText()).toContain('What changed?');
    await prompt.locator('summary').click();
    expect(await prompt.innerText()).toContain(c.changes.trim().slice(0, 40));
    await page.keyboard.press('w');
    expect(await prompt.isVisible()).toBe(false);
    await page.click('.deck-controls [data-action="prompt"]');
    expect(await prompt.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await prompt.isVisible()).toBe(false);
  });

  it('ignores slide keys while a form field has focus', async () => {
    await reset(page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      input.setAttribute('aria-label', 'probe');
      document.body.append(input);
    });
    try {
      await page.focus('#probe');
      for (const key of ['ArrowRight', 'Space', 'PageDown', 'End', 'b', 'w', '?']) await page.keyboard.press(key);
      expect(await slide(page)).toMatchObject({ index: 0, blackout: false, prompt: false, help: false });
    } finally {
      await page.evaluate(() => document.getElementById('probe')!.remove());
    }
  });

  it('opens the current slide’s glossary terms from the controls; the next slide has its own', async () => {
    await reset(page);
    const index = CHAPTERS.findIndex((c, i) => c.terms.length > 0 && (CHAPTERS[i + 1]?.terms.length ?? 0) > 0);
    const [here, next] = [CHAPTERS[index]!, CHAPTERS[index + 1]!];
    await page.keyboard.type(String(index + 1));
    await press(page, 'Enter');
    const button = page.locator('[data-terms-button]');
    await button.click();
    const panel = page.locator(`#terms-${here.id}`);
    expect(await panel.isVisible()).toBe(true);
    await panel.locator('.term-button').first().click();
    const definition = page.locator('.term-popover:popover-open');
    await expect.poll(() => definition.count()).toBe(1);
    expect((await definition.textContent())!.length).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('[data-action="next"]').click();
    await expect.poll(() => button.getAttribute('popovertarget')).toBe(`terms-${next.id}`);
    expect(await panel.isVisible()).toBe(false);
  });

  it('stays in the light projector palette when the system asks for dark', async () => {
    await reset(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      const colours = await page.evaluate(() => {
        const caption = document.querySelector<HTMLElement>('[data-slide]:not([hidden]) .slide-caption')!;
        return { paper: getComputedStyle(caption).backgroundColor, ink: getComputedStyle(caption).color };
      });
      expect(colours).toEqual({ paper: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  for (const viewport of [HD, FULL_HD])
    it(`gives every slide a title of at least 32 px and facts of at least 22 px, a caption that fits and one row of controls, at ${viewport.width}×${viewport.height}`, () =>
      expectCaptionsFit(page, viewport));

  it('shows each slide’s still map full-size with a note instead of a blank slide', async () => {
    await reset(page);
    await press(page, 'ArrowRight');
    await press(page, 'ArrowRight');
    const still = page.locator(`#${ids[2]} .slide-still`);
    expect(await still.isVisible()).toBe(true);
    await waitUntil(page, 'the still map never loaded', (id) => document.querySelector<HTMLImageElement>(`#${id} .slide-still img`)!.complete, ids[2]!);
    expect((await still.boundingBox())!.width).toBeGreaterThan(HD.width / 2);
    expect(await page.evaluate((id) => document.querySelector<HTMLImageElement>(`#${id} .slide-still img`)!.naturalWidth, ids[2]!)).toBeGreaterThan(0);
    expect(await page.locator(`#${ids[2]} .slide-still-note`).isVisible()).toBe(true);
  });

  it('opens the speaker view in a new window with S, on the current slide', async () => {
    await reset(page);
    await press(page, 'ArrowRight');
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const notes = await popup;
    try {
      await waitUntil(notes, 'the speaker view never showed the current slide', (id) => document.getElementById('notes')?.dataset.current === id, ids[1]!);
      expect(notes.url()).toContain('/present/notes/');
    } finally {
      await notes.close();
    }
  });
});

for (const lang of ['hy', 'az', 'ru'] as const)
  describe(`the slides in ${lang} (no map needed)`, () => {
    // Armenian and Russian run about a third longer than English: the caption column widens for them.
    let page: Page;
    beforeAll(async () => {
      ({ page } = await openPage(await connectBrowser('no-webgl'), `/${lang}/present/`, HD));
      expect(await mapReady(page)).toMatchObject({ ok: false });
    });
    afterAll(() => page?.context().close());
    screenshotOnFailure(() => page);

    for (const viewport of [HD, FULL_HD])
      it(`fits every caption, with one row of controls, at ${viewport.width}×${viewport.height}`, () => expectCaptionsFit(page, viewport));
  });

describe('a link to one slide', () => {
  it('opens the deck at that slide', async () => {
    const { page } = await openPage(await connectBrowser('no-webgl'), `/present/#${ids[mid]}`, HD);
    try {
      await mapReady(page);
      expect((await slide(page)).index).toBe(mid);
    } finally {
      await page.context().close();
    }
  });
});

describe('the slides without JavaScript', () => {
  it('lists every slide with its still map', async () => {
    const { page } = await openPage(await connectBrowser('no-webgl'), '/present/', HD, { javaScriptEnabled: false });
    try {
      for (const id of ids) expect(await page.locator(`#${id} .slide-title`).isVisible(), id).toBe(true);
      expect(await page.locator('.slide-still img').count()).toBe(ids.length);
      expect(await page.locator(`#${ids[0]} .slide-still img`).isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
