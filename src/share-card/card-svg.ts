import { SHARE_CARD_SIZE } from '../embed-code/embed-urls.ts';
import { readBuiltLayers } from '../layers/layer-files.ts';
import { LIGHT } from '../map/style/palette.ts';
import type { Chapter } from '../schemas/chapter.ts';
import { renderStaticMap } from '../static-map/render-static-map.ts';
import { mapStateFor } from '../map/map-state.ts';
import { addTitlePanel } from './share-card.ts';

/** The share card of a chapter as SVG: its static map (desktop camera) at 1200×630 with a title panel. */
export function shareCardSvg(chapter: Chapter): string {
  const map = renderStaticMap({
    state: mapStateFor(chapter, { language: 'en', viewport: 'desktop' }),
    layers: readBuiltLayers(),
    palette: LIGHT,
    ...SHARE_CARD_SIZE,
    title: chapter.title,
    description: chapter.alt,
  });
  return addTitlePanel(map, { title: chapter.title, palette: LIGHT });
}
