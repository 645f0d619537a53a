// The built static maps: every English chapter has /maps/<id>.svg, an SVG under the size budget, and
// every dated step its small map at /maps/steps/<id>-<n>.svg, shown in the handouts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DIST_URL } from '../support/dist-dir.ts';
import { chapterIds, loadChapters } from '../support/chapters.ts';
import { datedSteps, stepMapPath } from '../../src/chapters/dated-steps.ts';
import { stepEvents } from '../../src/layers/layer-files.ts';
import { builtPage } from './built-pages.ts';

const dist = DIST_URL;
/** Size budget of one static map (issue "The scroll story", §4). */
const BUDGET_BYTES = 120_000;

describe('dist/maps', () => {
  it('has at least one chapter to check', () => {
    expect(chapterIds().length).toBeGreaterThan(0);
  });

  describe.each(chapterIds())('%s', (id) => {
    const file = () => new URL(`maps/${id}.svg`, dist);
    it('exists', () => {
      expect(existsSync(file())).toBe(true);
    });
    it('is an SVG with a title and a description', () => {
      expect(readFileSync(file(), 'utf8')).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\n<title id="title">[^<]+<\/title>\n<desc id="desc">[^<]{40,}<\/desc>/,
      );
    });
    it('stays under the size budget', () => {
      expect(statSync(file()).size).toBeLessThan(BUDGET_BYTES);
    });
  });
});

describe('dist/maps/steps: the small multiples of the dated steps', () => {
  const events = stepEvents('en');
  const stepped = loadChapters().filter((c) => c.steps);

  it.each(stepped.map((c) => [c.id, c] as const))('%s: one small map per step, on the step’s date, in its handouts', (id, chapter) => {
    const steps = datedSteps(chapter, events, 'en');
    const files = steps.map((_, i) => readFileSync(new URL(stepMapPath(id, i).slice(1), dist), 'utf8'));
    files.forEach((svg, i) => {
      expect(svg, `${id} step ${i + 1}`).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\n<title id="title">[^<]+<\/title>/);
      expect(svg.length, `${id} step ${i + 1}`).toBeLessThan(BUDGET_BYTES);
    });
    // A step before the last shows a different map from the last (the map moves), the last the chapter's own date.
    expect(new Set(files).size, `${id}: the steps draw different maps`).toBeGreaterThan(1);
    for (const lang of ['en', 'hy', 'az', 'ru']) {
      const $ = builtPage(lang === 'en' ? 'handout/index.html' : `${lang}/handout/index.html`);
      expect(
        $(`#${id} .handout-steps img`)
          .map((_, img) => $(img).attr('src'))
          .get(),
        `${lang} handout`,
      ).toEqual(steps.map((_, i) => stepMapPath(id, i)));
    }
  });
});
