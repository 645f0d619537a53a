import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { englishChapterPaths } from '../../share-card/chapter-paths.ts';
import { buildSite } from '../../embed-code/embed-urls.ts';
import { buildOEmbed } from '../../embed-code/oembed.ts';

/** One oEmbed response per English chapter, at /oembed/<chapter-id>.json. */
export const getStaticPaths = englishChapterPaths satisfies GetStaticPaths;

/** /oembed/<chapter-id>.json: a static "rich" oEmbed response (the responsive iframe, the PNG thumbnail). */
export const GET: APIRoute<{ entry: CollectionEntry<'chapters'> }> = ({ props }) => {
  const { data } = props.entry;
  const body = buildOEmbed({ site: buildSite(), chapterId: data.id, title: data.title, alt: data.alt });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
