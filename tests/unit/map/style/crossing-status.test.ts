// A crossing's status on a date, in TS (the legend) and as the style expression the live map and the
// still maps colour it with (over the flat steps the geodata writes): the two must agree on every
// crossing of the built layer and every date around its changes.
import { readFileSync } from 'node:fs';
import { createExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { crossingStatusExpression, crossingStatusOn } from '../../../../src/map/style/crossing-status.ts';
import { MAX_STATUS_CHANGES, statusSteps } from '../../../../src/schemas/status-steps.ts';
import { DATE_STATE } from '../../../../src/map/style/date-filter.ts';

const history = [
  { from: '1991-01-01', status: 'closed' as const },
  { from: '2020-11-10', status: 'open' as const },
  { from: '2023-04-23', status: 'limited' as const },
];

describe('crossingStatusOn', () => {
  it('is null before the first entry', () => expect(crossingStatusOn(history, '1990-12-31')).toBeNull());
  it('takes an entry from its first day', () => expect(crossingStatusOn(history, '2020-11-10')).toBe('open'));
  it('keeps the previous status the day before a change', () => expect(crossingStatusOn(history, '2023-04-22')).toBe('open'));
  it('keeps the last status forever', () => expect(crossingStatusOn(history, '2099-01-01')).toBe('limited'));
  it('does not depend on the order of the history', () => expect(crossingStatusOn([...history].reverse(), '2021-01-01')).toBe('open'));
});

describe('crossingStatusExpression', () => {
  const spec = { type: 'string', 'property-type': 'data-driven', expression: { parameters: ['zoom', 'feature'] } } as unknown as StylePropertySpecification;
  const statusOf = (properties: Record<string, unknown>, date: string): unknown => {
    const parsed = createExpression(crossingStatusExpression(), 'paint', spec, { [DATE_STATE]: date });
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 8, globalState: { [DATE_STATE]: date } } as never, { type: 1, properties } as never);
  };
  const built = JSON.parse(readFileSync('geodata/layers/crossings.geojson', 'utf8')) as {
    features: { properties: { id: string; status_history: { from: string; status: string }[] } }[];
  };

  it('gives the same status as crossingStatusOn for every crossing, on and around every date of change', () => {
    const dates = new Set(['1900-01-01', '2099-12-31']);
    for (const f of built.features) {
      for (const { from } of f.properties.status_history) {
        const day = new Date(`${from}T00:00:00Z`);
        for (const shift of [-1, 0, 1]) dates.add(new Date(day.getTime() + shift * 86_400_000).toISOString().slice(0, 10));
      }
    }
    let compared = 0;
    for (const f of built.features) {
      for (const date of dates) {
        expect(statusOf(f.properties, date), `${f.properties.id} on ${date}`).toBe(crossingStatusOn(f.properties.status_history as never, date) ?? 'none');
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(built.features.length * 10);
  });

  it('reads steps of the longest allowed history to its end, whatever order the history came in, and is none without steps', () => {
    const long = Array.from({ length: MAX_STATUS_CHANGES }, (_, i) => ({ from: `20${String(10 + i)}-01-01`, status: i % 2 ? 'open' : 'closed' }));
    expect(statusOf(statusSteps(long as never), '2099-01-01')).toBe(long.at(-1)!.status);
    expect(statusOf(statusSteps(long as never), '2010-06-01')).toBe('closed');
    expect(statusOf(statusSteps([...long].reverse() as never), '2012-06-01')).toBe('closed');
    expect(statusOf({}, '2020-01-01')).toBe('none');
  });
});
