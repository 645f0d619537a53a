import { describe, expect, it } from 'vitest';
import { buildLayerCatalog } from '../../../src/layers/build-layer-catalog.ts';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';

const point = (id: string, lon: number, lat: number, from: string | null, to: string | null) => ({
  type: 'Feature',
  properties: { id, valid_from: from, valid_to: to },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('buildLayerCatalog', () => {
  const registry = [LAYER_REGISTRY.find((l) => l.id === 'events')!];
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: [point('a', 45, 40, '1994-05-12', '2020-11-10'), point('b', 46.5, 39.5, '1988-02-20', '1990-01-01')],
  });
  const [entry] = buildLayerCatalog(registry, () => text);

  it('counts features and bytes of the file', () => {
    expect(entry!.feature_count).toBe(2);
    expect(entry!.bytes).toBe(text.length);
  });
  it('computes the bounding box', () => {
    expect(entry!.bbox).toEqual([45, 39.5, 46.5, 40]);
  });
  it('reports the earliest start and latest end', () => {
    expect(entry!.dates).toEqual({ from: '1988-02-20', to: '2020-11-10' });
  });
  it('reports an open end when any feature is current', () => {
    const open = JSON.stringify({ type: 'FeatureCollection', features: [point('a', 45, 40, null, null)] });
    expect(buildLayerCatalog(registry, () => open)[0]!.dates).toEqual({ from: null, to: null });
  });
});
