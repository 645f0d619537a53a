import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuiltLayers } from '../../../layers/layer-files.ts';
import { LIGHT } from '../../../map/style/palette.ts';
import { renderStaticMap } from '../../../static-map/render-static-map.ts';
import { mapStateFor } from '../../../map/map-state.ts';
import { localeStaticPaths } from '../../../i18n/locale-routes.ts';
import { storyChapters } from '../../../i18n/localized-content.ts';
import type { Chapter } from '../../../schemas/chapter.ts';
import type { Language } from '../../../schemas/languages.ts';

/** Size of the static maps: the desktop camera's framing at 3:2. */
export const STATIC_MAP_SIZE = { width: 1200, height: 800 } as const;

/**
 * One static map per chapter and language, at /maps/<chapter-id>.svg (English) and
 * /<lang>/maps/<chapter-id>.svg: its labels, title and description in the page's language, so an
 * Armenian or Azerbaijani handout is not printed with English place names.
 */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const { params, props } of localeStaticPaths())
    for (const chapter of await storyChapters(props.lang))
      paths.push({ params: { ...params, chapter: chapter.data.id }, props: { data: chapter.data, lang: props.lang } });
  return paths;
}) satisfies GetStaticPaths;

/** The chapter's map state drawn at build time (noscript, no-WebGL fallback, handouts, slides' stills). */
export const GET: APIRoute<{ data: Chapter; lang: Language }> = ({ props }) => {
  const { data, lang } = props;
  const svg = renderStaticMap({
    state: mapStateFor(data, { language: lang, viewport: 'desktop' }),
    layers: readBuiltLayers(),
    palette: LIGHT,
    ...STATIC_MAP_SIZE,
    title: data.title,
    description: data.alt,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
