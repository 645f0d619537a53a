import { describe, expect, it } from 'vitest';
import { applyLayerVisibility, type VisibilityTarget } from '../../../src/map/apply-layer-visibility.ts';
import { buildStyle } from '../../../src/map/style/build-style.ts';
import { LIGHT } from '../../../src/map/style/palette.ts';

function createFakeMap(): VisibilityTarget & { calls: Record<string, string> } {
  const style = buildStyle({ palette: LIGHT, layers: ['countries', 'nkao'], date: '1990-01-01' });
  const calls: Record<string, string> = {};
  return { calls, getStyle: () => style, setLayoutProperty: (id, _name, value) => (calls[id] = value) };
}

describe('applyLayerVisibility', () => {
  it('shows the style layers of visible layers and hides the rest', () => {
    const map = createFakeMap();
    applyLayerVisibility(map, new Set(['nkao']));
    expect(map.calls['nkao-fill']).toBe('visible');
    expect(map.calls['countries-fill']).toBe('none');
    expect(map.calls['countries-label']).toBe('none');
  });
  it('leaves the background alone', () => {
    const map = createFakeMap();
    applyLayerVisibility(map, new Set());
    expect(map.calls['background']).toBeUndefined();
  });
});
