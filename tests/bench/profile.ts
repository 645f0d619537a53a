// `npm run profile [-- <path>]`: records a Chromium performance trace (with the V8 sampling profiler)
// of a page of the built site, from navigation to map idle and, on the story, through five chapter
// changes, and prints where the time goes: main-thread time by kind of work, the JavaScript functions
// and files with the most self time (sampled), the long tasks before the map is idle (and their sum
// over 50 ms, as total blocking time counts them), and the time of the map's worker and the GPU
// process. Profile before tuning; the figures are this machine's and this run's.
// DIST_DIR picks another build folder, as in the end-to-end tests.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DIST_PATH } from '../support/dist-dir.ts';
import { launchChromium, NO_WEBGL_ARGS, WEBGL_ARGS } from '../e2e/support/chromium.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildFloors, FLOOR_PREFIX, mapBoxQuery } from './floors.ts';
import { chapterIds } from '../support/chapters.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** `--no-webgl`: the page's own cost, without the map (which then cannot start). */
const NO_WEBGL = process.argv.includes('--no-webgl');
/**
 * `--floor`: the story's map floor (tests/bench/floors.ts) instead of a page of the site, at the map
 * box's size the story has at VIEWPORT, through the same five camera moves, so its costs can be set
 * beside the story's.
 */
const FLOOR = process.argv.includes('--floor');
const EMBED_PATH = `/embed/${chapterIds()[0]}/`;
/** The page traced; the floor's is set once the story's map box is measured (below). */
let path = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : '/';
const VIEWPORT = { width: 1024, height: 640 };
const CHANGES = 5;

/** Loads the page, waits for the map, then (story) steps through CHANGES chapters. Returns the trace time of map idle (ms since navigation). */
async function drive(page: Page, origin: string): Promise<number> {
  await page.goto(origin + path, { waitUntil: 'load' });
  if (FLOOR) {
    await page.waitForFunction(() => !!window.__floor);
    const idleAt = await page.evaluate(async () => {
      await window.__floor!.ready;
      await window.__floor!.idle();
      performance.mark('crossroads:map-idle');
      return performance.now();
    });
    for (let i = 1; i <= CHANGES; i++) {
      await page.evaluate((n) => {
        window.__floor!.move(n);
        return window.__floor!.idle();
      }, i);
    }
    return idleAt;
  }
  await page.waitForFunction(() => !!window.__crossroads);
  const idleAt = await page.evaluate(async () => {
    const ready = await window.__crossroads!.ready;
    if (!ready.ok && ready.reason !== 'no-webgl') throw new Error(`map failed: ${ready.reason}`);
    await window.__crossroads!.idle();
    performance.mark('crossroads:map-idle');
    return performance.now();
  });
  const ids = await page.$$eval('section[data-chapter]', (els) => els.map((e) => e.id));
  for (const id of ids.slice(1, 1 + CHANGES)) {
    await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
    await page.evaluate(() => window.__crossroads!.idle());
  }
  return idleAt;
}

/** Sums event durations by a key, largest first. */
function tally<T>(items: T[], key: (t: T) => string, ms: (t: T) => number): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + ms(i));
  return [...m].sort((a, b) => b[1] - a[1]);
}

/** Self time of nested complete ('X') events on one thread: each event's duration minus its direct children's. */
function selfTimes(events: TraceEvent[]): { e: TraceEvent; self: number }[] {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: { e: TraceEvent; self: number }[] = [];
  const stack: { e: TraceEvent; self: number }[] = [];
  for (const e of sorted) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) stack.pop();
    const node = { e, self: e.dur! };
    if (stack.length) stack.at(-1)!.self -= e.dur!;
    stack.push(node);
    out.push(node);
  }
  return out;
}

/** Self time per function from the V8 sampling profiler of one thread (its Profile event names the ProfileChunks by id). */
function sampledFunctions(events: TraceEvent[], pid: number, tid: number): { fn: string; url: string; ms: number }[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, { fn: string; url: string }>();
  const out: { fn: string; url: string; ms: number }[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = (e.args?.data ?? {}) as {
      cpuProfile?: {
        nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    // Anonymous functions are told apart by where they start in their file.
    for (const n of data.cpuProfile?.nodes ?? [])
      nodes.set(n.id, {
        fn: n.callFrame.functionName || `(anonymous ${n.callFrame.lineNumber ?? 0}:${n.callFrame.columnNumber ?? 0})`,
        url: n.callFrame.url ?? '',
      });
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    // Each sample's time is the delta to the next one (the last sample of a chunk gets the chunk's mean).
    samples.forEach((id, i) => out.push({ ...(nodes.get(id) ?? { fn: '?', url: '' }), ms: (deltas[i + 1] ?? deltas[i] ?? 0) / 1000 }));
  }
  return out;
}

/** The outermost complete events of a thread (tasks nested in tasks counted once). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur!;
    }
  }
  return out;
}

const short = (url: string) =>
  url
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/^\/assets\//, '')
    .replace(/^\/vendor\/maplibre-gl-[\d.]+\//, '') || '(native / no file)';
const fmt = (ms: number) => `${Math.round(ms).toString().padStart(6)} ms`;

const floors = FLOOR ? await buildFloors(DIST_PATH, EMBED_PATH) : undefined;
const server = await startStaticServer(DIST_PATH, floors ? { mounts: { [FLOOR_PREFIX]: floors.dir } } : {});
const browser = await launchChromium(NO_WEBGL ? NO_WEBGL_ARGS : WEBGL_ARGS);
if (FLOOR) path = `${FLOOR_PREFIX}story-map/${await mapBoxQuery(browser, `${server.origin}/`, VIEWPORT)}`;
const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
await browser.startTracing(page, {
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'disabled-by-default-v8.cpu_profiler',
    'blink.user_timing',
    'loading',
    'gpu',
    'toplevel',
  ],
});
const idleMs = await drive(page, server.origin);
const buffer = await browser.stopTracing();
await browser.close();
await server.close();
if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buffer);

const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const threadName = (pid: number, tid: number) => events.find((e) => e.name === 'thread_name' && e.pid === pid && e.tid === tid)?.args?.name ?? '';
// The page's renderer: the one that navigated to our server (the browser's own pages, such as a new
// tab, have renderers with a navigationStart too).
const isOurs = (e: TraceEvent) => e.name === 'navigationStart' && String(e.args?.data?.['documentLoaderURL'] ?? '').startsWith(server.origin);
const mainMeta = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && isOurs(x)))!;
const { pid, tid } = mainMeta;
const navStart = events.find((e) => e.pid === pid && isOurs(e))!.ts;
const idleTs = events.find((e) => e.pid === pid && e.name === 'crossroads:map-idle')?.ts ?? navStart + idleMs * 1000;
const main = events.filter((e) => e.pid === pid && e.tid === tid);
const tasks = outermost(main);
const beforeIdle = tasks.filter((t) => t.ts >= navStart && t.ts < idleTs);
const long = beforeIdle.filter((t) => t.dur! > 50_000);
const self = selfTimes(main.filter((e) => e.ts >= navStart));
const samples = sampledFunctions(events, pid, tid);
const workers = [...new Set(events.filter((e) => threadName(e.pid, e.tid) === 'DedicatedWorker thread').map((e) => `${e.pid}:${e.tid}`))];
const workerBusy = workers.map((w) => {
  const [p, t] = w.split(':').map(Number);
  return tallyTotal(outermost(events.filter((e) => e.pid === p && e.tid === t)));
});
const workerSamples = workers.flatMap((w) => {
  const [p, t] = w.split(':').map(Number);
  return sampledFunctions(events, p!, t!);
});
const gpuThreads = [...new Set(events.filter((e) => threadName(e.pid, e.tid) === 'CrGpuMain').map((e) => `${e.pid}:${e.tid}`))];
const gpu = gpuThreads.flatMap((g) => {
  const [p, t] = g.split(':').map(Number);
  return outermost(events.filter((e) => e.pid === p && e.tid === t));
});
function tallyTotal(es: TraceEvent[]): number {
  return es.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
}

console.log(
  `Profile of ${path} at ${VIEWPORT.width}×${VIEWPORT.height}: navigation → map idle (${Math.round((idleTs - navStart) / 1000)} ms) → ${CHANGES} chapter changes`,
);
console.log(
  `\nMain thread, navigation → map idle: ${Math.round(tallyTotal(beforeIdle))} ms in tasks; ${long.length} long tasks (> 50 ms), ${Math.round(long.reduce((n, t) => n + t.dur! / 1000 - 50, 0))} ms over 50 ms (blocking)`,
);
const fcpTs = events.find((e) => e.pid === pid && e.name === 'firstContentfulPaint')?.ts ?? Infinity;
console.log(`  first contentful paint at ${Math.round((fcpTs - navStart) / 1000)} ms; long tasks (start+duration, ms, and their main kinds of work):`);
for (const t of long) {
  const inside = self.filter((x) => x.e.ts >= t.ts && x.e.ts < t.ts + t.dur!);
  const kinds = tally(
    inside,
    (x) => x.e.name,
    (x) => x.self / 1000,
  )
    .filter(([n]) => !/RunTask$/.test(n))
    .slice(0, 3)
    .map(([n, v]) => `${n} ${Math.round(v)}`)
    .join(', ');
  console.log(`    ${Math.round((t.ts - navStart) / 1000)}+${Math.round(t.dur! / 1000)}${t.ts < fcpTs ? ' (before first paint)' : ''}: ${kinds}`);
}
console.log('\nMain thread, whole recording: self time by kind of work');
for (const [name, ms] of tally(
  self,
  (s) => s.e.name,
  (s) => s.self / 1000,
).slice(0, 14))
  console.log(`  ${fmt(ms)}  ${name}`);
console.log('\nJavaScript on the main thread, sampled: self time by function');
for (const [name, ms] of tally(
  samples,
  (s) => `${s.fn}  (${short(s.url)})`,
  (s) => s.ms,
)
  .filter(([n]) => !/^\((idle|program|garbage collector)\)/.test(n))
  .slice(0, 16))
  console.log(`  ${fmt(ms)}  ${name}`);
console.log('\nJavaScript on the main thread, sampled: self time by file');
for (const [name, ms] of tally(
  samples,
  (s) => (/^\((idle|program|garbage collector)\)$/.test(s.fn) ? s.fn : short(s.url)),
  (s) => s.ms,
).slice(0, 10))
  console.log(`  ${fmt(ms)}  ${name}`);
console.log(`\nMap worker threads: ${workerBusy.map((ms) => `${Math.round(ms)} ms`).join(', ') || 'none'} in tasks; sampled self time by function:`);
for (const [name, ms] of tally(
  workerSamples,
  (s) => `${s.fn}  (${short(s.url)})`,
  (s) => s.ms,
)
  .filter(([n]) => !/^\((idle|program|garbage collector)\)/.test(n))
  .slice(0, 8))
  console.log(`  ${fmt(ms)}  ${name}`);
console.log(`\nGPU process main thread (SwiftShader draws there): ${Math.round(tallyTotal(gpu))} ms in tasks`);
