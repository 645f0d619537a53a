// The four language versions in the built HTML, without a browser: each page's alternates, the story
// in each language with its translated chapter titles and its own interface words, and a visible note
// on every chapter whose text falls back to English (and on no other).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadChapters, loadTranslationFiles } from '../support/chapters.ts';
import { builtPage, htmlFiles, isEmbedChapterPath, pagePath } from './built-pages.ts';

const chapters = loadChapters();

describe('languages in the built pages', () => {
  it('links every page (but the one 404 page and the embeds, frames that search engines skip) to its four language versions', () => {
    const missing = htmlFiles
      .filter((f) => f !== '404.html' && !isEmbedChapterPath(pagePath(f)))
      .filter((f) => {
        const $ = builtPage(f);
        return (
          $('link[rel="alternate"][hreflang]')
            .map((_, l) => $(l).attr('hreflang'))
            .get()
            .sort()
            .join() !== 'az,en,hy,ru'
        );
      })
      .map(pagePath);
    expect(missing).toEqual([]);
  });

  describe.each(['en', 'hy', 'az', 'ru'])('the dated steps of the story in %s', (lang) => {
    const $ = builtPage(lang === 'en' ? 'index.html' : `${lang}/index.html`);
    const events = JSON.parse(readFileSync('geodata/layers/events.geojson', 'utf8')) as { features: { properties: Record<string, string> }[] };
    const names = new Map(events.features.map((f) => [f.properties.id!, f.properties[`name_${lang}`]!]));

    it('gives every chapter with steps a strip, hidden until the script shows it, the last step pressed, each named by its event in the language', () => {
      const stepped = chapters.filter((c) => c.steps);
      expect(stepped.length).toBeGreaterThan(0);
      for (const c of stepped) {
        const strip = $(`section#${c.id} [data-chapter-steps]`);
        expect(strip.attr('hidden'), c.id).toBeDefined();
        const buttons = strip.find('button[data-step]');
        expect(buttons.length, c.id).toBe(c.steps!.length);
        expect(buttons.map((_, b) => $(b).attr('aria-pressed')).get(), c.id).toEqual(c.steps!.map((_, i) => String(i === c.steps!.length - 1)));
        c.steps!.forEach(({ event }, i) => expect($(buttons[i]).text(), `${c.id} step ${i + 1}`).toContain(names.get(event)!.split('/')[0]!.trim()));
        // The strip is named by its label, and the label is in the page's language.
        expect(
          $(`#${strip.find('ol').attr('aria-labelledby')}`)
            .text()
            .trim().length,
        ).toBeGreaterThan(5);
      }
      expect(chapters.filter((c) => !c.steps).every((c) => $(`section#${c.id} [data-chapter-steps]`).length === 0)).toBe(true);
    });
  });

  describe.each(['hy', 'az', 'ru'])('the story in %s', (lang) => {
    const $ = builtPage(`${lang}/index.html`);
    const titles = new Map(loadTranslationFiles(lang).map(({ translation }) => [translation.id, translation.title]));

    it('has its lang, every chapter under its translated title, and its own interface words', () => {
      expect($('html').attr('lang')).toBe(lang);
      for (const c of chapters) expect($(`h2#${c.id}-title`).text(), c.id).toBe(titles.get(c.id));
      expect($('[data-toc] summary').first().text()).not.toBe(builtPage('index.html')('[data-toc] summary').first().text());
    });

    it('shows every chapter’s text in its own language, with no English fallback and no fallback note', () => {
      const fallback = $('section.chapter')
        .filter((_, s) => $(s).find('[data-translation-fallback]').length > 0)
        .map((_, s) => $(s).attr('id'))
        .get();
      const english = $('section.chapter')
        .filter((_, s) => $(s).find('.chapter-body').attr('lang') === 'en')
        .map((_, s) => $(s).attr('id'))
        .get();
      expect(fallback).toEqual(english);
      expect(english, 'chapters shown in English').toEqual([]);
    });
  });
});
