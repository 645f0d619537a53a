import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readBuiltLayers } from '../../layers/layer-files.ts';
import { LIGHT } from '../../map/style/palette.ts';
import { renderStaticMap } from '../../static-map/render-static-map.ts';
import { mapStateFor } from '../../map/map-state.ts';

/** Size of the static maps: the desktop camera's framing at 3:2. */
export const STATIC_MAP_SIZE = { width: 1200, height: 800 } as const;

/** One static map per English chapter, at /maps/<chapter-id>.svg. */
export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters', (entry) => entry.id.startsWith('en/'));
  return chapters.map((entry) => ({ params: { chapter: entry.data.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** /maps/<chapter-id>.svg: the chapter's map state drawn at build time (noscript, no-WebGL fallback, thumbnails). */
export const GET: APIRoute<{ entry: CollectionEntry<'chapters'> }> = ({ props }) => {
  const { data } = props.entry;
  const svg = renderStaticMap({
    state: mapStateFor(data, { language: 'en', viewport: 'desktop' }),
    layers: readBuiltLayers(),
    palette: LIGHT,
    ...STATIC_MAP_SIZE,
    title: data.title,
    description: data.alt,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
