// The four language versions in the built HTML, without a browser: each page's alternates, the story
// in each language with its translated chapter titles and its own interface words, and a visible note
// on every chapter whose text falls back to English (and on no other).
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
