import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { englishChapterPaths } from '../../share-card/chapter-paths.ts';
import { SHARE_CARD_SIZE } from '../../embed-code/embed-urls.ts';
import { shareCardSvg } from '../../share-card/card-svg.ts';
import { rasteriseSvg } from '../../share-card/rasterise.ts';

/** One share-card PNG per English chapter, at /maps/<chapter-id>.png. */
export const getStaticPaths = englishChapterPaths satisfies GetStaticPaths;

/**
 * /maps/<chapter-id>.png: the share card (1200×630) rasterised at build with our own Noto Sans files;
 * og:image, the oEmbed thumbnail and the static-image embed. A chapter whose PNG cannot be made, or
 * comes out blank, fails the build.
 */
export const GET: APIRoute<{ entry: CollectionEntry<'chapters'> }> = async ({ props }) => {
  const { data } = props.entry;
  const png = await rasteriseSvg(shareCardSvg(data), SHARE_CARD_SIZE, `chapter "${data.id}" (${props.entry.id})`);
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
