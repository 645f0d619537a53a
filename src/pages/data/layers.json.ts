import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { LAYER_REGISTRY } from '../../layers/layer-registry.ts';
import { buildLayerCatalog } from '../../layers/build-layer-catalog.ts';

/** /data/layers.json: the layer catalog, generated at build from the registry and the committed geodata. */
export const GET: APIRoute = () => {
  const read = (id: string) => readFileSync(new URL(`../../../geodata/layers/${id}.geojson`, import.meta.url), 'utf8');
  const catalog = buildLayerCatalog(LAYER_REGISTRY, read);
  return new Response(JSON.stringify({ generated_from: 'geodata/layers', layers: catalog }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
