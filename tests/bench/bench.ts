// `npm run bench` (builds first) or `node tests/bench/bench.ts [--runs N]`: serves the built site on
// loopback, drives headless Chromium (SwiftShader WebGL) over the story, one embed and the slides,
// and prints medians of N runs (default 3, or BENCH_RUNS) beside the budgets. Not part of the tests:
// timings depend on the machine; use them as regression baselines for the same machine.
// DIST_DIR picks another build folder, as in the end-to-end tests.
//
// How each figure is measured:
//  - bytes: every response the page received until the map was idle (the story: also during the
//    scroll-through), by type; raw = the file's size, gzip = gzip -9 of the same file (what a
//    compressing host would send). A URL fetched a second time is counted apart ("fetched again"):
//    the loopback server sends no cache headers, so Chromium cannot reuse the first copy; a host that
//    sends Cache-Control or validators serves it from cache or as a body-less 304. The offline
//    service worker's precache (fetched in the background after load) is counted apart too.
//  - JS before the map library: gzip bytes of the scripts received before the request for the
//    maplibre-gl chunk (what the reader pays before the map is about to show).
//  - build model: the same page's bytes computed from the build files alone (build-bytes.ts), the
//    figure tests/e2e/budgets.test.ts asserts; printed beside the measurement.
//  - JS before first paint: a Chromium trace (devtools.timeline); the union of the renderer main
//    thread's script slices (EvaluateScript, v8.compile*, v8.evaluateModule, FunctionCall, TimerFire,
//    RunMicrotasks…) from navigation start to firstContentfulPaint. A trace rather than
//    long-animation-frame script entries because those report only scripts in frames over 50 ms,
//    and rather than CDP ScriptDuration because that has no notion of the paint. 0 means no script
//    ran before the first paint (module scripts are deferred). ScriptDuration (CDP
//    Performance.getMetrics) up to map idle is printed too, as the total script time of the load.
//  - FCP, LCP: PerformanceObserver 'paint' and 'largest-contentful-paint' (buffered), last LCP entry.
//  - map idle: performance.now() when window.__crossroads.ready and .idle() have resolved.
//  - long animation frames: PerformanceObserver 'long-animation-frame' during the full scroll-through
//    of the story (and the full walk through the slides): count, total and the sum of the parts
//    over 50 ms ("blocking").
//  - transition frames: requestAnimationFrame intervals from each chapter (or slide) change until the
//    map is idle again; p50 and p95 over all transitions of a run.
//  - JS heap: CDP Performance.getMetrics JSHeapUsedSize after the load, and at the end.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { DIST_PATH } from '../support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from '../e2e/support/chromium.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { BUDGETS, Build, chapterDataFiles, mapPageBytes } from './build-bytes.ts';
import { loadChapters } from '../support/chapters.ts';

const KB = 1024;
const VIEWPORT = { width: 1024, height: 640 };
const runsArg = process.argv.indexOf('--runs');
const RUNS = Number(runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? 3));

/** Budgets (issue 7 and the shared research's suggested goals); null: reported, no budget yet. */
const BUDGET = {
  htmlCssJsDataFontsTotal: 1000 * KB, // initial transfer per story page (gzip)
  jsBeforeMap: BUDGETS.storyJsBeforeMap, // story JS before the map library (gzip); the budgets test asserts it
  jsTotal: 500 * KB, // all JS including MapLibre (gzip)
  embedTotal: BUDGETS.embedPageTotal, // one embed page, everything (gzip); the budgets test asserts it
  chapterData: BUDGETS.chapterData, // one chapter's data (gzip); the budgets test asserts it
  lcp: 2500,
  mapIdle: 1500,
  frameP50: 1000 / 24, // median ≥ 24 fps
  frameP95: 70,
};

type Kind = 'html' | 'css' | 'js' | 'data' | 'fonts' | 'images' | 'other';
const KIND_OF: Record<string, Kind> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.geojson': 'data',
  '.json': 'data',
  '.csv': 'data',
  '.woff2': 'fonts',
  '.woff': 'fonts',
  '.svg': 'images',
  '.png': 'images',
};
const KINDS: Kind[] = ['html', 'css', 'js', 'data', 'fonts', 'images', 'other'];

/** Raw and gzip -9 size of the build file behind a URL path (folders by their index.html). */
const sizeCache = new Map<string, { raw: number; gz: number; kind: Kind } | null>();
function fileSize(pathname: string): { raw: number; gz: number; kind: Kind } | null {
  if (!sizeCache.has(pathname)) {
    let file = join(DIST_PATH, decodeURIComponent(pathname));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      sizeCache.set(pathname, { raw: body.length, gz: gzipSync(body, { level: 9 }).length, kind: KIND_OF[extname(file)] ?? 'other' });
    } catch {
      sizeCache.set(pathname, null);
    }
  }
  return sizeCache.get(pathname)!;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

/** Installed before any page script: paint, LCP and LoAF observers, and a rAF interval recorder that can be switched on. */
const PROBE = `(() => {
  const b = (window.__bench = { fcp: NaN, lcp: NaN, loaf: [], frames: [], recording: false, last: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration ?? Math.max(0, e.duration - 50) }); }).observe({ type: 'long-animation-frame', buffered: true });
  const tick = (t) => { if (b.recording && b.last) b.frames.push(t - b.last); b.last = b.recording ? t : 0; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

interface Bench {
  fcp: number;
  lcp: number;
  loaf: { start: number; duration: number; blocking: number }[];
  frames: number[];
  recording: boolean;
  last: number;
}
declare global {
  interface Window {
    __bench: Bench;
  }
}

/** One run's figures. */
interface RunResult {
  bytes: Record<Kind, { raw: number; gz: number }>;
  /** What the service worker fetched in the background (its precache), kept apart from the page's own bytes. */
  swBytes: { raw: number; gz: number };
  /** Responses for a URL the page had already received (see the header). */
  refetched: { raw: number; gz: number; urls: string[] };
  /** gzip bytes of JS received before the map library was requested (NaN: it never was). */
  jsBeforeMap: number;
  scriptBeforeFcp: number;
  scriptDurationToIdle: number;
  fcp: number;
  lcp: number;
  mapIdle: number;
  loafCount: number;
  loafTotal: number;
  loafBlocking: number;
  frameP50: number;
  frameP95: number;
  transitions: number;
  heapAfterLoad: number;
  heapEnd: number;
}

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EventDispatch',
  'v8.run',
  'V8.ParseFunction',
]);

/** Milliseconds of main-thread script from navigation start to first contentful paint, from a trace. */
function scriptBeforeFcp(trace: Buffer): number {
  const events = (
    JSON.parse(trace.toString('utf8')) as {
      traceEvents: {
        name: string;
        ph: string;
        ts: number;
        dur?: number;
        pid: number;
        tid: number;
        args?: { name?: string; frame?: string; data?: { isOutermostMainFrame?: boolean; isLoadingMainFrame?: boolean } };
      }[];
    }
  ).traceEvents;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'firstContentfulPaint'),
  );
  if (!main) return NaN;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const fcp = events.find((e) => e.pid === main.pid && e.name === 'firstContentfulPaint')!.ts;
  const nav = events.find((e) => e.pid === main.pid && e.name === 'navigationStart')?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const slices = onMain
    .filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.dur && e.ts < fcp && e.ts + e.dur! > nav)
    .map((e) => [Math.max(e.ts, nav), Math.min(e.ts + e.dur!, fcp)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of slices) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** Waits for the map hook: ready, then idle. Returns performance.now() at that moment (ms since navigation). */
async function mapIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => !!window.__crossroads, null, { timeout: 30_000 });
  return page.evaluate(async () => {
    const r = await window.__crossroads!.ready;
    if (!r.ok) throw new Error(`map failed: ${r.reason}`);
    await window.__crossroads!.idle();
    return performance.now();
  });
}

/** Steps through the story's chapters (or the slides), recording rAF intervals during each transition. */
async function walk(page: Page, kind: 'story' | 'slides'): Promise<number> {
  await page.evaluate(() => {
    window.__bench.loaf = [];
    window.__bench.frames = [];
  });
  let transitions = 0;
  if (kind === 'story') {
    const ids = await page.$$eval('section[data-chapter]', (els) => els.map((e) => e.id));
    for (const id of ids.slice(1)) {
      await page.evaluate(() => {
        window.__bench.recording = true;
      });
      // Scroll like a reader: the wheel, in steps, until the chapter is the active one.
      for (let i = 0; i < 60 && (await page.evaluate(() => window.__crossroads!.chapter!())) !== id; i++) await page.mouse.wheel(0, 240);
      await page.evaluate(async () => {
        await window.__crossroads!.idle();
        window.__bench.recording = false;
        window.__bench.last = 0;
      });
      transitions++;
    }
  } else {
    const total = await page.evaluate(() => window.__crossroads!.slide!().total);
    for (let i = 1; i < total; i++) {
      await page.evaluate(() => {
        window.__bench.recording = true;
      });
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => window.__crossroads!.slide!().index === n, i);
      await page.evaluate(async () => {
        await window.__crossroads!.idle();
        window.__bench.recording = false;
        window.__bench.last = 0;
      });
      transitions++;
    }
  }
  return transitions;
}

async function run(browser: Browser, origin: string, path: string, kind: 'story' | 'embed' | 'slides'): Promise<RunResult> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const bytes = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gz: 0 }])) as RunResult['bytes'];
  const swBytes = { raw: 0, gz: 0 };
  const refetched = { raw: 0, gz: 0, urls: [] as string[] };
  const seen = new Set<string>();
  let jsSoFar = 0;
  let jsBeforeMap = NaN;
  context.on('request', (r) => {
    if (Number.isNaN(jsBeforeMap) && /\/assets\/maplibre-gl\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) jsBeforeMap = jsSoFar;
  });
  context.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin || r.status() !== 200) return;
    const s = fileSize(u.pathname);
    if (!s) return;
    const sw = !!r.request().serviceWorker();
    const again = !sw && seen.has(u.pathname);
    if (!sw) seen.add(u.pathname);
    if (again) refetched.urls.push(u.pathname);
    const into = sw ? swBytes : again ? refetched : bytes[s.kind];
    into.raw += s.raw;
    into.gz += s.gz;
    if (!sw && !again && s.kind === 'js' && Number.isNaN(jsBeforeMap)) jsSoFar += s.gz;
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'v8.execute', 'v8'] });
  await page.goto(origin + path, { waitUntil: 'load' });
  const idleAt = await mapIdle(page);
  const trace = await browser.stopTracing();
  const scriptDurationToIdle = (await metric(cdp, 'ScriptDuration')) * 1000;
  const heapAfterLoad = await metric(cdp, 'JSHeapUsedSize');
  const transitions = kind === 'embed' ? 0 : await walk(page, kind);
  await page.waitForTimeout(200);
  const b = await page.evaluate(() => ({ ...window.__bench }));
  const heapEnd = await metric(cdp, 'JSHeapUsedSize');
  await context.close();
  return {
    bytes,
    swBytes,
    refetched,
    jsBeforeMap,
    scriptBeforeFcp: scriptBeforeFcp(trace),
    scriptDurationToIdle,
    fcp: b.fcp,
    lcp: b.lcp,
    mapIdle: idleAt,
    loafCount: kind === 'embed' ? NaN : b.loaf.length,
    loafTotal: kind === 'embed' ? NaN : b.loaf.reduce((n, l) => n + l.duration, 0),
    loafBlocking: kind === 'embed' ? NaN : b.loaf.reduce((n, l) => n + l.blocking, 0),
    frameP50: quantile(b.frames, 0.5),
    frameP95: quantile(b.frames, 0.95),
    transitions,
    heapAfterLoad,
    heapEnd,
  };
}

const fmtKb = (n: number) => (Number.isFinite(n) ? `${(n / KB).toFixed(1)} KB` : '—');
const fmtMs = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '—');
const fmtMb = (n: number) => (Number.isFinite(n) ? `${(n / KB / KB).toFixed(1)} MB` : '—');
const verdict = (v: number, budget: number | null) => (budget == null || !Number.isFinite(v) ? '' : v <= budget ? 'ok' : 'OVER');

/** The build model's figures for a page (build-bytes.ts), printed beside the measurement. */
interface ModelRow {
  label: string;
  value: number;
  budget: number;
}

function report(name: string, path: string, results: RunResult[], model: ModelRow[]): void {
  const med = (f: (r: RunResult) => number) => median(results.map(f));
  const rows: [string, string, string, string][] = [];
  const notes: string[] = [];
  const row = (label: string, value: string, budget: string, v = NaN, b: number | null = null) => rows.push([label, value, budget, verdict(v, b)]);
  for (const k of KINDS) {
    const raw = med((r) => r.bytes[k].raw);
    const gz = med((r) => r.bytes[k].gz);
    if (raw > 0) row(`bytes ${k}`, `${fmtKb(raw)} raw / ${fmtKb(gz)} gzip`, '');
  }
  const totalGz = med((r) => KINDS.reduce((n, k) => n + r.bytes[k].gz, 0));
  const totalRaw = med((r) => KINDS.reduce((n, k) => n + r.bytes[k].raw, 0));
  const embed = name === 'embed';
  row(
    'bytes total',
    `${fmtKb(totalRaw)} raw / ${fmtKb(totalGz)} gzip`,
    embed ? `≤ ${fmtKb(BUDGET.embedTotal)} gzip` : `≤ ${fmtKb(BUDGET.htmlCssJsDataFontsTotal)} gzip`,
    totalGz,
    embed ? BUDGET.embedTotal : BUDGET.htmlCssJsDataFontsTotal,
  );
  if (med((r) => r.refetched.raw) > 0) {
    const urls = [...new Set(results.flatMap((r) => r.refetched.urls))].map((u) => u.replace('/assets/', '')).join(', ');
    row('fetched again (no cache headers on loopback)', `${fmtKb(med((r) => r.refetched.raw))} raw / ${fmtKb(med((r) => r.refetched.gz))} gzip`, '');
    notes.push(`fetched again: ${urls}`);
  }
  if (med((r) => r.swBytes.raw) > 0)
    row('service worker precache (after load, background)', `${fmtKb(med((r) => r.swBytes.raw))} raw / ${fmtKb(med((r) => r.swBytes.gz))} gzip`, '');
  for (const m of model) row(`build model: ${m.label}`, fmtKb(m.value), `≤ ${fmtKb(m.budget)} gzip`, m.value, m.budget);
  row(
    'JS total (gzip)',
    fmtKb(med((r) => r.bytes.js.gz)),
    `≤ ${fmtKb(BUDGET.jsTotal)}`,
    med((r) => r.bytes.js.gz),
    BUDGET.jsTotal,
  );
  const beforeMap = med((r) => r.jsBeforeMap);
  if (name === 'story')
    row('JS before the map library was requested (gzip)', fmtKb(beforeMap), `≤ ${fmtKb(BUDGET.jsBeforeMap)}`, beforeMap, BUDGET.jsBeforeMap);
  else row('JS before the map library was requested (gzip)', fmtKb(beforeMap), '');
  row('JS executed before first paint', fmtMs(med((r) => r.scriptBeforeFcp)), '');
  row('script time to map idle (CDP ScriptDuration)', fmtMs(med((r) => r.scriptDurationToIdle)), '');
  row('FCP', fmtMs(med((r) => r.fcp)), '');
  row(
    'LCP',
    fmtMs(med((r) => r.lcp)),
    `≤ ${fmtMs(BUDGET.lcp)}`,
    med((r) => r.lcp),
    BUDGET.lcp,
  );
  row(
    'map idle',
    fmtMs(med((r) => r.mapIdle)),
    `≤ ${fmtMs(BUDGET.mapIdle)}`,
    med((r) => r.mapIdle),
    BUDGET.mapIdle,
  );
  if (!embed) {
    const t = med((r) => r.transitions);
    row(
      `long animation frames (${name === 'story' ? 'scroll-through' : 'all slides'}, ${t} transitions)`,
      `${med((r) => r.loafCount)} frames, ${fmtMs(med((r) => r.loafTotal))} total, ${fmtMs(med((r) => r.loafBlocking))} blocking`,
      '',
    );
    row(
      'transition frame interval p50',
      fmtMs(med((r) => r.frameP50)),
      `≤ ${fmtMs(BUDGET.frameP50)} (24 fps)`,
      med((r) => r.frameP50),
      BUDGET.frameP50,
    );
    row(
      'transition frame interval p95',
      fmtMs(med((r) => r.frameP95)),
      `≤ ${fmtMs(BUDGET.frameP95)}`,
      med((r) => r.frameP95),
      BUDGET.frameP95,
    );
  }
  row('JS heap after load', fmtMb(med((r) => r.heapAfterLoad)), '');
  if (!embed) row('JS heap at the end', fmtMb(med((r) => r.heapEnd)), '');
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), Math.max(...rows.map((r) => r[2].length))];
  console.log(`\n${name} ${path} (median of ${results.length} run${results.length > 1 ? 's' : ''}, ${VIEWPORT.width}×${VIEWPORT.height} @1x, SwiftShader)`);
  for (const r of rows) console.log(`  ${r[0].padEnd(w[0]!)}  ${r[1].padEnd(w[1]!)}  ${r[2].padEnd(w[2]!)}  ${r[3]}`.trimEnd());
  for (const n of notes) console.log(`  (${n})`);
}

const firstEmbed = readdirSync(join(DIST_PATH, 'embed'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()[0];
const chapterOrder = readFileSync(join(DIST_PATH, 'index.html'), 'utf8').match(/<section class="chapter" id="([a-z0-9-]+)"/)?.[1];
const PAGES: { name: 'story' | 'embed' | 'slides'; path: string }[] = [
  { name: 'story', path: '/' },
  { name: 'embed', path: `/embed/${chapterOrder ?? firstEmbed}/` },
  { name: 'slides', path: '/present/' },
];

/** The build model (what tests/e2e/budgets.test.ts asserts) for each page. */
const build = new Build(DIST_PATH);
const chapters = loadChapters();
const firstChapter = chapters.find((c) => c.id === (chapterOrder ?? firstEmbed)) ?? chapters[0]!;
const largestChapterData = Math.max(...chapters.map((c) => build.sum(chapterDataFiles(build, c.layers))));
const MODEL: Record<string, ModelRow[]> = {
  story: [
    { label: 'JS before the map library', value: build.sum(build.closure(build.pageRefs('index.html').scripts, false)), budget: BUDGET.jsBeforeMap },
    { label: 'largest chapter data', value: largestChapterData, budget: BUDGET.chapterData },
  ],
  embed: [
    {
      label: 'embed page total',
      value: mapPageBytes(build, `embed/${firstChapter.id}/index.html`, chapterDataFiles(build, firstChapter.layers), 'en').total,
      budget: BUDGET.embedTotal,
    },
    {
      label: 'largest embed page total',
      value: Math.max(...chapters.map((c) => mapPageBytes(build, `embed/${c.id}/index.html`, chapterDataFiles(build, c.layers), 'en').total)),
      budget: BUDGET.embedTotal,
    },
  ],
  slides: [{ label: 'largest chapter data', value: largestChapterData, budget: BUDGET.chapterData }],
};

const server = await startStaticServer(DIST_PATH);
const browser = await launchChromium(WEBGL_ARGS);
console.log(`bench: ${DIST_PATH} on ${server.origin}, ${RUNS} run(s) per page`);
try {
  for (const p of PAGES) {
    const results: RunResult[] = [];
    for (let i = 0; i < RUNS; i++) results.push(await run(browser, server.origin, p.path, p.name));
    report(p.name, p.path, results, MODEL[p.name] ?? []);
  }
} finally {
  await browser.close();
  await server.close();
}
