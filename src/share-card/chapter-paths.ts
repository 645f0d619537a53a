import { getCollection, type CollectionEntry } from 'astro:content';

/** Static paths with one entry per English chapter: params.chapter = its id, props.entry = the entry. */
export async function englishChapterPaths(): Promise<{ params: { chapter: string }; props: { entry: CollectionEntry<'chapters'> } }[]> {
  const chapters = await getCollection('chapters', (entry) => entry.id.startsWith('en/'));
  return chapters.map((entry) => ({ params: { chapter: entry.data.id }, props: { entry } }));
}
