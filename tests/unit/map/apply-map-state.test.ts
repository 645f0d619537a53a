import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { createStateApplier, fitPadding, initialCamera, type StoryMapTarget } from '../../../src/map/apply-map-state.ts';
import type { MapState } from '../../../src/map/map-state.ts';
import { meta } from '../../../src/map/style/layer-meta.ts';

/** A fake map that records calls (the applier's interface, not MapLibre internals). */
function createFakeMap() {
  const calls: [string, ...unknown[]][] = [];
  const layers = [
    { id: 'countries-fill', type: 'fill', source: 'countries', metadata: meta('countries') },
    { id: 'nkao-fill', type: 'fill', source: 'nkao', metadata: meta('nkao') },
    { id: 'crossings-circle', type: 'circle', source: 'crossings', metadata: meta('crossings') },
  ] as LayerSpecification[];
  const map: StoryMapTarget = {
    getStyle: () => ({ layers }),
    setLayoutProperty: (...a) => calls.push(['setLayoutProperty', ...a]),
    stop: () => calls.push(['stop']),
    jumpTo: (o) => calls.push(['jumpTo', o]),
    easeTo: (o) => calls.push(['easeTo', o]),
    fitBounds: (b, o) => calls.push(['fitBounds', b, o]),
    setGlobalStateProperty: (n, v) => calls.push(['setGlobalStateProperty', n, v]),
    getContainer: () => ({ clientWidth: 800, clientHeight: 600 }),
  };
  return { map, calls };
}

const state = (over: Partial<MapState> = {}): MapState => ({
  chapterId: 'a',
  date: '1990-01-01',
  layers: ['countries', 'nkao'],
  highlight: [],
  callouts: {},
  camera: { center: [46, 40], zoom: 7, bearing: 0, pitch: 0 },
  language: 'en',
  naming: 'both',
  ...over,
});

describe('createStateApplier', () => {
  it('sets layers, date, highlight and camera on first apply', () => {
    const { map, calls } = createFakeMap();
    createStateApplier(map).apply(state({ highlight: ['x'] }), { animate: false });
    expect(calls).toContainEqual(['setLayoutProperty', 'crossings-circle', 'visibility', 'none']);
    expect(calls).toContainEqual(['setLayoutProperty', 'nkao-fill', 'visibility', 'visible']);
    expect(calls).toContainEqual(['setGlobalStateProperty', 'date', '1990-01-01']);
    expect(calls).toContainEqual(['setGlobalStateProperty', 'highlight', ['x']]);
    expect(calls.at(-1)).toEqual(['jumpTo', { center: [46, 40], zoom: 7, bearing: 0, pitch: 0 }]);
  });

  it('sets the callouts global state when they change, and only then', () => {
    const { map, calls } = createFakeMap();
    const applier = createStateApplier(map);
    applier.apply(state({ callouts: { x: 'ne' } }), { animate: false });
    expect(calls).toContainEqual(['setGlobalStateProperty', 'callouts', { x: 'ne' }]);
    calls.length = 0;
    applier.apply(state({ chapterId: 'b', callouts: { x: 'ne' } }), { animate: false });
    expect(calls.filter((c) => c[1] === 'callouts')).toEqual([]);
    applier.apply(state({ chapterId: 'c', callouts: {} }), { animate: false });
    expect(calls).toContainEqual(['setGlobalStateProperty', 'callouts', {}]);
  });

  it('does nothing when the same state is applied again (idempotent)', () => {
    const { map, calls } = createFakeMap();
    const applier = createStateApplier(map);
    applier.apply(state(), { animate: false });
    const n = calls.length;
    expect(applier.apply(state(), { animate: true })).toBe(false);
    expect(calls.length).toBe(n);
  });

  it('re-applies the same state when forced (back to the story)', () => {
    const { map, calls } = createFakeMap();
    const applier = createStateApplier(map);
    applier.apply(state(), { animate: false });
    expect(applier.apply(state(), { animate: false, force: true })).toBe(true);
    expect(calls.at(-1)?.[0]).toBe('jumpTo');
  });

  it('stops the running transition before a new state', () => {
    const { map, calls } = createFakeMap();
    const applier = createStateApplier(map);
    applier.apply(state(), { animate: true });
    applier.apply(state({ chapterId: 'b', camera: { center: [45, 40], zoom: 6, bearing: 0, pitch: 0 } }), { animate: true });
    const lastStop = calls.map((c) => c[0]).lastIndexOf('stop');
    expect(calls.slice(lastStop).map((c) => c[0])).toEqual(['stop', 'easeTo']);
  });

  it('touches only what changed', () => {
    const { map, calls } = createFakeMap();
    const applier = createStateApplier(map);
    applier.apply(state(), { animate: false });
    calls.length = 0;
    applier.apply(state({ chapterId: 'b', date: '2000-01-01' }), { animate: false });
    expect(calls.map((c) => c[0])).toEqual(['setGlobalStateProperty']);
  });

  it('leaves the camera (and a running move) alone when it did not change, and moves it when it did', () => {
    const { map, calls } = createFakeMap();
    const applier = createStateApplier(map);
    applier.apply(state(), { animate: false });
    calls.length = 0;
    applier.apply(state({ highlight: ['x'] }), { animate: true });
    expect(calls.map((c) => c[0])).not.toContain('stop');
    expect(calls.map((c) => c[0])).not.toContain('easeTo');
    applier.apply(state({ highlight: ['x'], camera: { center: [44, 40], zoom: 7, bearing: 0, pitch: 0 } }), { animate: true });
    expect(calls.slice(-2).map((c) => c[0])).toEqual(['stop', 'easeTo']);
  });

  it('remembers the last state', () => {
    const { map } = createFakeMap();
    const applier = createStateApplier(map);
    expect(applier.last()).toBeNull();
    applier.apply(state(), { animate: false });
    expect(applier.last()).toEqual(state());
  });

  it('fits bounds with padding clamped to the canvas', () => {
    const { map, calls } = createFakeMap();
    createStateApplier(map).apply(state({ camera: { bounds: [44, 38, 47, 41], padding: 200 } }), { animate: false });
    expect(calls.at(-1)).toEqual([
      'fitBounds',
      [
        [44, 38],
        [47, 41],
      ],
      { padding: { top: 150, right: 150, bottom: 150, left: 150 }, duration: 0, animate: false },
    ]);
  });

  it('frames the box above the part of the map that text covers', () => {
    const { map, calls } = createFakeMap();
    createStateApplier(map, { coveredBottom: () => 0.4 }).apply(state({ camera: { bounds: [44, 38, 47, 41], padding: 20 } }), { animate: false });
    const options = calls.at(-1)![2] as { padding: { top: number; bottom: number } };
    expect(options.padding.bottom).toBeGreaterThan(options.padding.top);
  });
});

describe('fitPadding', () => {
  it('keeps a small padding on every edge', () => expect(fitPadding(40, 800, 600)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 }));
  it('caps padding at a quarter of the smaller side', () => expect(fitPadding(200, 390, 700).left).toBe(97));
  it('adds the share of the height that text covers to the bottom', () => expect(fitPadding(40, 390, 800, 0.4).bottom).toBe(40 + 320));
  it('never gives more than half the height to the bottom', () => expect(fitPadding(40, 390, 800, 0.9).bottom).toBe(400));
});

describe('initialCamera', () => {
  // The map opens where the applier's first (forced) state would put it, so that state moves nothing.
  it('fits a box with the padding the applier uses, text-covered share included', () => {
    const camera = { bounds: [44, 38, 47, 41] as [number, number, number, number], padding: 60 };
    const { map, calls } = createFakeMap();
    createStateApplier(map, { coveredBottom: () => 0.4 }).apply(state({ camera }), { animate: false });
    const fit = calls.find((c) => c[0] === 'fitBounds')!;
    expect(initialCamera(camera, 800, 600, 0.4)).toEqual({ bounds: fit[1], padding: (fit[2] as { padding: unknown }).padding });
  });
  it('opens a centre-and-zoom camera as the jump the applier makes', () => {
    const camera = { center: [45, 40] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
    const { map, calls } = createFakeMap();
    createStateApplier(map).apply(state({ camera }), { animate: false });
    expect(initialCamera(camera, 800, 600)).toEqual(calls.find((c) => c[0] === 'jumpTo')![1]);
  });
});
