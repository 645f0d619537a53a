import { describe, expect, it } from 'vitest';
import { crossingStatesOn, crossingStatusOn } from '../../../../src/map/style/crossing-status.ts';

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
  it('maps features to states by id', () => {
    const features = [
      { properties: { id: 'a', status_history: history } },
      { properties: { id: 'b', status_history: [{ from: '2030-01-01', status: 'proposed' as const }] } },
    ];
    expect(crossingStatesOn(features, '2021-01-01')).toEqual({ a: 'open', b: null });
  });
});
