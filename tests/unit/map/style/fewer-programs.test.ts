import { describe, expect, it } from 'vitest';
import { latest, normalizePropertyExpression, type LayerSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { buildStyle } from '../../../../src/map/style/build-style.ts';
import { DATE_STATE } from '../../../../src/map/style/date-filter.ts';
import { PER_FEATURE_PAINT, withFewerPrograms } from '../../../../src/map/style/fewer-programs.ts';
import { PALETTES } from '../../../../src/map/style/palette.ts';
import { readBuiltLayers } from '../../../../src/layers/layer-files.ts';
import { LAYER_IDS, type LayerId } from '../../../../src/schemas/layer-properties.ts';
import { evaluateLayer } from '../../../../src/static-map/style-evaluator.ts';

const paintSpec = (type: string) => (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${type}`]!;

/** The paint properties of a layer whose value varies by feature (what MapLibre draws with vertex attributes). */
function perFeatureProperties(layer: LayerSpecification): string[] {
  const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
  return Object.entries(paintSpec(layer.type))
    .filter(([name, spec]) => {
      if (!spec.expression?.parameters?.includes('feature')) return false;
      const value = paint[name] === undefined ? spec.default : paint[name];
      const kind = (normalizePropertyExpression(value as never, name, spec, {}) as { kind: string }).kind;
      return kind === 'source' || kind === 'composite';
    })
    .map(([name]) => name)
    .sort();
}

describe('the style needs few shader programs', () => {
  for (const palette of PALETTES) {
    const style = buildStyle({ palette, layers: [...LAYER_IDS], date: '2024-01-01', highlight: ['x'], callouts: { x: 'n' } });

    for (const type of ['circle', 'fill', 'line'] as const) {
      it(`every ${type} layer varies the same paint properties by feature, so all share one program (${palette.name})`, () => {
        // A patterned fill has a program of its own (without colour); all patterned fills share it.
        const layers = style.layers.filter((l) => l.type === type && !(l.paint as Record<string, unknown> | undefined)?.['fill-pattern']);
        expect(layers.length).toBeGreaterThan(1);
        for (const layer of layers) expect(perFeatureProperties(layer), layer.id).toEqual([...PER_FEATURE_PAINT[type]].sort());
      });
    }

    it(`no fill draws MapLibre's antialiasing outline (${palette.name})`, () => {
      const fills = style.layers.filter((l) => l.type === 'fill');
      expect(fills.length).toBeGreaterThan(3);
      for (const layer of fills) expect((layer.paint as { 'fill-antialias'?: boolean })['fill-antialias'], layer.id).toBe(false);
    });
  }

  it('keeps what a circle draws: the per-feature form gives the constant it replaces', () => {
    const layer = withFewerPrograms({ id: 'c', type: 'circle', source: 's', paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)' } });
    const point: Feature = { type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [45, 40] } };
    const evaluated = evaluateLayer(layer, { zoom: 7, globalState: {} });
    expect(evaluated.paint('circle-radius', point)).toBe(11);
    expect(evaluated.paint('circle-color', point)).toBe('rgba(0,0,0,0)');
    // Left out, a property keeps its default.
    expect(evaluated.paint('circle-stroke-width', point)).toBe(0);
    expect(evaluated.paint('circle-opacity', point)).toBe(1);
  });

  // The pass writes a left-out property's default itself: each must be the style specification's own.
  for (const type of ['circle', 'fill', 'line'] as const) {
    it(`keeps a left-out ${type} property at the specification's default`, () => {
      const bare = { id: 'x', type, source: 's', paint: {} } as LayerSpecification;
      const [before, after] = [bare, withFewerPrograms(bare)].map((l) => evaluateLayer(l, { zoom: 7, globalState: {} }));
      const feature: Feature = { type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [45, 40] } };
      for (const property of PER_FEATURE_PAINT[type]) expect(after!.paint(property, feature), property).toEqual(before!.paint(property, feature));
    });
  }

  // Without MapLibre's outline a fill's edge is aliased: a line layer of the same source must draw
  // over it, for every feature the fill draws, on every date the feature is drawn.
  it('every feature a fill draws has its edge drawn by a line layer of its source', () => {
    const layers = readBuiltLayers();
    const style = buildStyle({ palette: PALETTES[0]!, layers: [...LAYER_IDS], date: '2024-01-01' });
    const fills = style.layers.filter((l) => l.type === 'fill');
    let checked = 0;
    for (const fill of fills) {
      const source = (fill as { source: LayerId }).source;
      const features = layers[source]?.features ?? [];
      expect(features.length, `${fill.id}: the built ${source} layer`).toBeGreaterThan(0);
      const lines = style.layers.filter((l) => l.type === 'line' && (l as { source?: string }).source === source);
      const dates = new Set(['1988-01-01', '2099-12-31']);
      for (const f of features) for (const v of Object.values(f.properties ?? {})) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) dates.add(v);
      for (const date of dates) {
        const ctx = { zoom: 8, globalState: { [DATE_STATE]: date } };
        const drawn = features.filter((f) => evaluateLayer(fill, ctx).passes(f));
        const edged = lines.map((l) => evaluateLayer(l, ctx));
        for (const f of drawn) {
          expect(
            edged.some((l) => l.passes(f)),
            `${fill.id}: ${String(f.properties?.id)} on ${date}`,
          ).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
