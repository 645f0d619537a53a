import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../../schemas/layer-ids.ts';
import { COUNTRY_LABEL_SOURCE } from './basemap-layers.ts';
import { registryLayerOf } from './layer-meta.ts';

/**
 * A map starts with the data its first view draws and takes the rest when a view asks for it (or
 * just before): a chapter about 1923 has no use for the 2024 crossings, and every source a map loads
 * costs the reader bytes, the worker parsing and the main thread uploads. These pure helpers cut the
 * one full style (build-style.ts) into what a map has now and what it adds later, in the same order.
 */

/** The sources a registry layer draws from: its own file, and for the countries their label points too. */
export function sourcesOf(id: LayerId): string[] {
  return id === 'countries' ? [id, COUNTRY_LABEL_SOURCE] : [id];
}

/** The part of a layer list that belongs to the given registry layers, plus what belongs to none (the background). */
const keep = (layers: readonly LayerSpecification[], ids: ReadonlySet<LayerId>) =>
  layers.filter((l) => {
    const id = registryLayerOf(l);
    return id === undefined || ids.has(id);
  });

/** Returns the style with only the sources and style layers of some registry layers. */
export function subsetStyle(full: StyleSpecification, ids: ReadonlySet<LayerId>): StyleSpecification {
  const sources = new Set([...ids].flatMap(sourcesOf));
  return {
    ...full,
    sources: Object.fromEntries(Object.entries(full.sources).filter(([id]) => sources.has(id))),
    layers: keep(full.layers, ids),
  };
}

/** What adding registry layers to a map takes: the sources it lacks, and each style layer with the layer it goes before. */
export interface LayerAdditions {
  sources: [string, SourceSpecification][];
  layers: { layer: LayerSpecification; beforeId: string | undefined }[];
}

/**
 * Returns what to add to a map that has the style layers `present` (ids) so that it also draws the
 * registry layers `add`, each style layer placed where the full style has it: before the first layer
 * after it that the map already has (or on top).
 */
export function layerAdditions(
  full: StyleSpecification,
  present: ReadonlySet<string>,
  presentSources: ReadonlySet<string>,
  add: ReadonlySet<LayerId>,
): LayerAdditions {
  const sources = [...add].flatMap(sourcesOf).filter((id) => !presentSources.has(id) && full.sources[id]);
  const layers: LayerAdditions['layers'] = [];
  full.layers.forEach((layer, i) => {
    const id = registryLayerOf(layer);
    if (!id || !add.has(id) || present.has(layer.id)) return;
    const beforeId = full.layers.slice(i + 1).find((later) => present.has(later.id))?.id;
    layers.push({ layer, beforeId });
  });
  return { sources: sources.map((id) => [id, full.sources[id]!]), layers };
}
