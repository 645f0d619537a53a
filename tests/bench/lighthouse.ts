// Lighthouse (its default mobile preset: a mid-range phone, simulated 4G and 4× CPU throttling) on
// one address, in Debian's Chromium with WebGL 2 by SwiftShader, as the benchmark's other figures.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { WEBGL_ARGS } from '../e2e/support/chromium.ts';

/** The four category scores (0–100) and the simulated metrics (ms). */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbt: number;
  fcp: number;
  lcp: number;
  si: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
}

/** Runs Lighthouse once on a URL in a Chromium of its own. */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      ...WEBGL_ARGS,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      tbt: metric('total-blocking-time'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      si: metric('speed-index'),
      cls: metric('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}
