// The committed geodata: every layer valid against its schema, geometry valid, within its budget.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { LAYER_REGISTRY } from '../../src/layers/layer-registry.ts';
import { LAYER_PROPERTY_SCHEMAS } from '../../src/schemas/layer-properties.ts';
import { geometryProblems } from '../../src/geo/geometry-checks.ts';
import { layerPath } from '../../geodata/scripts/lib/paths.ts';

/** The whole story's GeoJSON must stay under 1 MB raw: flyTo drops from ~29 to ~15 fps between 110 KB and 1.1 MB on a 2-core machine (research notes, performance §1.7). */
const TOTAL_BUDGET_BYTES = 1_000_000;

const read = (id: string) => JSON.parse(readFileSync(layerPath(id), 'utf8')) as FeatureCollection;

describe.each(LAYER_REGISTRY.map((l) => [l.id, l] as const))('layer %s', (id, layer) => {
  it('is a FeatureCollection of features whose properties match the layer schema', () => {
    const fc = read(id);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      const parsed = LAYER_PROPERTY_SCHEMAS[layer.id].safeParse(f.properties);
      expect(parsed.success, `${id}/${String(f.properties?.id)}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('has valid geometry: closed rings, RFC 7946 winding, no self-crossing, inside the region, at its precision', () => {
    for (const f of read(id).features) {
      expect(geometryProblems(f.geometry, layer.precision), `${id}/${String(f.properties?.id)}`).toEqual([]);
    }
  });

  it(`stays within its byte budget`, () => {
    expect(statSync(layerPath(id)).size).toBeLessThanOrEqual(layer.max_bytes);
  });
});

describe('all layers', () => {
  it('use ids that are unique across layers', () => {
    const ids = LAYER_REGISTRY.flatMap((l) => read(l.id).features.map((f) => String(f.properties?.id)));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('weigh at most 1 MB raw together', () => {
    const total = LAYER_REGISTRY.reduce((sum, l) => sum + statSync(layerPath(l.id)).size, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
  });
});
