import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, STYLE_LAYER_ORDER } from '../../../../src/map/style/build-style.ts';
import { labelFontFaces } from '../../../../src/map/style/font-faces.ts';
import { PALETTES } from '../../../../src/map/style/palette.ts';
import { LAYER_REGISTRY } from '../../../../src/layers/layer-registry.ts';
import { LAYER_IDS, type LayerId } from '../../../../src/schemas/layer-properties.ts';
import { isLabelLayer, registryLayerOf } from '../../../../src/map/style/layer-meta.ts';
import { isHighlightLayer } from '../../../../src/map/style/highlight-layers.ts';
import { evaluateLayer } from '../../../../src/static-map/style-evaluator.ts';

const DATES = ['1988-01-01', '1994-06-01', '2020-12-15', '2099-12-31'];
const LAYER_SETS: { name: string; layers: LayerId[] }[] = [
  { name: 'all layers', layers: [...LAYER_IDS] },
  { name: 'basemap only', layers: ['countries', 'water', 'admin-areas', 'places'] },
  { name: 'countries only', layers: ['countries'] },
  { name: 'none', layers: [] },
];

describe('buildStyle', () => {
  for (const palette of PALETTES) {
    for (const date of DATES) {
      for (const set of LAYER_SETS) {
        it(`is a valid style: ${palette.name}, ${date}, ${set.name}`, () => {
          const style = buildStyle({ palette, layers: set.layers, date, origin: 'http://127.0.0.1:4321', fontFaces: labelFontFaces('http://127.0.0.1:4321') });
          expect(validateStyleMin(style)).toEqual([]);
        });
      }
    }
  }

  it('is valid with some layers hidden', () => {
    const style = buildStyle({ palette: PALETTES[0]!, layers: [...LAYER_IDS], visible: new Set(['countries']), date: '2000-01-01' });
    expect(validateStyleMin(style)).toEqual([]);
    const hidden = style.layers.filter((l) => registryLayerOf(l) && registryLayerOf(l) !== 'countries');
    expect(hidden.every((l) => (l.layout as { visibility?: string }).visibility === 'none')).toBe(true);
  });

  it('has one same-origin GeoJSON source per layer, promoting id', () => {
    const style = buildStyle({ palette: PALETTES[0]!, layers: ['countries', 'nkao'], date: '2000-01-01' });
    expect(style.sources).toEqual({
      'country-labels': expect.objectContaining({ type: 'geojson', data: '/data/country-labels.geojson' }),
      countries: expect.objectContaining({ type: 'geojson', data: '/data/countries.geojson', promoteId: 'id' }),
      nkao: expect.objectContaining({ type: 'geojson', data: '/data/nkao.geojson', promoteId: 'id' }),
    });
    expect(JSON.stringify(style)).not.toMatch(/"(tiles|glyphs|sprite)"/);
  });

  it('draws layers in registry order with every label layer on top', () => {
    const style = buildStyle({ palette: PALETTES[0]!, layers: [...LAYER_IDS].reverse(), date: '2000-01-01' });
    expect(STYLE_LAYER_ORDER).toEqual(LAYER_REGISTRY.map((l) => l.id));
    const layers = style.layers.slice(1);
    const firstLabel = layers.findIndex(isLabelLayer);
    expect(layers.slice(firstLabel).every(isLabelLayer)).toBe(true);
    const data = layers.slice(0, firstLabel).filter((l) => !isHighlightLayer(l));
    const emphasis = layers.slice(0, firstLabel).filter(isHighlightLayer);
    // Emphasis layers come after every data layer and before the labels.
    expect(layers.slice(0, firstLabel)).toEqual([...data, ...emphasis]);
    const drawn = [...new Set(data.map(registryLayerOf))];
    expect(drawn).toEqual(STYLE_LAYER_ORDER.filter((id) => drawn.includes(id)));
  });

  it('filters every dated layer by date and no undated one', () => {
    const style = buildStyle({ palette: PALETTES[0]!, layers: [...LAYER_IDS], date: '2000-01-01' });
    for (const layer of style.layers) {
      const id = registryLayerOf(layer);
      if (!id) continue;
      const dated = LAYER_REGISTRY.find((l) => l.id === id)!.dated;
      expect(JSON.stringify((layer as { filter?: unknown }).filter ?? null).includes('"global-state","date"'), layer.id).toBe(dated);
    }
  });
});

describe('relief under emphasis', () => {
  // The emphasis ring of a pass (highlight-layers.ts) must never circle an empty spot: an emphasised
  // relief feature is drawn, with its name, below the zoom where relief otherwise starts.
  const omar = {
    type: 'Feature',
    properties: { id: 'omar-pass', kind: 'pass', name_en: 'Omar pass' },
    geometry: { type: 'Point', coordinates: [46.2, 40.1] },
  } as const;
  const style = buildStyle({ palette: PALETTES[0]!, layers: ['relief'], date: '1993-04-01', origin: 'http://x', fontFaces: labelFontFaces('http://x') });
  const reliefLayers = style.layers.filter((l) => registryLayerOf(l) === 'relief' && !isHighlightLayer(l));
  const drawnAt = (zoom: number, highlight: string[]) =>
    reliefLayers
      .map((l) => evaluateLayer(l, { zoom, globalState: { date: '1993-04-01', highlight } }))
      .filter((ev) => ev.visible && ev.passes(omar as never))
      .map((ev) => ev.layer.type)
      .sort();

  it('draws a pass with its ring and its name from the relief zoom, once', () => expect(drawnAt(7, [])).toEqual(['circle', 'symbol']));
  it('draws no pass far out unless it is emphasised', () => expect(drawnAt(5, [])).toEqual([]));
  it('draws an emphasised pass, ring and name, at any zoom, once', () => {
    expect(drawnAt(5, ['omar-pass'])).toEqual(['circle', 'symbol']);
    expect(drawnAt(7, ['omar-pass'])).toEqual(['circle', 'symbol']);
  });
});
