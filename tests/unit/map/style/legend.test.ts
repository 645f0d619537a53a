// The legend of the view: every value a layer's features can carry has exactly one row, and the rows
// shown are those whose values the view draws.
import { describe, expect, it } from 'vitest';
import { drawnLegendValues, LEGEND_KEYS, legendEntries } from '../../../../src/map/style/legend.ts';
import {
  ControlAreaPropertiesSchema,
  RiverPropertiesSchema,
  CrossingStatusSchema,
  LachinCorridorPropertiesSchema,
  RoutePropertiesSchema,
} from '../../../../src/schemas/layer-properties.ts';
import type { LayerId } from '../../../../src/schemas/layer-ids.ts';

const VALUES: Partial<Record<LayerId, readonly string[]>> = {
  rivers: [RiverPropertiesSchema.shape.kind.value],
  // A range is only its name, with no symbol to explain; a pass has its ring.
  relief: ['pass'],
  'control-areas': ControlAreaPropertiesSchema.shape.kind.options,
  'lachin-corridor': LachinCorridorPropertiesSchema.shape.kind.options,
  routes: RoutePropertiesSchema.shape.kind.options,
  crossings: CrossingStatusSchema.shape.status.options,
};

describe('legend rows', () => {
  for (const id of Object.keys(LEGEND_KEYS) as LayerId[]) {
    it(`${id}: each value its features can carry has exactly one row`, () => {
      const rows = legendEntries(id).flatMap((e) => e.values ?? []);
      expect([...rows].sort()).toEqual([...VALUES[id]!].sort());
    });
  }

  it('rows of layers without a legend key carry no values (they show whenever the layer does)', () => {
    for (const id of ['countries', 'water', 'nkao', 'places', 'events'] as LayerId[]) expect(legendEntries(id).every((e) => e.values === undefined)).toBe(true);
  });
});

describe('drawnLegendValues', () => {
  it('collects the drawn values per layer, from properties or feature state, without repeats', () => {
    const drawn = drawnLegendValues([
      { layer: 'control-areas', properties: { kind: 'taken-in-2020-war' }, state: {} },
      { layer: 'control-areas', properties: { kind: 'held-by-armenian-forces' }, state: {} },
      { layer: 'control-areas', properties: { kind: 'taken-in-2020-war' }, state: {} },
      { layer: 'crossings', properties: { status: 'ignored: the status is feature state' }, state: { status: 'closed' } },
      { layer: 'crossings', properties: {}, state: { status: 'none' } },
      { layer: 'crossings', properties: {}, state: {} },
      { layer: 'places', properties: { kind: 'city' }, state: {} },
    ]);
    expect(drawn).toEqual({ 'control-areas': ['held-by-armenian-forces', 'taken-in-2020-war'], crossings: ['closed'] });
  });
});
