import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { setLabels } from '../../../src/map/set-labels.ts';
import { evaluateLabel } from '../../../src/map/map-hook-helpers.ts';
import { buildStyle } from '../../../src/map/style/build-style.ts';
import { LIGHT } from '../../../src/map/style/palette.ts';
import { LAYER_IDS } from '../../../src/schemas/layer-properties.ts';

const STEPANAKERT = {
  name_en: 'Stepanakert / Khankendi',
  name_az: 'Xankəndi / Stepanakert',
  name_arm_en: 'Stepanakert',
  name_aze_en: 'Khankendi',
  name_arm_az: 'Stepanakert',
  name_aze_az: 'Xankəndi',
};
const style = (lang: 'en' | 'az', naming: 'both' | 'arm' | 'aze') =>
  buildStyle({ palette: LIGHT, layers: [...LAYER_IDS], visible: new Set(LAYER_IDS), date: '2020-12-15', lang, naming });

describe('relabelling a map in place', () => {
  it('gives every label layer the text-field a freshly built style would have', () => {
    for (const [lang, naming] of [
      ['az', 'aze'],
      ['en', 'arm'],
      ['en', 'both'],
    ] as const) {
      const layers = structuredClone(style('en', 'both').layers);
      const set: string[] = [];
      setLabels(
        {
          getStyle: () => ({ layers }),
          setLayoutProperty: (id, name, value) => {
            set.push(id);
            const layer = layers.find((l) => l.id === id)!;
            (layer.layout as Record<string, unknown>)[name] = value;
          },
        },
        lang,
        naming,
      );
      const fresh = style(lang, naming).layers;
      const textFields = (ls: LayerSpecification[]) =>
        ls.filter((l) => l.type === 'symbol').map((l) => [l.id, (l.layout as Record<string, unknown>)['text-field']]);
      expect(textFields(layers)).toEqual(textFields(fresh));
      // Only symbol layers are touched (the place dots share the label metadata but have no text).
      expect(set.every((id) => layers.find((l) => l.id === id)!.type === 'symbol')).toBe(true);
      expect(set.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('evaluates the label expression the way MapLibre’s coalesce does', () => {
    const field = (lang: 'en' | 'az', naming: 'both' | 'arm' | 'aze') =>
      (style(lang, naming).layers.find((l) => l.id === 'places-label-1')!.layout as Record<string, unknown>)['text-field'];
    expect(evaluateLabel(field('en', 'both'), STEPANAKERT)).toBe('Stepanakert / Khankendi');
    expect(evaluateLabel(field('en', 'aze'), STEPANAKERT)).toBe('Khankendi');
    expect(evaluateLabel(field('az', 'arm'), STEPANAKERT)).toBe('Stepanakert');
    expect(evaluateLabel(field('az', 'both'), STEPANAKERT)).toBe('Xankəndi / Stepanakert');
    // An uncontested place has no usage names: the default label stands in.
    expect(evaluateLabel(field('en', 'aze'), { name_en: 'Yerevan' })).toBe('Yerevan');
    expect(evaluateLabel(field('az', 'aze'), { name_en: 'Yerevan' })).toBe('Yerevan');
    expect(evaluateLabel(['get', 'x'], {})).toBe('');
  });
});
