import type { FeatureCollection } from 'geojson';
import { SHARE_CARD_SIZE } from '../embed/embed-urls.ts';
import { availableLayerIds, readLayerText } from '../layers/layer-files.ts';
import { LIGHT } from '../map/style/palette.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import { renderStaticMap } from '../static-map/render-static-map.ts';
import { mapStateFor } from '../story/map-state.ts';
import { addTitlePanel } from './share-card.ts';

/** Every built layer's geodata, read once per build. */
const readLayers = (() => {
  let layers: Partial<Record<LayerId, FeatureCollection>> | undefined;
  return () => (layers ??= Object.fromEntries(availableLayerIds().map((id) => [id, JSON.parse(readLayerText(id)) as FeatureCollection])));
})();

/** The share card of a chapter as SVG: its static map (desktop camera) at 1200×630 with a title panel. */
export function shareCardSvg(chapter: Chapter): string {
  const map = renderStaticMap({
    state: mapStateFor(chapter, { language: 'en', viewport: 'desktop' }),
    layers: readLayers(),
    palette: LIGHT,
    ...SHARE_CARD_SIZE,
    title: chapter.title,
    description: chapter.alt,
  });
  return addTitlePanel(map, { title: chapter.title, palette: LIGHT });
}
