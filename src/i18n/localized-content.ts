import { getCollection, type CollectionEntry } from 'astro:content';
import type { Chapter } from '../schemas/chapter.ts';
import type { GlossaryTerm } from '../schemas/glossary-term.ts';
import type { DiscussionEntry } from '../schemas/discussion.ts';
import type { Language } from '../schemas/place-names.ts';
import type { TranslationStatus } from '../schemas/translation.ts';

/**
 * The story's content in one language, merged over the English source at build time: every page reads
 * chapters and glossary terms through here, so a translation never has to repeat cameras, layers,
 * dates or sources, and whatever is not translated falls back to English in one visible way.
 */
export interface LocalizedChapter {
  /** The English chapter with its short texts (title, alt, changes, key facts, notes) translated. */
  data: Chapter;
  /** The entry whose Markdown body to render: the translation, or English when it has no body. */
  body: CollectionEntry<'chapters'> | CollectionEntry<'chapterTranslations'>;
  /** The language the body is written in; differs from the page language when it falls back. */
  bodyLang: Language;
  /** `source` for English; otherwise the translation's status, or `missing` when there is no file. */
  status: TranslationStatus | 'source' | 'missing';
}

const byOrder = (a: { data: Chapter }, b: { data: Chapter }): number => a.data.order - b.data.order;

/** Every chapter in a language, in story order. */
export async function storyChapters(lang: Language): Promise<LocalizedChapter[]> {
  const english = await getCollection('chapters');
  if (lang === 'en') return english.map((entry) => ({ data: entry.data, body: entry, bodyLang: 'en' as const, status: 'source' as const })).sort(byOrder);
  const translations = new Map((await getCollection('chapterTranslations', (t) => t.id.startsWith(`${lang}/`))).map((t) => [t.data.id, t]));
  return english
    .map((entry): LocalizedChapter => {
      const translation = translations.get(entry.data.id);
      if (!translation) return { data: entry.data, body: entry, bodyLang: 'en', status: 'missing' };
      const { title, short_title, alt, changes, key_facts, notes } = translation.data;
      const hasBody = (translation.body ?? '').trim().length > 0;
      return {
        data: { ...entry.data, title, short_title, alt, changes, key_facts: key_facts ?? entry.data.key_facts, notes: notes ?? entry.data.notes },
        body: hasBody ? translation : entry,
        bodyLang: hasBody ? lang : 'en',
        status: translation.data.status,
      };
    })
    .sort(byOrder);
}

/** A glossary term in a language, with the language it is actually written in. */
export type LocalizedTerm = GlossaryTerm & { lang: Language; status: TranslationStatus | 'source' };

/** Every glossary term in a language; untranslated terms stay English (and say so through `lang`). */
export async function glossaryTerms(lang: Language): Promise<LocalizedTerm[]> {
  const english = (await getCollection('glossary')).map((g) => g.data);
  if (lang === 'en') return english.map((term) => ({ ...term, lang, status: 'source' }));
  const translations = new Map((await getCollection('glossaryTranslations', (t) => t.id.startsWith(`${lang}/`))).map((t) => [t.data.ref, t.data]));
  return english.map((term) => {
    const tr = translations.get(term.id);
    return tr ? { ...term, term: tr.term, definition: tr.definition, lang, status: tr.status } : { ...term, lang: 'en', status: 'source' };
  });
}

/** A chapter's discussion questions in a language, with the language they are actually written in. */
export type LocalizedDiscussion = DiscussionEntry & { lang: Language };

/** Every chapter's discussion questions in a language; untranslated entries stay English. */
export async function discussionEntries(lang: Language): Promise<LocalizedDiscussion[]> {
  const english = (await getCollection('discussion')).map((d) => d.data);
  if (lang === 'en') return english.map((entry) => ({ ...entry, lang }));
  const translations = new Map((await getCollection('discussionTranslations', (t) => t.id.startsWith(`${lang}/`))).map((t) => [t.data.ref, t.data]));
  return english.map((entry) => {
    const tr = translations.get(entry.id);
    // A translation must ask as many questions as the English, or the teacher edition's answers drift.
    return tr && tr.questions.length === entry.questions.length ? { id: entry.id, questions: tr.questions, lang } : { ...entry, lang: 'en' };
  });
}
