import { describe, expect, it } from 'vitest';
import { dataErrorText, errorSourceId, type DataErrorStrings } from '../../../src/map/data-error-notice.ts';
import { dataErrorStringsJson } from '../../../src/map/data-error-strings.ts';
import { t } from '../../../src/i18n/ui-strings.ts';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';

const strings = (lang: 'en' | 'ru'): DataErrorStrings => JSON.parse(dataErrorStringsJson(lang)) as DataErrorStrings;

describe('data-error notice text', () => {
  it('names each failed layer by its title in the page’s language, once', () => {
    expect(dataErrorText(strings('ru'), ['places', 'crossings'])).toBe(
      `${t('map.data-error', 'ru')} ${t('map.data-error-layers', 'ru').replace('{layers}', `${t('layer.places', 'ru')}, ${t('layer.crossings', 'ru')}`)}`,
    );
  });
  it('names the country labels’ file as the countries layer, without repeating it', () => {
    expect(dataErrorText(strings('en'), ['countries', 'country-labels'])).toBe(`${t('map.data-error')} Could not load: ${t('layer.countries')}.`);
  });
  it('falls back to the source id for a source it has no title for, and to the general sentence for none', () => {
    expect(dataErrorText(strings('en'), ['mystery'])).toMatch(/Could not load: mystery\.$/);
    expect(dataErrorText(strings('en'), [])).toBe(t('map.data-error'));
  });
  it('carries a title for every layer of the registry', () => {
    expect(Object.keys(strings('en').titles).sort()).toEqual(LAYER_REGISTRY.map((l) => l.id).sort());
  });
});

describe('errorSourceId', () => {
  it('reads the source of a source’s error event and nothing else', () => {
    expect(errorSourceId({ sourceId: 'places', error: new Error('x') })).toBe('places');
    expect(errorSourceId({ error: new Error('x') })).toBeUndefined();
    expect(errorSourceId({ sourceId: 42 })).toBeUndefined();
  });
});
