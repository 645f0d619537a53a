import type { Feature } from 'geojson';
import { readFileSync, writeFileSync } from 'node:fs';
import { serializeFeatureCollection } from '../../../src/geo/serialize-feature-collection.ts';
import { getLayerDefinition } from '../../../src/layers/layer-registry.ts';
import { LAYER_PROPERTY_SCHEMAS, type LayerId } from '../../../src/schemas/layer-properties.ts';
import { layerPath } from './paths.ts';

/** A script that builds one layer file. */
export interface LayerScript {
  /** The layer it writes: geodata/layers/<id>.geojson. */
  id: LayerId;
  /** 'registry' scripts read the heavy npm inputs; 'authored' ones read only geodata/sources and built layers. */
  inputs: 'registry' | 'authored';
  /** Returns the layer's features, in their final order. */
  build: () => Feature[] | Promise<Feature[]>;
}

/** Returns the file text a layer script produces, after validating every feature's properties. */
export async function renderLayer(script: LayerScript): Promise<string> {
  const def = getLayerDefinition(script.id);
  const features = await script.build();
  const schema = LAYER_PROPERTY_SCHEMAS[script.id];
  const seen = new Set<string>();
  for (const f of features) {
    const parsed = schema.safeParse(f.properties);
    if (!parsed.success) {
      throw new Error(`${script.id}: feature ${JSON.stringify(f.properties?.id)} is invalid: ${parsed.error.message}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`${script.id}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
  }
  return serializeFeatureCollection(features, def.precision);
}

/** Builds the layer and writes it; returns true when the file changed. */
export async function writeLayer(script: LayerScript): Promise<boolean> {
  const text = await renderLayer(script);
  const path = layerPath(script.id);
  let before = '';
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    /* first build */
  }
  if (before === text) return false;
  writeFileSync(path, text);
  return true;
}

/** Reads a built layer (scripts that derive from other layers read the committed output). */
export function readBuiltLayer(id: LayerId): Feature[] {
  return (JSON.parse(readFileSync(layerPath(id), 'utf8')) as { features: Feature[] }).features;
}
