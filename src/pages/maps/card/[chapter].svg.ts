import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { englishChapterPaths } from '../../../share-card/chapter-paths.ts';
import { shareCardSvg } from '../../../share-card/card-svg.ts';

/** One share card per English chapter, at /maps/card/<chapter-id>.svg. */
export const getStaticPaths = englishChapterPaths satisfies GetStaticPaths;

/** /maps/card/<chapter-id>.svg: the chapter's map at 1200×630 with its title (vector twin of the PNG). */
export const GET: APIRoute<{ entry: CollectionEntry<'chapters'> }> = ({ props }) =>
  new Response(shareCardSvg(props.entry.data), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
