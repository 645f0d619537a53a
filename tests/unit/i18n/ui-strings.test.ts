import { describe, expect, it } from 'vitest';
import { t, UI_STRINGS, untranslatedKeys, type UiStringKey } from '../../../src/i18n/ui-strings.ts';
import { LANGUAGES } from '../../../src/schemas/place-names.ts';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import { legendEntries } from '../../../src/map/style/legend.ts';

describe('t', () => {
  it('returns the English string', () => expect(t('layers.heading', 'en')).toBe('Layers'));
  it('returns the translation where there is one', () => expect(t('layers.heading', 'hy')).toBe('Շերտեր'));
  it('defaults to English', () => expect(t('legend.heading')).toBe('Legend'));
  it('has every language slot on every key, and English everywhere', () => {
    for (const [key, entry] of Object.entries(UI_STRINGS)) {
      expect(Object.keys(entry).sort(), key).toEqual([...LANGUAGES].sort());
      expect(typeof entry.en, key).toBe('string');
    }
  });
  it('lists untranslated keys per language', () => expect(untranslatedKeys('en')).toEqual([]));
  it('has a title for every registry layer, matching the registry', () => {
    for (const l of LAYER_REGISTRY) expect(t(`layer.${l.id}` as UiStringKey)).toBe(l.title);
  });
  it('has a label for every legend entry', () => {
    for (const l of LAYER_REGISTRY) for (const e of legendEntries(l.id)) expect(UI_STRINGS[e.label], e.label).toBeDefined();
  });
});
