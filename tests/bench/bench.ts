// `npm run bench` (builds first) or `node tests/bench/bench.ts [--runs N] [--no-lighthouse]`: the
// reader's first minute, measured as ratios to floors built in the same run (floors.ts), never as
// bare times: this machine's SwiftShader sets the times, the ratios say what the site adds.
//
// Served as a production host serves it (gzip, immutable hashed files; the service worker blocked so
// its background work does not blur the page's), in Debian's Chromium with WebGL 2 by SwiftShader,
// at 1024×640. Each figure is the median of N runs (default 3, or BENCH_RUNS): after one warm-up load
// of every page, the pages are loaded in turn N times, so a page and its floor meet the same machine.
//
//  - First contentful paint (PerformanceObserver 'paint'), in a series of its own: the story against the
//    text floor (its own HTML and CSS with every script removed), 25 pairs (BENCH_PAINT_RUNS), each
//    load stopped at its first paint. The ratio is the median of the pairs' ratios (story ÷ the text
//    floor loaded just before it), beside their interquartile range. Goal ≤ 1.1×. The loads share one
//    tab, so the page does not pay for a new renderer process: started fresh, that start varied
//    from 300 to 800 ms between loads of the same page and hid what the page adds. The browser's caches
//    are off (each load fetches every file, as a first visit does) and so is V8's compilation cache
//    (each load compiles the scripts again, as a first visit does).
//    measurePaint below.
//  - Long tasks before the first paint ('longtask' entries that start before FCP). Goal: none, or
//    no more than the text floor's (parsing the HTML itself can take one).
//  - The page's menus while the map loads: from the first paint until the map is idle, the contents
//    menu, a language link and the naming menu are used in turn, by real input events (the link's
//    navigation is prevented), and Event Timing reports each interaction's duration (input delay,
//    handlers and the next paint). Goal: the worst under 100 ms; beside it the map floor's longest
//    frame while its map starts (no next paint comes sooner). Then the worst input delay against the
//    map floor's longest task: the bound set by MapLibre's own start.
//  - First map idle (window.__crossroads ready and idle, ms since navigation) against the map floor:
//    the same MapLibre build, fonts and style code showing only the first view. Goal ≤ 1.5×.
//  - Total blocking time until map idle (the sum over long tasks after FCP of their time over 50 ms)
//    against the map floor's. Goal ≤ 1.5×.
//  - Chapter transitions (story): requestAnimationFrame intervals while the map eases from each
//    chapter to the next, as the reader scrolls with the wheel; the map floor makes the same camera
//    moves. p50 goal ≤ 1.5× the floor's; p95 goal ≤ 100 ms.
//  - Key press → slide caption (slides): milliseconds from a keydown to the new caption in the DOM,
//    and to the slide's map state applied (the next frame).
//  - Lighthouse 12 (mobile preset, simulated throttling) on the story and the embed, in the same
//    Chromium with SwiftShader: the four category scores and total blocking time, each beside the
//    same audit of its map floor. Goal: Performance ≥ 90, the others 100.
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DIST_PATH } from '../support/dist-dir.ts';
import { chapterIds } from '../support/chapters.ts';
import { launchChromium, WEBGL_ARGS } from '../e2e/support/chromium.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildFloors, FLOOR_PREFIX, mapBoxQuery } from './floors.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';

const VIEWPORT = { width: 1024, height: 640 };
const runsArg = process.argv.indexOf('--runs');
const RUNS = Number(runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? 3));
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
const EMBED = `/embed/${chapterIds()[0]}/`;
const TRANSITIONS = 6;
/** Pairs of loads (story, text floor) of the first-paint series: BENCH_PAINT_RUNS (default 25), never fewer than RUNS. */
const PAINT_RUNS = Math.max(RUNS, Number(process.env.BENCH_PAINT_RUNS ?? 25));

/** Installed before any page script: paint, long tasks, event timing and a rAF interval recorder. */
const PROBE = `(() => {
  const b = (window.__bench = { fcp: NaN, longtasks: [], events: [], frames: [], allFrames: [], recording: false, last: 0, prev: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) b.events.push([e.name, e.duration, e.startTime, e.processingStart - e.startTime, e.processingEnd - e.processingStart]); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const tick = (t) => { if (b.recording && b.last) b.frames.push(t - b.last); b.last = b.recording ? t : 0; if (b.prev) b.allFrames.push([t, t - b.prev]); b.prev = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

interface Probe {
  fcp: number;
  longtasks: [number, number][];
  /** Event Timing entries: name, duration, start, input delay, handler time. */
  events: [string, number, number, number, number][];
  frames: number[];
  /** Every frame from the start: [its time, the interval since the last one]. */
  allFrames: [number, number][];
  recording: boolean;
  last: number;
  prev: number;
}
declare global {
  interface Window {
    __bench: Probe;
  }
}

/** One load of one page. */
interface Run {
  fcp: number;
  mapIdle: number;
  tbt: number;
  /** Interaction durations while the map loaded (ms): input to next paint, and the input delay (the main thread busy). */
  interactions: number[];
  inputDelays: number[];
  /** The longest task from first paint to map idle (ms). */
  longestTask: number;
  /** The longest interval between two frames from first paint to map idle (ms): no input's next paint can come sooner. */
  longestFrame: number;
  frames: number[];
  keyToCaption: number[];
  keyToMap: number[];
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const blocking = (tasks: [number, number][], from: number, to: number) =>
  tasks.filter(([start]) => start >= from && start < to).reduce((n, [, d]) => n + Math.max(0, d - 50), 0);

/** Uses the story's menus by real input, one after another, until `done()`; the link's navigation is prevented. */
async function useMenus(page: Page, done: () => boolean): Promise<void> {
  await page.evaluate(() => {
    for (const a of document.querySelectorAll('a[data-language-link]')) a.addEventListener('click', (e) => e.preventDefault());
  });
  // The contents panel in the bar holds the language links and the naming choice: open it, use both, close it.
  const contents = page.locator('[data-toc] > summary');
  const naming = page.locator('[data-toc] select[data-naming-control]');
  const link = page.locator('[data-toc] .language-switcher a[hreflang="ru"]');
  while (!done()) {
    await contents.click({ noWaitAfter: true });
    if (done()) break;
    await naming.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    if (done()) break;
    await link.click({ noWaitAfter: true });
    await contents.click({ noWaitAfter: true });
  }
}

/** Loads a page (a site page with window.__crossroads, or a map floor with window.__floor) and measures it. */
async function load(browser: Browser, url: string, kind: 'story' | 'story-menus' | 'embed' | 'slides' | 'floor', moves = false): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const run: Run = {
    fcp: NaN,
    mapIdle: NaN,
    tbt: NaN,
    interactions: [],
    inputDelays: [],
    longestTask: NaN,
    longestFrame: NaN,
    frames: [],
    keyToCaption: [],
    keyToMap: [],
  };
  try {
    await page.goto(url, { waitUntil: 'commit' });
    let idle = false;
    const idleAt = page.evaluate(async (floor) => {
      // Module scripts have run when DOMContentLoaded has fired: the hooks exist from then on.
      const fired = () => ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0) > 0;
      if (!fired()) await new Promise((r) => document.addEventListener('DOMContentLoaded', () => setTimeout(r), { once: true }));
      if (floor) {
        await window.__floor!.ready;
        await window.__floor!.idle();
      } else {
        const ready = await window.__crossroads!.ready;
        if (!ready.ok) throw new Error(`the map did not start: ${ready.reason}`);
        await window.__crossroads!.idle();
      }
      return performance.now();
    }, kind === 'floor');
    const stop = idleAt.then(() => (idle = true));
    if (kind === 'story-menus') {
      await page.waitForFunction(() => Number.isFinite(window.__bench.fcp));
      await useMenus(page, () => idle);
    }
    run.mapIdle = await idleAt;
    await stop;
    // The first paint's entry reaches the observer a little after the paint.
    await page.waitForFunction(() => Number.isFinite(window.__bench.fcp));
    const b = await page.evaluate(() => ({ ...window.__bench }));
    run.fcp = b.fcp;
    run.tbt = blocking(b.longtasks, b.fcp, run.mapIdle);
    const during = b.events.filter(([, , start]) => start < run.mapIdle);
    run.interactions = during.map(([, d]) => d);
    run.inputDelays = during.map(([, , , delay]) => delay);
    run.longestTask = Math.max(0, ...b.longtasks.filter(([start]) => start >= b.fcp && start < run.mapIdle).map(([, d]) => d));
    run.longestFrame = Math.max(0, ...b.allFrames.filter(([t, d]) => t - d >= b.fcp && t <= run.mapIdle).map(([, d]) => d));
    if (kind === 'story' || (kind === 'floor' && moves)) run.frames = await transitions(page, kind);
    if (kind === 'slides') Object.assign(run, await slideKeys(page));
  } finally {
    await context.close();
  }
  return run;
}

/** One load of the first-paint series: its first contentful paint and the long tasks that began before it. */
interface PaintRun {
  fcp: number;
  longTasksBeforeFcp: number;
}

/**
 * The first-paint series: `pairs` rounds of the pages in turn (after one warm-up round), in one tab of
 * a Chromium of its own. Each load starts from about:blank and stops at its first paint. Between loads
 * the tab keeps its renderer process, whose start otherwise dominated the variance; the HTTP and
 * memory caches are off (CDP) and V8's compilation cache too (launch flag), so every load fetches
 * and compiles what a first visit does. Returns the runs per page, in order.
 */
async function measurePaint(urls: string[], pairs: number): Promise<PaintRun[][]> {
  const browser = await launchChromium([...WEBGL_ARGS, '--js-flags=--no-compilation-cache']);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const runs = urls.map((): PaintRun[] => []);
    for (let round = -1; round < pairs; round++) {
      for (const [i, url] of urls.entries()) {
        await page.goto('about:blank');
        await page.goto(url, { waitUntil: 'commit' });
        // The first paint's entry reaches the observer a little after the paint; two frames more let a
        // long task that ends with it be reported.
        await page.waitForFunction(() => Number.isFinite(window.__bench.fcp));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const b = await page.evaluate(() => ({ fcp: window.__bench.fcp, longtasks: window.__bench.longtasks }));
        if (round >= 0) runs[i]!.push({ fcp: b.fcp, longTasksBeforeFcp: b.longtasks.filter(([start]) => start < b.fcp).length });
      }
    }
    return runs;
  } finally {
    await browser.close();
  }
}

/** Moves from each chapter to the next TRANSITIONS times (the story by wheel, the floor by its camera list), recording frame intervals. */
async function transitions(page: Page, kind: 'story' | 'floor'): Promise<number[]> {
  await page.evaluate(() => (window.__bench.frames = []));
  const ids = kind === 'story' ? await page.$$eval('section[data-chapter]', (els) => els.map((e) => e.id)) : [];
  for (let i = 1; i <= TRANSITIONS; i++) {
    if (kind === 'story') {
      // Scroll like a reader, a little every frame, until the next chapter takes over; from that
      // moment (the camera starts to ease) until the map is idle, the frames are recorded.
      await page.evaluate(async (next) => {
        while (window.__crossroads!.chapter!() !== next) {
          window.scrollBy(0, 40);
          await new Promise((r) => requestAnimationFrame(r));
        }
        window.__bench.recording = true;
        await window.__crossroads!.idle();
      }, ids[i]!);
    } else {
      await page.evaluate(async (n) => {
        window.__bench.recording = true;
        window.__floor!.move(n);
        await window.__floor!.idle();
      }, i);
    }
    await page.evaluate(() => {
      window.__bench.recording = false;
      window.__bench.last = 0;
    });
  }
  return page.evaluate(() => window.__bench.frames);
}

/** Presses → through the slides: ms to the new caption, and to the map state applied. */
async function slideKeys(page: Page): Promise<{ keyToCaption: number[]; keyToMap: number[] }> {
  return page.evaluate(async () => {
    const hook = window.__crossroads!;
    const out = { keyToCaption: [] as number[], keyToMap: [] as number[] };
    for (let i = 0; i < 8; i++) {
      const next = hook.slide!().index + 1;
      const t0 = performance.now();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      const shown = document.querySelector<HTMLElement>('[data-slide]:not([hidden])');
      if (Number(shown?.dataset.slide) === next) out.keyToCaption.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      if (hook.mapState()?.chapterId === hook.chapter!()) out.keyToMap.push(performance.now() - t0);
      await hook.idle();
    }
    return out;
  });
}

/** A page to measure: its URL, how it is loaded, and whether the camera moves are made. */
type Spec = [url: string, kind: Parameters<typeof load>[2], moves?: boolean];

/**
 * Loads every page once as a warm-up (discarded: the browser's first navigations pay for its cold
 * start, and would land on whichever page came first), then RUNS rounds of every page in turn, so each
 * page's runs meet the same drift of the machine as its floor's. Returns the runs per page, in order.
 */
async function measureRounds(browser: Browser, specs: Spec[], rounds = RUNS): Promise<Run[][]> {
  const runs = specs.map((): Run[] => []);
  for (const [url, kind] of specs) await load(browser, url, kind === 'story-menus' ? 'story' : kind);
  for (let round = 0; round < rounds; round++) for (const [i, [url, kind, moves]] of specs.entries()) runs[i]!.push(await load(browser, url, kind, moves));
  return runs;
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '—');
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');
const table: string[][] = [['figure', 'Crossroads', 'floor', 'ratio', 'goal', '']];
const row = (figure: string, site: string, floor: string, ratio: string, goal: string, ok: boolean | null) =>
  table.push([figure, site, floor, ratio, goal, ok === null ? '' : ok ? 'ok' : 'MISSED']);
const ratioRow = (figure: string, site: number, floor: number, goal: number) =>
  row(figure, ms(site), ms(floor), x(site / floor), `≤ ${goal}×`, site / floor <= goal);

const floors = await buildFloors(DIST_PATH, EMBED);
const server = await startStaticServer(DIST_PATH, { production: true, mounts: { [FLOOR_PREFIX]: floors.dir } });
const browser = await launchChromium(WEBGL_ARGS);
const url = (path: string) => server.origin + path;
try {
  const storyBox = await mapBoxQuery(browser, url('/'), VIEWPORT);
  const embedBox = await mapBoxQuery(browser, url(EMBED), VIEWPORT);
  console.log(
    `Benchmark: ${RUNS} run(s) each at ${VIEWPORT.width}×${VIEWPORT.height} (pages in turn, after a warm-up load of each), SwiftShader WebGL 2, served with gzip; floors' maps sized as the pages' (story ${storyBox}, embed ${embedBox})\n`,
  );
  // The first paint moves by tens of milliseconds from load to load, and a load that stops at it is
  // short: it gets its own, longer series of pairs, the text floor and the story in turn.
  const [textPaint, storyPaint] = (await measurePaint([url(floors.text), url('/')], PAINT_RUNS)) as [PaintRun[], PaintRun[]];
  const [story, storyMenus, storyFloor, embed, embedFloor, slides] = (await measureRounds(browser, [
    [url('/'), 'story'],
    [url('/'), 'story-menus'],
    [url(floors.storyMap + storyBox), 'floor', true],
    [url(EMBED), 'embed'],
    [url(floors.embedMap + embedBox), 'floor'],
    [url('/present/'), 'slides'],
  ])) as [Run[], Run[], Run[], Run[], Run[], Run[]];
  const med = (runs: Run[], f: (r: Run) => number) => median(runs.map(f));

  // Each story load against the text floor's load just before it: the pair met the same state of the machine.
  const paintRatios = storyPaint.map((r, i) => r.fcp / textPaint[i]!.fcp);
  row(
    `story: first contentful paint, ${PAINT_RUNS} pairs in one tab, median of the pairs' ratios (interquartile ${x(quantile(paintRatios, 0.25))}–${x(quantile(paintRatios, 0.75))}); floor: the text alone`,
    ms(median(storyPaint.map((r) => r.fcp))),
    ms(median(textPaint.map((r) => r.fcp))),
    x(median(paintRatios)),
    '≤ 1.1×',
    median(paintRatios) <= 1.1,
  );
  const tasksBeforePaint = (runs: PaintRun[]) => median(runs.map((r) => r.longTasksBeforeFcp));
  row(
    `story: long tasks before the first paint, median of ${PAINT_RUNS} loads`,
    String(tasksBeforePaint(storyPaint)),
    String(tasksBeforePaint(textPaint)),
    '',
    '0 (or the floor’s)',
    tasksBeforePaint(storyPaint) <= tasksBeforePaint(textPaint),
  );
  const menus = storyMenus.flatMap((r) => r.interactions);
  const delays = storyMenus.flatMap((r) => r.inputDelays);
  // An input's next paint waits for the frame in progress: the map floor's longest frame while its
  // map starts is the bound for any page that starts this map at once.
  row(
    `story: menus while the map loads, worst of ${menus.length} interactions (median ${ms(median(menus))}); floor: its longest frame until map idle`,
    ms(Math.max(...menus)),
    ms(med(storyFloor, (r) => r.longestFrame)),
    x(Math.max(...menus) / med(storyFloor, (r) => r.longestFrame)),
    '< 100 ms',
    Math.max(...menus) < 100,
  );
  // The page's own longest frame while its map starts, against the floor's: what the page adds to the
  // frames an input's next paint waits for.
  ratioRow(
    'story: longest frame until map idle',
    med(story, (r) => r.longestFrame),
    med(storyFloor, (r) => r.longestFrame),
    1.5,
  );
  // An input waits for the task in progress: the map floor's own longest task is the bound no page
  // that starts this map at once can beat (MapLibre's shader compiling and GL syncs, not the page's).
  row(
    `story: menus, worst input delay (median ${ms(median(delays))}); floor: its longest task until map idle`,
    ms(Math.max(...delays)),
    ms(med(storyFloor, (r) => r.longestTask)),
    x(Math.max(...delays) / med(storyFloor, (r) => r.longestTask)),
    '≤ 1.5×',
    Math.max(...delays) <= 1.5 * med(storyFloor, (r) => r.longestTask),
  );
  ratioRow(
    'story: first map idle',
    med(story, (r) => r.mapIdle),
    med(storyFloor, (r) => r.mapIdle),
    1.5,
  );
  ratioRow(
    'story: total blocking time until map idle',
    med(story, (r) => r.tbt),
    med(storyFloor, (r) => r.tbt),
    1.5,
  );
  const storyFrames = story.flatMap((r) => r.frames);
  const floorFrames = storyFloor.flatMap((r) => r.frames);
  ratioRow(`story: chapter transitions, frame interval p50 (${TRANSITIONS} moves)`, quantile(storyFrames, 0.5), quantile(floorFrames, 0.5), 1.5);
  row(
    'story: chapter transitions, frame interval p95',
    ms(quantile(storyFrames, 0.95)),
    ms(quantile(floorFrames, 0.95)),
    x(quantile(storyFrames, 0.95) / quantile(floorFrames, 0.95)),
    '≤ 100 ms',
    quantile(storyFrames, 0.95) <= 100,
  );
  ratioRow(
    'embed: first map idle',
    med(embed, (r) => r.mapIdle),
    med(embedFloor, (r) => r.mapIdle),
    1.5,
  );
  ratioRow(
    'embed: total blocking time until map idle',
    med(embed, (r) => r.tbt),
    med(embedFloor, (r) => r.tbt),
    1.5,
  );
  row('embed: first contentful paint', ms(med(embed, (r) => r.fcp)), '', '', '', null);
  row('slides: key press → caption shown (max)', ms(Math.max(...slides.flatMap((r) => r.keyToCaption))), '', '', '', null);
  row('slides: key press → map state applied (median)', ms(median(slides.flatMap((r) => r.keyToMap))), '', '', '', null);
  row('slides: first map idle', ms(med(slides, (r) => r.mapIdle)), '', '', '', null);

  if (LIGHTHOUSE) {
    // Each page beside its map floor under the same audit: the floor's score is what MapLibre's start
    // alone scores under Lighthouse's simulated 4× slower CPU.
    const lh: [string, LighthouseResult, LighthouseResult][] = [];
    for (const [name, path, floor] of [
      ['story', '/', floors.storyMap + storyBox],
      ['embed', EMBED, floors.embedMap + embedBox],
    ] as const)
      lh.push([name, await runLighthouse(url(path)), await runLighthouse(url(floor))]);
    for (const [name, r, f] of lh) {
      row(`Lighthouse mobile, ${name}: performance (floor: its map floor)`, String(r.performance), String(f.performance), '', '≥ 90', r.performance >= 90);
      row(`Lighthouse mobile, ${name}: TBT (simulated)`, ms(r.tbt), ms(f.tbt), x(r.tbt / f.tbt), '', null);
      row(
        `Lighthouse mobile, ${name}: accessibility / best practices / SEO`,
        `${r.accessibility} / ${r.bestPractices} / ${r.seo}`,
        '',
        '',
        '100',
        r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100,
      );
      row(
        `Lighthouse mobile, ${name}: FCP, LCP, SI (simulated), CLS`,
        `${ms(r.fcp)}, ${ms(r.lcp)}, ${ms(r.si)}, ${r.cls.toFixed(3)}`,
        `${ms(f.fcp)}, ${ms(f.lcp)}, ${ms(f.si)}, ${f.cls.toFixed(3)}`,
        '',
        '',
        null,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(floors.dir, { recursive: true, force: true });
}

const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => c.padEnd(widths[j]!)).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
