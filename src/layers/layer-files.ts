import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_REGISTRY } from './layer-registry.ts';
import type { LayerId } from '../schemas/layer-properties.ts';

/**
 * Where built layers are read from at build time: geodata/layers/ under the project root
 * (Astro builds from the root, and bundled code has no stable import.meta.url).
 * CROSSROADS_FIXTURE_LAYERS names a folder of stand-in files for layers not yet built, for local
 * end-to-end runs only; it never overrides a committed layer.
 */
function layerFile(id: LayerId): string | undefined {
  const committed = join(process.cwd(), 'geodata', 'layers', `${id}.geojson`);
  if (existsSync(committed)) return committed;
  const fixtures = process.env.CROSSROADS_FIXTURE_LAYERS;
  const fixture = fixtures ? join(fixtures, `${id}.geojson`) : undefined;
  return fixture && existsSync(fixture) ? fixture : undefined;
}

/** Returns the ids of the registry layers whose file exists, in registry order. */
export function availableLayerIds(): LayerId[] {
  return LAYER_REGISTRY.map((l) => l.id).filter((id) => layerFile(id) !== undefined);
}

/** Returns the text of a layer file, or throws naming the missing file. */
export function readLayerText(id: LayerId): string {
  const path = layerFile(id);
  if (!path) throw new Error(`Layer "${id}" has no file geodata/layers/${id}.geojson yet`);
  return readFileSync(path, 'utf8');
}
