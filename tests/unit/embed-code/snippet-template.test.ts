import { describe, expect, it } from 'vitest';
import { allSnippets, type SnippetInput } from '../../../src/embed-code/embed-snippet.ts';
import { scriptSnippet } from '../../../src/embed-code/embed-loader-snippet.ts';
import { fillTemplate, TEMPLATE_TOKENS, type TemplateValues } from '../../../src/embed-code/snippet-template.ts';
import { LANGUAGES, type Language } from '../../../src/schemas/languages.ts';
import { loadChapters, loadTranslationFiles } from '../../support/chapters.ts';

// The story writes the embed codes once, for stand-in values, and fills them in the browser
// (EmbedDialog.astro, embed-dialog.ts). Filling must give exactly what the snippet builders give for
// the real chapter, in every language and for every kind of code.

const SITE = 'https://crossroads.example.org/';

function codes(values: TemplateValues, lang: Language): string[] {
  const input: SnippetInput = { site: SITE, chapterId: values.id, title: values.title, alt: values.alt, view: lang === 'en' ? undefined : { lang } };
  const s = allSnippets(input);
  return [s.responsive, scriptSnippet(input), s.fixed, s.image, s.amp];
}

const chaptersByLanguage = (): { lang: Language; values: TemplateValues }[] => {
  const english = loadChapters().map((c) => ({ lang: 'en' as const, values: { id: c.id, title: c.title, alt: c.alt } }));
  const translated = LANGUAGES.filter((l) => l !== 'en').flatMap((lang) =>
    loadTranslationFiles(lang).map(({ translation: t }) => ({ lang, values: { id: t.id, title: t.title, alt: t.alt } })),
  );
  return [...english, ...translated];
};

describe('embed code templates', () => {
  it('the stand-ins pass through the snippet builders unchanged, so they can be found again', () => {
    const joined = codes(TEMPLATE_TOKENS, 'en').join('\n');
    expect(joined).toContain(TEMPLATE_TOKENS.id);
    expect(joined).toContain(TEMPLATE_TOKENS.title);
    expect(joined).toContain(TEMPLATE_TOKENS.alt);
  });

  it('filled for each chapter in each language, every code equals the one built for that chapter', () => {
    const cases = chaptersByLanguage();
    expect(cases.length).toBeGreaterThanOrEqual(4 * 18);
    for (const { lang, values } of cases) {
      const templates = codes(TEMPLATE_TOKENS, lang);
      const built = codes(values, lang);
      templates.forEach((template, i) => expect(fillTemplate(template, values), `${lang}/${values.id} code ${i}`).toBe(built[i]));
    }
  });

  it('escapes quotes, ampersands and angle brackets in code but not in a heading’s text', () => {
    const values = { id: 'blockade', title: `"Road" & <b>'x'</b>`, alt: 'A < B & C > "D"' };
    const templates = codes(TEMPLATE_TOKENS, 'en');
    templates.forEach((template, i) => expect(fillTemplate(template, values)).toBe(codes(values, 'en')[i]));
    expect(fillTemplate(`Embed: ${TEMPLATE_TOKENS.title}`, values, 'text')).toBe(`Embed: "Road" & <b>'x'</b>`);
    expect(fillTemplate(`<p title="${TEMPLATE_TOKENS.title}">`, values)).toBe('<p title="&quot;Road&quot; &amp; &lt;b&gt;&#39;x&#39;&lt;/b&gt;">');
  });
});
