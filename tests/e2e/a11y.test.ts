// Accessibility gates: axe-core (WCAG 2.2 A and AA rules) over every HTML page of the build in all
// four languages, after its map is ready; the story in the dark theme and the slides in the projector
// palette, so contrast is checked in all three palettes. Served without the security headers (axe is
// injected as a script; crawl.test.ts checks the CSP).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_PATH } from './support/dist-dir.ts';
import { launchChromium, WEBGL_ARGS } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The URL path of every HTML file in the build ("explore/index.html" → "/explore/"). */
function htmlPagePaths(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(root, join(e.parentPath, e.name)).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One failed rule on one page, as a line a reader can act on. */
interface Finding {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

/**
 * Waits for the page's map (when it has one) to be ready, so axe sees the finished page: after
 * `ready` the DOM is final (status hidden, canvas labelled); `idle` would only wait for map tiles,
 * which axe cannot read in a canvas anyway.
 */
async function settle(page: Page): Promise<void> {
  // Module scripts have run by `load`: a page without the hook by then has no map.
  if (await page.evaluate(() => !!window.__crossroads)) await page.evaluate(() => window.__crossroads!.ready);
}

/** Runs axe with the WCAG 2.2 A/AA rules on the page as it is now; returns its violations. */
async function runAxe(page: Page, label: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  }, WCAG_TAGS);
  return violations.map((v) => ({ page: label, rule: v.id, impact: v.impact, targets: v.targets, summary: `${v.help}. ${v.summary}` }));
}

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.page}  ${f.rule} (${f.impact}): ${f.targets.slice(0, 6).join(' | ')}${f.targets.length > 6 ? ` …+${f.targets.length - 6}` : ''}\n    ${f.summary.replace(/\s+/g, ' ').slice(0, 300)}`).join('\n');

/** Embed pages of a chapter (/embed/<id>/, /<lang>/embed/<id>/), checked at a typical frame size. */
const isEmbedChapter = (path: string) => /^(\/(hy|az|ru))?\/embed\/[^/]+\/$/.test(path);
const DESKTOP = { width: 1280, height: 800 };
const FRAME = { width: 640, height: 480 };
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

describe('axe-core, WCAG 2.2 A and AA, on every built page', () => {
  let server: StaticServer;
  let browser: Browser;
  const pages = htmlPagePaths(DIST_PATH);

  beforeAll(async () => {
    server = await startStaticServer(DIST_PATH);
    browser = await launchChromium(WEBGL_ARGS);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Visits each path in one reused page of a fresh context, runs axe, and collects the findings. */
  async function audit(options: BrowserContextOptions, paths: string[], theme: string): Promise<Finding[]> {
    // No service worker: its precache of the whole site would compete with the pages for the CPU.
    const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', serviceWorkers: 'block', ...options });
    const page = await context.newPage();
    const findings: Finding[] = [];
    for (const path of paths) {
      const started = Date.now();
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await settle(page);
      const loaded = Date.now();
      findings.push(...(await runAxe(page, `${path} [${theme}]`)));
      if (process.env.A11Y_TIMING) console.log(`${path} [${theme}]: load ${loaded - started} ms, axe ${Date.now() - loaded} ms`);
    }
    await context.close();
    return findings;
  }

  const report = (label: string, paths: string[], findings: Finding[], started: number) => {
    const elements = findings.reduce((n, f) => n + f.targets.length, 0);
    console.log(`axe (${label}): ${paths.length} pages checked, ${findings.length} violations (${elements} elements) in ${seconds(started)} s`);
    expect(findings, `axe violations (page, rule, targets):\n${describeFindings(findings)}`).toEqual([]);
  };

  it('checks every page of the build in the four languages', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const p of ['/', '/embed/', '/present/', '/present/notes/', '/handout/', '/handout/teacher/', '/data/', '/glossary/', '/explore/']) {
      for (const prefix of ['', '/hy', '/az', '/ru']) expect(pages).toContain(prefix + p);
    }
    expect(pages).toContain('/404.html');
    expect(pages.filter(isEmbedChapter).length).toBeGreaterThan(4 * 10);
  });

  it('finds no violation on the site pages (light theme; slides and speaker notes in the projector palette)', async () => {
    const started = Date.now();
    const paths = pages.filter((p) => !isEmbedChapter(p));
    report('light', paths, await audit({ viewport: DESKTOP }, paths, 'light'), started);
  }, 600_000);

  it('finds no violation on the embed pages', async () => {
    const started = Date.now();
    const paths = pages.filter(isEmbedChapter);
    report('embeds', paths, await audit({ viewport: FRAME }, paths, 'light'), started);
  }, 600_000);

  it('finds no violation in the dark theme', async () => {
    const started = Date.now();
    const paths = ['/', '/hy/', '/explore/', '/embed/', '/data/', '/glossary/', '/handout/', '/404.html'];
    const findings = await audit({ viewport: DESKTOP, colorScheme: 'dark' }, paths, 'dark');
    findings.push(...(await audit({ viewport: FRAME, colorScheme: 'dark' }, ['/embed/war-2020/', '/ru/embed/blockade/'], 'dark')));
    report('dark', [...paths, 'embeds ×2'], findings, started);
  }, 300_000);
});
