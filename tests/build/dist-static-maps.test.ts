// The built static maps: every chapter has /maps/<id>.svg and, in each other language, /<lang>/maps/<id>.svg,
// an SVG under the size budget labelled in its language, and every dated step its small map at
// [/<lang>]/maps/steps/<id>-<n>.svg, shown in that language's handouts.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DIST_URL } from '../support/dist-dir.ts';
import { chapterIds, loadChapters } from '../support/chapters.ts';
import { datedSteps } from '../../src/chapters/dated-steps.ts';
import { stepMapPath, stillMapPath } from '../../src/chapters/still-map-paths.ts';
import { LANGUAGES } from '../../src/schemas/languages.ts';
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
    const file = (lang: (typeof LANGUAGES)[number]) => new URL(stillMapPath(id, lang).slice(1), dist);
    it.each(LANGUAGES.map((l) => [l]))('%s: exists, an SVG with a title and a description, under the size budget', (lang) => {
      expect(existsSync(file(lang))).toBe(true);
      expect(readFileSync(file(lang), 'utf8')).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\n<title id="title">[^<]+<\/title>\n<desc id="desc">[^<]{40,}<\/desc>/,
      );
      expect(statSync(file(lang)).size).toBeLessThan(BUDGET_BYTES);
    });
  });

  it('labels each language’s maps in it: Yerevan is Երևան in Armenian, Yerevan in Azerbaijani, Ереван in Russian', () => {
    const map = (lang: (typeof LANGUAGES)[number]) => readFileSync(new URL(stillMapPath('closed-borders', lang).slice(1), dist), 'utf8');
    expect(map('en')).toContain('>Yerevan<');
    expect(map('hy')).toContain('>Երևան<');
    expect(map('ru')).toContain('>Ереван<');
    expect(map('az')).toContain('>İrəvan<');
  });

  it('dates each handout map in the handout’s language (the Armenian one said “9 November 2020”)', () => {
    const caption = (lang: string) => builtPage(`${lang === 'en' ? '' : `${lang}/`}handout/index.html`)('#war-2020 .handout-map figcaption').text();
    expect(caption('en')).toContain('10 November 2020');
    expect(caption('hy')).toContain('նոյեմբերի');
    expect(caption('ru')).toContain('ноября');
    expect(caption('az')).toContain('noyabr');
  });

  it('shows each language’s own still maps in its handouts, slides and story', () => {
    for (const lang of LANGUAGES) {
      const prefix = lang === 'en' ? '' : `${lang}/`;
      for (const page of ['handout/index.html', 'present/index.html', 'index.html']) {
        const $ = builtPage(`${prefix}${page}`);
        const srcs = $('img[src*="/maps/"]')
          .map((_, img) => $(img).attr('src'))
          .get();
        expect(srcs.length, `${lang} ${page}`).toBeGreaterThan(0);
        for (const src of srcs) expect(src, `${lang} ${page}`).toMatch(lang === 'en' ? /^\/maps\// : new RegExp(`^/${lang}/maps/`));
      }
    }
  });
});

describe('dist/maps/steps: the small multiples of the dated steps', () => {
  const events = stepEvents('en');
  const stepped = loadChapters().filter((c) => c.steps);

  it.each(stepped.map((c) => [c.id, c] as const))('%s: one small map per step, on the step’s date, in its handouts', (id, chapter) => {
    const steps = datedSteps(chapter, events, 'en');
    const files = steps.map((_, i) => readFileSync(new URL(stepMapPath(id, i, 'en').slice(1), dist), 'utf8'));
    files.forEach((svg, i) => {
      expect(svg, `${id} step ${i + 1}`).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\n<title id="title">[^<]+<\/title>/);
      expect(svg.length, `${id} step ${i + 1}`).toBeLessThan(BUDGET_BYTES);
    });
    // A step before the last shows a different map from the last (the map moves), the last the chapter's own date.
    expect(new Set(files).size, `${id}: the steps draw different maps`).toBeGreaterThan(1);
    for (const lang of LANGUAGES) {
      const $ = builtPage(lang === 'en' ? 'handout/index.html' : `${lang}/handout/index.html`);
      expect(
        $(`#${id} .handout-steps img`)
          .map((_, img) => $(img).attr('src'))
          .get(),
        `${lang} handout`,
      ).toEqual(steps.map((_, i) => stepMapPath(id, i, lang)));
    }
  });
});
