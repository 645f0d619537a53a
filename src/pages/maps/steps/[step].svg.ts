import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readBuiltLayers, stepEvents } from '../../../layers/layer-files.ts';
import { LIGHT } from '../../../map/style/palette.ts';
import { renderStaticMap } from '../../../static-map/render-static-map.ts';
import { mapStateFor } from '../../../map/map-state.ts';
import { datedSteps, stepMapId } from '../../../chapters/dated-steps.ts';

/** Size of a step's small map: the chapter's still map at half its size, same framing. */
export const STEP_MAP_SIZE = { width: 600, height: 400 } as const;

/** One small map per dated step of each English chapter, at /maps/steps/<chapter-id>-<n>.svg (n from 1). */
export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters', (entry) => entry.id.startsWith('en/'));
  const events = stepEvents('en');
  return chapters.flatMap(({ data }) =>
    datedSteps(data, events, 'en').map((step, i) => ({
      params: { step: stepMapId(data.id, i) },
      props: { data, date: step.date, label: step.label },
    })),
  );
}) satisfies GetStaticPaths;

type Props = { data: Parameters<typeof mapStateFor>[0] & { title: string; alt: string }; date: string; label: string };

/** A step's small map: the chapter's desktop framing on the step's date (handouts: a strip of small multiples). */
export const GET: APIRoute<Props> = ({ props }) => {
  const { data, date, label } = props;
  const svg = renderStaticMap({
    state: mapStateFor(data, { language: 'en', viewport: 'desktop', date }),
    layers: readBuiltLayers(),
    palette: LIGHT,
    ...STEP_MAP_SIZE,
    title: `${data.title}: ${label}`,
    description: label,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
