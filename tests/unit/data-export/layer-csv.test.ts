import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { parseCsv } from '../../../src/data-export/csv.ts';
import { CROSSING_COLUMNS, crossingRows, EVENT_COLUMNS, layerCsv, pointWkt, sourcesText } from '../../../src/data-export/layer-csv.ts';

const crossings: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [44.18, 40.03] },
      properties: {
        id: 'margara-alican',
        kind: 'road-crossing',
        name_en: 'Margara – Alican',
        name_hy: 'Մարգարա',
        name_ru: 'Маргара',
        countries: ['AM', 'TR'],
        accuracy: '±1 km',
        note: 'Bridge, "rebuilt"',
        status_history: [
          { from: '2023-02-11', status: 'limited', note: 'Aid only', sources: [{ citation: 'News.am', url: 'https://news.am/x' }] },
          { from: '1993-01-01', status: 'closed', note: 'Closed, 1993', sources: [{ citation: 'RFE/RL' }, { citation: 'B', url: 'https://b.example' }] },
        ],
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [46.0, 39.0] },
      properties: {
        id: 'x',
        kind: 'checkpoint',
        name_en: 'X',
        countries: ['AM', 'AZ'],
        accuracy: 'a',
        status_history: [{ from: '2024-01-01', status: 'proposed', note: 'Proposed', sources: [{ citation: 'C' }] }],
      },
    },
  ],
};

const events: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [45, 39],
          [46, 40],
        ],
      },
      properties: {
        id: 'b',
        date: '2020-09-27',
        name_en: 'War',
        kind: 'war',
        phase: 'war-2020',
        description: 'The war begins, on two fronts.',
        valid_from: '2020-09-27',
        valid_to: null,
        accuracy: 'x',
        sources: [{ citation: 'S' }],
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [44.5, 40.2] },
      properties: {
        id: 'a',
        date: '1988-02-20',
        name_en: 'Movement',
        kind: 'border',
        phase: 'first-war',
        description: 'A vote.',
        valid_from: '1988-02-20',
        valid_to: null,
        accuracy: 'x',
        sources: [{ citation: 'S' }],
      },
    },
  ],
};

describe('crossings CSV', () => {
  it('has one row per status-history entry, oldest first, each ending where the next begins', () => {
    const rows = crossingRows(crossings);
    expect(rows.map((r) => [r.feature.properties!.id, r.entry.from, r.until])).toEqual([
      ['margara-alican', '1993-01-01', '2023-02-11'],
      ['margara-alican', '2023-02-11', null],
      ['x', '2024-01-01', null],
    ]);
  });
  it('parses back with the documented columns and names in four languages', () => {
    const { csv, rows } = layerCsv('crossings', crossings);
    const table = parseCsv(csv);
    expect(rows).toBe(3);
    expect(table).toHaveLength(4);
    expect(table[0]).toEqual(CROSSING_COLUMNS.map((c) => c.name));
    expect(table[0]).toEqual(expect.arrayContaining(['name_en', 'name_hy', 'name_az', 'name_ru']));
    const row = Object.fromEntries(table[0]!.map((k, i) => [k, table[1]![i]]));
    expect(row).toMatchObject({
      crossing_id: 'margara-alican',
      name_hy: 'Մարգարա',
      name_az: '',
      name_ru: 'Маргара',
      countries: 'AM-TR',
      longitude: '44.18',
      latitude: '40.03',
      wkt: 'POINT (44.18 40.03)',
      status: 'closed',
      status_from: '1993-01-01',
      status_until: '2023-02-11',
      status_note: 'Closed, 1993',
      status_sources: 'RFE/RL | B <https://b.example>',
      crossing_note: 'Bridge, "rebuilt"',
    });
  });
});

describe('events CSV', () => {
  it('has one row per event, by date, with WKT for several points', () => {
    const { csv, rows } = layerCsv('events', events);
    const table = parseCsv(csv);
    expect(rows).toBe(2);
    expect(table[0]).toEqual(EVENT_COLUMNS.map((c) => c.name));
    expect(table.slice(1).map((r) => r[0])).toEqual(['a', 'b']);
    expect(table[2]).toContain('MULTIPOINT ((45 39), (46 40))');
    expect(table[2]).toContain('45');
  });
  it('refuses geometry that is not a point', () => {
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          ...events.features[1]!,
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
      ],
    };
    expect(() => layerCsv('events', bad)).toThrow(/Point or MultiPoint/);
  });
});

describe('helpers', () => {
  it('writes sources and WKT', () => {
    expect(sourcesText([{ citation: 'A' }, { citation: 'B', url: 'https://b' }])).toBe('A | B <https://b>');
    expect(pointWkt({ type: 'Point', coordinates: [1.5, 2] })).toBe('POINT (1.5 2)');
  });
});

describe('the committed layers', () => {
  for (const layer of ['crossings', 'events'] as const) {
    it(`${layer} export as CSV that parses back to one record per row`, () => {
      const fc = JSON.parse(readFileSync(new URL(`../../../geodata/layers/${layer}.geojson`, import.meta.url), 'utf8')) as FeatureCollection;
      const { csv, rows } = layerCsv(layer, fc);
      const table = parseCsv(csv);
      expect(table.length - 1).toBe(rows);
      expect(rows).toBe(layer === 'events' ? fc.features.length : fc.features.reduce((n, f) => n + (f.properties!.status_history as unknown[]).length, 0));
      for (const record of table) expect(record).toHaveLength(table[0]!.length);
    });
  }
});
