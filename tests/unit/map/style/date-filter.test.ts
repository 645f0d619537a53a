import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { dateFilter, isValidOn } from '../../../../src/map/style/date-filter.ts';

const feature = (valid_from: string | null, valid_to: string | null) => ({
  type: 1 as const,
  geometry: [],
  properties: { valid_from, valid_to },
});

const shown = (date: string, valid_from: string | null, valid_to: string | null) =>
  featureFilter(dateFilter(date), 'filter').filter({ zoom: 5 }, feature(valid_from, valid_to));

const shownWithState = (date: string, valid_from: string | null, valid_to: string | null) =>
  featureFilter(dateFilter(), 'filter', { date }).filter({ zoom: 5 }, feature(valid_from, valid_to));

describe('dateFilter', () => {
  it('shows a feature from its first day', () => expect(shown('1923-07-07', '1923-07-07', '1991-11-26')).toBe(true));
  it('hides a feature the day before it starts', () => expect(shown('1923-07-06', '1923-07-07', '1991-11-26')).toBe(false));
  it('hides a feature on its valid_to day (exclusive end)', () => expect(shown('1991-11-26', '1923-07-07', '1991-11-26')).toBe(false));
  it('shows a feature on the day before valid_to', () => expect(shown('1991-11-25', '1923-07-07', '1991-11-26')).toBe(true));
  it('treats a null valid_from as open', () => expect(shown('1900-01-01', null, '1991-11-26')).toBe(true));
  it('treats a null valid_to as open', () => expect(shown('2099-01-01', '2020-11-10', null)).toBe(true));
  it('shows an undated feature on every date', () => expect(shown('2024-07-01', null, null)).toBe(true));
  it('reads the date from global state by default', () => {
    expect(shownWithState('1990-01-01', '1923-07-07', '1991-11-26')).toBe(true);
    expect(shownWithState('2000-01-01', '1923-07-07', '1991-11-26')).toBe(false);
  });
  it('is a valid filter in a style', () => {
    const style = {
      version: 8 as const,
      state: { date: { default: '2000-01-01' } },
      sources: { s: { type: 'geojson' as const, data: '/x.geojson' } },
      layers: [{ id: 'l', type: 'fill' as const, source: 's', filter: dateFilter() }],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });
  it('agrees with isValidOn', () => {
    for (const [d, f, t] of [
      ['2000-01-01', null, null],
      ['2000-01-01', '2000-01-02', null],
      ['2000-01-02', null, '2000-01-02'],
    ] as const) {
      expect(isValidOn({ valid_from: f, valid_to: t }, d)).toBe(shown(d, f, t));
    }
  });
});
