import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import type { LayerScript } from './layer-script.ts';

/** Returns every layer script (geodata/scripts/<id>.geojson.ts), in registry order, so that layers derived from others build after them. */
export async function loadLayerScripts(): Promise<LayerScript[]> {
  const scripts: LayerScript[] = [];
  for (const layer of LAYER_REGISTRY) {
    const url = new URL(`../${layer.id}.geojson.ts`, import.meta.url);
    if (!existsSync(fileURLToPath(url))) throw new Error(`No script for layer ${layer.id}: expected geodata/scripts/${layer.id}.geojson.ts`);
    const mod = (await import(url.href)) as { default: LayerScript };
    if (mod.default.id !== layer.id) throw new Error(`${layer.id}.geojson.ts exports the script of ${mod.default.id}`);
    scripts.push(mod.default);
  }
  return scripts;
}
