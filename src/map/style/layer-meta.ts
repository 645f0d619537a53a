import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../../schemas/layer-properties.ts';
import type { Language } from '../../schemas/place-names.ts';
import type { NamingMode } from '../../schemas/naming.ts';

/** Options every layer function takes besides the palette. */
export interface LayerOptions {
  /** Page language of the labels. */
  lang: Language;
  /** How contested places are named. */
  naming: NamingMode;
  /** Font stack for labels (a family declared in the style's font-faces). */
  font: string[];
}

/** Metadata key naming the registry layer a style layer draws. */
export const REGISTRY_KEY = 'crossroads:layer';
/** Metadata key marking a label layer, which buildStyle lifts above every data layer. */
export const LABEL_KEY = 'crossroads:label';

/** Returns the metadata object of a style layer drawing registry layer `id`. */
export function meta(id: LayerId, label = false): Record<string, unknown> {
  return label ? { [REGISTRY_KEY]: id, [LABEL_KEY]: true } : { [REGISTRY_KEY]: id };
}

/** Returns the registry layer id a style layer draws, if any. */
export function registryLayerOf(layer: LayerSpecification): LayerId | undefined {
  const m = (layer as { metadata?: Record<string, unknown> }).metadata;
  return m?.[REGISTRY_KEY] as LayerId | undefined;
}

/** True when a style layer is a label layer. */
export function isLabelLayer(layer: LayerSpecification): boolean {
  const m = (layer as { metadata?: Record<string, unknown> }).metadata;
  return m?.[LABEL_KEY] === true;
}

/**
 * True when a style layer writes names: a label layer's symbols whose text is read from the features.
 * Label layers also hold place dots (circles) and the exodus flow's chevrons (a fixed glyph), which are not.
 */
export function isNameLayer(layer: LayerSpecification): boolean {
  return isLabelLayer(layer) && layer.type === 'symbol' && typeof layer.layout?.['text-field'] !== 'string';
}
