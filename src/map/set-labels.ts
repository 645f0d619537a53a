import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { isNameLayer } from './style/layer-meta.ts';
import { labelField } from './style/label-field.ts';
import type { NamingMode } from '../schemas/naming.ts';
import type { Language } from '../schemas/place-names.ts';

/** The part of a MapLibre map that relabelling needs. */
export interface LabelTarget {
  getStyle(): { layers: LayerSpecification[] } | undefined;
  setLayoutProperty(layerId: string, name: 'text-field', value: ExpressionSpecification): unknown;
}

/**
 * Switches every label layer to a language and naming mode in place (no style rebuild, no refetch):
 * the same labelField expression buildStyle writes, so a relabelled map equals a freshly built one.
 */
export function setLabels(map: LabelTarget, lang: Language, naming: NamingMode): void {
  for (const layer of map.getStyle()?.layers ?? []) {
    if (isNameLayer(layer)) map.setLayoutProperty(layer.id, 'text-field', labelField(lang, naming));
  }
}
