import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuiltLayers, stepEvents } from '../../../../layers/layer-files.ts';
import { LIGHT } from '../../../../map/style/palette.ts';
import { renderStaticMap } from '../../../../static-map/render-static-map.ts';
import { mapStateFor } from '../../../../map/map-state.ts';
import { datedSteps, stepMapId } from '../../../../chapters/dated-steps.ts';
import { localeStaticPaths } from '../../../../i18n/locale-routes.ts';
import { storyChapters } from '../../../../i18n/localized-content.ts';
import type { Chapter } from '../../../../schemas/chapter.ts';
import type { Language } from '../../../../schemas/languages.ts';

/** Size of a step's small map: the chapter's still map at half its size, same framing. */
export const STEP_MAP_SIZE = { width: 600, height: 400 } as const;

/** One small map per dated step of each chapter and language, at [/<lang>]/maps/steps/<chapter-id>-<n>.svg (n from 1). */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const { params, props } of localeStaticPaths()) {
    const events = stepEvents(props.lang);
    for (const { data } of await storyChapters(props.lang))
      for (const [i, step] of datedSteps(data, events, props.lang).entries())
        paths.push({ params: { ...params, step: stepMapId(data.id, i) }, props: { data, lang: props.lang, date: step.date, label: step.label } });
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = { data: Chapter; lang: Language; date: string; label: string };

/** A step's small map: the chapter's desktop framing on the step's date (handouts: a strip of small multiples). */
export const GET: APIRoute<Props> = ({ props }) => {
  const { data, lang, date, label } = props;
  const svg = renderStaticMap({
    state: mapStateFor(data, { language: lang, viewport: 'desktop', date }),
    layers: readBuiltLayers(),
    palette: LIGHT,
    ...STEP_MAP_SIZE,
    title: `${data.title}: ${label}`,
    description: label,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
