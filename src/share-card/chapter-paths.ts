import { getCollection, type CollectionEntry } from 'astro:content';
import { storyChapters, type LocalizedChapter } from '../i18n/localized-content.ts';
import { DEFAULT_LANGUAGE } from '../i18n/locale-routes.ts';
import { LANGUAGES, type Language } from '../schemas/place-names.ts';

/** Static paths with one entry per English chapter: params.chapter = its id, props.entry = the entry. */
export async function englishChapterPaths(): Promise<{ params: { chapter: string }; props: { entry: CollectionEntry<'chapters'> } }[]> {
  const chapters = await getCollection('chapters');
  return chapters.map((entry) => ({ params: { chapter: entry.data.id }, props: { entry } }));
}

/** Static paths for a page per chapter and language under src/pages/[...locale]/: `/embed/<id>/`, `/hy/embed/<id>/`… */
export async function localizedChapterPaths(): Promise<
  { params: { locale: string | undefined; chapter: string }; props: { chapter: LocalizedChapter; lang: Language } }[]
> {
  const perLanguage = await Promise.all(LANGUAGES.map(async (lang) => ({ lang, chapters: await storyChapters(lang) })));
  return perLanguage.flatMap(({ lang, chapters }) =>
    chapters.map((chapter) => ({
      params: { locale: lang === DEFAULT_LANGUAGE ? undefined : lang, chapter: chapter.data.id },
      props: { chapter, lang },
    })),
  );
}
