import type { StepEvent } from '../chapters/dated-steps.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { LAYER_REGISTRY } from './layer-registry.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import type { Language } from '../schemas/place-names.ts';
import { contestedPairsFrom, type ContestedPair } from '../i18n/contested-names.ts';

/**
 * Where built layers are read from at build time: geodata/layers/ under the project root
 * (Astro builds from the root, and bundled code has no stable import.meta.url).
 */
function layerFile(id: LayerId): string | undefined {
  const committed = join(process.cwd(), 'geodata', 'layers', `${id}.geojson`);
  return existsSync(committed) ? committed : undefined;
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

let parsed: Partial<Record<LayerId, FeatureCollection>> | undefined;

/** Returns every built layer's geodata, parsed once per build (the static maps and share cards read them all). */
export function readBuiltLayers(): Partial<Record<LayerId, FeatureCollection>> {
  return (parsed ??= Object.fromEntries(availableLayerIds().map((id) => [id, JSON.parse(readLayerText(id)) as FeatureCollection])));
}

/** Returns the names, in a language (English where missing), of the wanted feature ids, from the same layer files the map draws. */
export function featureNamesById(wanted: ReadonlySet<string>, lang: Language): Record<string, string> {
  const names: Record<string, string> = {};
  for (const fc of Object.values(readBuiltLayers())) {
    for (const f of fc?.features ?? []) {
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const name = (p[`name_${lang}`] ?? p.name_en) as string | undefined;
      if (typeof p.id === 'string' && name && wanted.has(p.id)) names[p.id] ??= name;
    }
  }
  return names;
}

/** The events a chapter's dated steps can name, by id: each one's date and its name in a language. */
export function stepEvents(lang: Language): Map<string, StepEvent> {
  const events = new Map<string, StepEvent>();
  for (const f of readBuiltLayers().events?.features ?? []) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const name = (p[`name_${lang}`] ?? p.name_en) as string;
    events.set(p.id as string, { date: p.date as string, name });
  }
  return events;
}

/** The contested places' two names in a language, from the built places layer (the map's own labels). */
export function contestedPairs(lang: Language): ContestedPair[] {
  return contestedPairsFrom((readBuiltLayers().places?.features ?? []) as { properties: Record<string, unknown> }[], lang);
}
