import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../schemas/layer-properties.ts';
import { registryLayerOf } from './style/layer-meta.ts';

/** The part of the MapLibre map this module needs (a fake can stand in for it in tests). */
export interface VisibilityTarget {
  getStyle(): { layers: LayerSpecification[] } | undefined;
  setLayoutProperty(layerId: string, name: 'visibility', value: 'visible' | 'none'): unknown;
}

/** Shows the style layers of the visible registry layers and hides all other registry layers' style layers. */
export function applyLayerVisibility(map: VisibilityTarget, visible: ReadonlySet<LayerId>): void {
  for (const layer of map.getStyle()?.layers ?? []) {
    const id = registryLayerOf(layer);
    if (id) map.setLayoutProperty(layer.id, 'visibility', visible.has(id) ? 'visible' : 'none');
  }
}
