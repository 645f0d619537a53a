// The built site's data: every layer is served as a file, and the catalog describes those files.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { LAYER_REGISTRY } from '../../src/layers/layer-registry.ts';
import type { LayerCatalogEntry } from '../../src/layers/build-layer-catalog.ts';
import { DIST_URL } from '../support/dist-dir.ts';

const dist = DIST_URL;
const catalog = JSON.parse(readFileSync(new URL('data/layers.json', dist), 'utf8')) as { layers: LayerCatalogEntry[] };

describe('dist/data/layers.json', () => {
  it('lists every registry layer once, in registry order', () => {
    expect(catalog.layers.map((l) => l.id)).toEqual(LAYER_REGISTRY.map((l) => l.id));
  });

  describe.each(LAYER_REGISTRY.map((l) => l.id))('%s', (id) => {
    const entry = () => catalog.layers.find((l) => l.id === id)!;
    const file = () => new URL(`.${entry().path}`, dist);

    it('points at a served file of the stated size', () => {
      expect(statSync(file()).size).toBe(entry().bytes);
    });
    it('states the file’s feature count and a bbox that holds every feature', () => {
      const fc = JSON.parse(readFileSync(file(), 'utf8')) as FeatureCollection;
      expect(entry().feature_count).toBe(fc.features.length);
      const [w, s, e, n] = entry().bbox as [number, number, number, number];
      const text = JSON.stringify(fc.features.map((f) => f.geometry));
      const nums = [...text.matchAll(/\[(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(nums.length).toBeGreaterThan(0);
      for (const [lon, lat] of nums) {
        expect(lon! >= w - 1e-4 && lon! <= e + 1e-4 && lat! >= s - 1e-4 && lat! <= n + 1e-4).toBe(true);
      }
    });
    it('names sources and a licence', () => {
      expect(entry().sources.length).toBeGreaterThan(0);
      expect(entry().licences.length).toBeGreaterThan(0);
    });
  });
});
