// The legend of the view: every value a layer's features can carry has exactly one row, and the rows
// shown are those whose values the view draws.
import { describe, expect, it } from 'vitest';
import { drawnLegendValues, LEGEND_KEYS, legendEntries } from '../../../../src/map/style/legend.ts';
import {
  ControlAreaPropertiesSchema,
  RiverPropertiesSchema,
  CrossingStatusSchema,
  LachinCorridorPropertiesSchema,
  LineOfContactPropertiesSchema,
  RoutePropertiesSchema,
} from '../../../../src/schemas/layer-properties.ts';
import type { LayerId } from '../../../../src/schemas/layer-ids.ts';

const VALUES: Partial<Record<LayerId, readonly string[]>> = {
  rivers: [RiverPropertiesSchema.shape.kind.value],
  // A range is only its name, with no symbol to explain; a pass has its ring.
  relief: ['pass'],
  'control-areas': ControlAreaPropertiesSchema.shape.kind.options,
  'lines-of-contact': LineOfContactPropertiesSchema.shape.kind.options,
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
  it('collects the drawn values per layer without repeats, a crossing by its status on the date', () => {
    const history = [
      { from: '1993-01-01', status: 'closed' },
      { from: '2030-01-01', status: 'open' },
    ];
    const drawn = drawnLegendValues(
      [
        { layer: 'control-areas', properties: { kind: 'taken-in-2020-war' } },
        { layer: 'control-areas', properties: { kind: 'held-by-armenian-forces' } },
        { layer: 'control-areas', properties: { kind: 'taken-in-2020-war' } },
        { layer: 'crossings', properties: { status: 'ignored: the status is read from the history', status_history: history } },
        { layer: 'crossings', properties: { status_history: [{ from: '2030-01-01', status: 'proposed' }] } },
        { layer: 'crossings', properties: {} },
        { layer: 'places', properties: { kind: 'city' } },
      ],
      '2000-01-01',
    );
    expect(drawn).toEqual({ 'control-areas': ['held-by-armenian-forces', 'taken-in-2020-war'], crossings: ['closed'] });
    expect(drawnLegendValues([{ layer: 'crossings', properties: { status_history: history } }], '2030-01-01')).toEqual({ crossings: ['open'] });
  });
});
