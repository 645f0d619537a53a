import type { BBox, FeatureCollection } from 'geojson';
import bbox from '@turf/bbox';
import type { LayerDefinition } from '../schemas/layer-definition.ts';

/** One layer as the catalog describes it to readers, journalists and tests. */
export interface LayerCatalogEntry {
  id: string;
  title: string;
  description: string;
  geometry: LayerDefinition['geometry'];
  role: LayerDefinition['role'];
  dated: boolean;
  sources: LayerDefinition['sources'];
  licences: LayerDefinition['licences'];
  attribution: string;
  /** Site path of the GeoJSON file. */
  path: string;
  feature_count: number;
  /** [west, south, east, north] of all features. */
  bbox: BBox;
  /** Size of the file in bytes, as served (raw). */
  bytes: number;
  /** Earliest valid_from and latest valid_to of the layer's features (null = open). */
  dates: { from: string | null; to: string | null };
}

/** Returns the catalog of every layer, computed from the registry and the layers' file texts. */
export function buildLayerCatalog(registry: readonly LayerDefinition[], fileText: (id: string) => string): LayerCatalogEntry[] {
  return registry.map((layer) => {
    const text = fileText(layer.id);
    const fc = JSON.parse(text) as FeatureCollection;
    const froms = fc.features.map((f) => f.properties?.valid_from as string | null);
    const tos = fc.features.map((f) => f.properties?.valid_to as string | null);
    return {
      id: layer.id,
      title: layer.title,
      description: layer.description,
      geometry: layer.geometry,
      role: layer.role,
      dated: layer.dated,
      sources: layer.sources,
      licences: layer.licences,
      attribution: layer.attribution,
      path: `/data/${layer.id}.geojson`,
      feature_count: fc.features.length,
      bbox: bbox(fc).map((n) => Math.round(n * 1e4) / 1e4) as BBox,
      bytes: new TextEncoder().encode(text).length,
      dates: {
        from: froms.includes(null) ? null : ([...froms].sort()[0] ?? null),
        to: tos.includes(null) ? null : ([...tos].sort().at(-1) ?? null),
      },
    };
  });
}
