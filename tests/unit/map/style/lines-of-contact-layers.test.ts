// The first agreed border is drawn in its stages, each kind by the layers AGREED_BORDER_STYLE names
// (dotted while agreed, solid once fixed, with pillars once held), and the fronts as before.
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { AGREED_BORDER_STYLE, linesOfContactLayers } from '../../../../src/map/style/data-layers.ts';
import { LineOfContactPropertiesSchema } from '../../../../src/schemas/layer-properties.ts';
import { PALETTES } from '../../../../src/map/style/palette.ts';
import { evaluateLayer } from '../../../../src/static-map/style-evaluator.ts';

const layers = linesOfContactLayers('lines-of-contact', PALETTES[0]!);
const line = (kind: string): Feature => ({
  type: 'Feature',
  properties: { id: kind, kind, valid_from: '2024-01-01', valid_to: null },
  geometry: {
    type: 'LineString',
    coordinates: [
      [45, 41],
      [45.1, 41.1],
    ],
  },
});
/** The ids of the style layers that draw a feature of this kind on a date. */
const drawnBy = (kind: string, date = '2024-06-01') =>
  layers.filter((l) => evaluateLayer(l, { zoom: 10, globalState: { date, highlight: [] } }).passes(line(kind))).map((l) => l.id);

describe('linesOfContactLayers', () => {
  it('draws every kind the schema allows on a halo, and by one line layer at least', () => {
    for (const kind of LineOfContactPropertiesSchema.shape.kind.options) {
      const ids = drawnBy(kind);
      expect(ids[0], kind).toBe('lines-of-contact-casing');
      expect(ids.length, kind).toBeGreaterThan(1);
    }
  });

  it.each(Object.entries(AGREED_BORDER_STYLE))('draws %s dotted, solid or with pillars as its style says', (kind, style) => {
    const ids = drawnBy(kind);
    expect(ids.includes('agreed-border-dotted')).toBe(style.dash !== null);
    expect(ids.includes('agreed-border-line')).toBe(style.dash === null);
    expect(ids.includes('agreed-border-pillars')).toBe(style.pillars);
    expect(ids.includes('lines-of-contact-line')).toBe(false);
  });

  it('draws a front as the dashed line of contact, not as a border stage', () => {
    expect(drawnBy('line-of-contact')).toEqual(['lines-of-contact-casing', 'lines-of-contact-line']);
  });

  it('follows the date: nothing before a line is valid', () => {
    expect(drawnBy('border-agreed', '2023-12-31')).toEqual([]);
  });
});
