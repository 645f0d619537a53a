// The translations: every English chapter and glossary term has its parallel Armenian, Azerbaijani and
// Russian entry, valid against its schema, with the same facts (numbers, key-fact count) and both names
// of a contested place wherever the English gives both. Pure Node, no build.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { GlossaryTermSchema } from '../../src/schemas/glossary-term.ts';
import { ChapterTranslationSchema, DiscussionTranslationSchema, GlossaryTranslationSchema } from '../../src/schemas/translation.ts';
import { splitContested } from '../../src/i18n/contested-names.ts';
import { contestedPairs, readBuiltLayers } from '../../src/layers/layer-files.ts';
import { chapterDir, loadChapterFiles, ROOT, splitFrontmatter } from '../support/chapters.ts';

const LANGS = ['hy', 'az', 'ru'] as const;
const split = (text: string) => {
  const { raw, body } = splitFrontmatter('chapter', text);
  return { front: raw, body: body.trim() };
};
const english = loadChapterFiles().map(({ file, chapter }) => ({ file, data: chapter }));
const englishGlossary = GlossaryTermSchema.array().parse(yaml.load(readFileSync(join(ROOT, 'src/content/glossary/en.yaml'), 'utf8')));

/**
 * The numbers of a text, separators dropped ("4,388", "4 388" and "4388" are one number; "21.5" = "21,5"),
 * and a unit's exponent written flat ("km2", as a quotation has it) not counted as a number.
 */
const numbers = (text: string): Set<string> =>
  new Set(
    [
      ...text
        .replace(/(?<=\bk?m)2\b/g, '²')
        .replace(/(\d)[\s\u00a0\u202f.,](?=\d)/g, '$1')
        .matchAll(/\d+/g),
    ].map((m) => m[0]),
  );
/** True when an English number is in the translation, a two-digit year ("1992–94") also as its full form. */
const hasNumber = (found: Set<string>, n: string) => found.has(n) || (n.length === 2 && (found.has(`19${n}`) || found.has(`20${n}`)));
const pairCount = (text: string, lang: 'en' | (typeof LANGS)[number]) => splitContested(text, contestedPairs(lang)).filter((s) => !('text' in s)).length;
/** A name without its last two letters (three at least), as a pattern: a declined form still matches. */
const stem = (name: string) => name.slice(0, Math.max(3, name.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Contested places named both ways: an exact pair, or both names as word starts, because Armenian and
 * Russian decline the pair ("Շուշի/Շուշայի"). Declined pairs show both names in every naming mode.
 */
const bothNamed = (text: string, lang: (typeof LANGS)[number]) =>
  pairCount(text, lang) > 0 || contestedPairs(lang).some((p) => [p.arm, p.aze].every((name) => new RegExp(`(?<![\\p{L}])${stem(name)}`, 'u').test(text)));

/** The English full text of a chapter file. */
const englishBody = (file: string) => split(readFileSync(join(chapterDir('en'), file), 'utf8')).body;
/**
 * True when `text` writes the two names as a slash pair, in either order, each allowed a declined
 * ending ("Шуша/Шуши", "Շուշի/Շուշայի"): two names that share a stem still need the pair.
 */
const writesPair = (text: string, { arm, aze }: { arm: string; aze: string }) =>
  [
    [arm, aze],
    [aze, arm],
  ].some(([a, b]) => new RegExp(`(?<![\\p{L}])${stem(a!)}[\\p{L}-]*\\s?/\\s?${stem(b!)}`, 'u').test(text));
/** Every place with contested names, each with its pair in every language. */
const contestedPlaces = (readBuiltLayers().places?.features ?? [])
  .map((f) => f.properties as Record<string, unknown>)
  .filter((p) => p.contested_name === true)
  .map((p) => ({
    names: Object.fromEntries(
      (['en', ...LANGS] as const).map((l) => [l, { arm: String(p[`name_arm_${l}`] ?? ''), aze: String(p[`name_aze_${l}`] ?? '') }]),
    ) as Record<'en' | (typeof LANGS)[number], { arm: string; aze: string }>,
  }));
/** The contested places an English text writes as a slash pair. */
const contestedPlacesIn = (text: string) => contestedPlaces.filter(({ names: { en } }) => splitContested(text, [en]).some((s) => !('text' in s)));

describe.each(LANGS)('translation %s', (lang) => {
  const files = english.map(({ file, data }) => {
    const path = join(chapterDir(lang), file);
    return { file, en: data, path, exists: existsSync(path) };
  });

  it('has a parallel file for every English chapter, and no other', () => {
    expect(files.filter((f) => !f.exists).map((f) => f.file)).toEqual([]);
    const extra = readdirSync(chapterDir(lang)).filter((f) => !english.some((e) => e.file === f));
    expect(extra).toEqual([]);
  });

  it('validates every chapter file against its schema, with the English id and key-fact count', () => {
    for (const { file, en, path } of files) {
      const t = ChapterTranslationSchema.parse(split(readFileSync(path, 'utf8')).front);
      expect(t.id, file).toBe(en.id);
      expect(t.key_facts?.length ?? 0, file).toBe(en.key_facts?.length ?? 0);
    }
  });

  it('keeps every number of the English short texts', () => {
    for (const { file, en, path } of files) {
      const t = ChapterTranslationSchema.parse(split(readFileSync(path, 'utf8')).front);
      for (const field of ['title', 'alt', 'changes'] as const) {
        const found = numbers(t[field]);
        for (const n of numbers(en[field])) expect(hasNumber(found, n), `${file} ${field}: ${n}`).toBe(true);
      }
      (en.key_facts ?? []).forEach((fact, i) => {
        const found = numbers(t.key_facts![i]!);
        for (const n of numbers(fact)) expect(hasNumber(found, n), `${file} key fact ${i + 1}: ${n}`).toBe(true);
      });
    }
  });

  it('gives both names of a contested place wherever the English does', () => {
    for (const { file, en, path } of files) {
      const { front, body } = split(readFileSync(path, 'utf8'));
      const t = ChapterTranslationSchema.parse(front);
      for (const field of ['title', 'alt', 'changes'] as const) {
        if (pairCount(en[field], 'en') > 0) expect(bothNamed(t[field], lang), `${file} ${field}`).toBe(true);
      }
      if (body) expect(body.length, `${file}: a translated body`).toBeGreaterThan(200);
    }
  });

  it('translates the full text of every chapter, so no page falls back to English', () => {
    const untranslated = files.filter(({ path }) => split(readFileSync(path, 'utf8')).body.length === 0).map((f) => f.file);
    expect(untranslated).toEqual([]);
  });

  it('keeps every number of the English full text', () => {
    for (const { file, path } of files) {
      const found = numbers(split(readFileSync(path, 'utf8')).body);
      const missing = [...numbers(englishBody(file))].filter((n) => !hasNumber(found, n));
      expect(missing, `${file}: numbers of the English text missing from the ${lang} text`).toEqual([]);
    }
  });

  it('names both sides of every contested place the English full text names both ways', () => {
    for (const { file, path } of files) {
      const body = split(readFileSync(path, 'utf8')).body;
      const missing = contestedPlacesIn(englishBody(file))
        .map((place) => place.names[lang])
        .filter((pair) => !writesPair(body, pair))
        .map((pair) => `${pair.arm}/${pair.aze}`);
      expect(missing, `${file}: contested places the ${lang} text does not name both ways`).toEqual([]);
    }
  });

  it('has every glossary term, in the English order', () => {
    const path = join(ROOT, 'src/content/glossary', `${lang}.yaml`);
    const terms = GlossaryTranslationSchema.array().parse(yaml.load(readFileSync(path, 'utf8')));
    expect(terms.map((t) => t.id)).toEqual(englishGlossary.map((t) => t.id));
  });
});

describe.each(LANGS)('discussion questions %s', (lang) => {
  it('asks every chapter’s questions, as many as the English, in the English order', () => {
    const english = yaml.load(readFileSync(join(ROOT, 'src/content/discussion/en.yaml'), 'utf8')) as { id: string; questions: unknown[] }[];
    const translated = DiscussionTranslationSchema.array().parse(yaml.load(readFileSync(join(ROOT, 'src/content/discussion', `${lang}.yaml`), 'utf8')));
    expect(translated.map((d) => [d.id, d.questions.length])).toEqual(english.map((d) => [d.id, d.questions.length]));
  });
});
