import type { APIRoute } from 'astro';
import { LAYER_REGISTRY } from '../../layers/layer-registry.ts';
import { buildLayerCatalog } from '../../layers/build-layer-catalog.ts';
import { availableLayerIds, readLayerText } from '../../layers/layer-files.ts';

/** /data/layers.json: the layer catalog, generated at build from the registry and the built geodata (layers not built yet are left out). */
export const GET: APIRoute = () => {
  const available = new Set(availableLayerIds());
  const catalog = buildLayerCatalog(
    LAYER_REGISTRY.filter((l) => available.has(l.id)),
    (id) => readLayerText(id as never),
  );
  return new Response(JSON.stringify({ generated_from: 'geodata/layers', layers: catalog }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
