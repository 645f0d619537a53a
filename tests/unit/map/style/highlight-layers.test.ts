import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../../src/map/style/build-style.ts';
import { HIGHLIGHT_STATE, highlightLayers } from '../../../../src/map/style/highlight-layers.ts';
import { LIGHT } from '../../../../src/map/style/palette.ts';

const point = (id: string, valid_to: string | null = null) => ({
  type: 'Feature' as const,
  properties: { id, valid_from: null, valid_to },
  geometry: { type: 'Point' as const, coordinates: [45, 40] },
});

function keeps(filter: FilterSpecification, feature: ReturnType<typeof point>, state: Record<string, unknown>): boolean {
  const f = featureFilter(filter, 'filter', state);
  return f.filter({ zoom: 6 }, { type: 1, properties: feature.properties, geometry: [[{ x: 0, y: 0 }]] } as never) as boolean;
}

describe('highlightLayers', () => {
  it('rings only the points whose id is in the highlight global state', () => {
    const ring = highlightLayers('crossings', LIGHT, { dated: true }).find((l) => l.type === 'circle')!;
    const filter = (ring as { filter: FilterSpecification }).filter;
    const state = { [HIGHLIGHT_STATE]: ['margara'], date: '2024-01-01' };
    expect(keeps(filter, point('margara'), state)).toBe(true);
    expect(keeps(filter, point('other'), state)).toBe(false);
  });

  it('drops a highlighted feature on a date outside its validity when the layer is dated', () => {
    const ring = highlightLayers('events', LIGHT, { dated: true }).find((l) => l.type === 'circle')!;
    const filter = (ring as { filter: FilterSpecification }).filter;
    expect(keeps(filter, point('e1', '2000-01-01'), { [HIGHLIGHT_STATE]: ['e1'], date: '2010-01-01' })).toBe(false);
  });

  it('gives a valid style with a highlight default', () => {
    const style = buildStyle({ palette: LIGHT, layers: ['countries', 'crossings'], date: '2000-01-01', highlight: ['margara'] });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.state?.[HIGHLIGHT_STATE]).toEqual({ default: ['margara'] });
  });
});
