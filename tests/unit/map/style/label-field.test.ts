import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { labelField, labelKey } from '../../../../src/map/style/label-field.ts';
import { LANGUAGES, nameKey } from '../../../../src/schemas/place-names.ts';
import { latest } from '@maplibre/maplibre-gl-style-spec';

const evaluate = (expr: unknown, properties: Record<string, unknown>) => {
  const parsed = expression.createExpression(expr, latest.layout_symbol['text-field'] as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return String(parsed.value.evaluate({ zoom: 5 }, { type: 1, properties, geometry: [] } as never));
};

const contested = { name_en: 'Stepanakert / Khankendi', name_arm_en: 'Stepanakert', name_aze_en: 'Khankendi', name_hy: 'Ստեփանակերտ / Խանքենդի' };

describe('labelField', () => {
  it('reads the same property names the schemas store', () => {
    for (const lang of LANGUAGES) for (const usage of [undefined, 'arm', 'aze'] as const) expect(labelKey(lang, usage)).toBe(nameKey(lang, usage));
  });
  it('labels with name_en by default', () => expect(evaluate(labelField(), contested)).toBe('Stepanakert / Khankendi'));
  it('picks a side’s usage in a naming mode', () => {
    expect(evaluate(labelField('en', 'arm'), contested)).toBe('Stepanakert');
    expect(evaluate(labelField('en', 'aze'), contested)).toBe('Khankendi');
  });
  it('falls back to the default name when a usage is missing', () => expect(evaluate(labelField('en', 'aze'), { name_en: 'Yerevan' })).toBe('Yerevan'));
  it('uses another language and falls back to English', () => {
    expect(evaluate(labelField('hy'), contested)).toBe('Ստեփանակերտ / Խանքենդի');
    expect(evaluate(labelField('ru'), contested)).toBe('Stepanakert / Khankendi');
  });
});
