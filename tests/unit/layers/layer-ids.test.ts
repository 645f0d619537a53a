import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/schemas/layer-ids.ts';
import { LAYER_PROPERTY_SCHEMAS } from '../../../src/schemas/layer-properties.ts';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import { LANGUAGES } from '../../../src/schemas/languages.ts';
import { LANGUAGES as SCHEMA_LANGUAGES } from '../../../src/schemas/place-names.ts';

describe('zod-free id lists', () => {
  it('list the layers in the schemas’ and the registry’s order', () => {
    expect(LAYER_IDS).toEqual(Object.keys(LAYER_PROPERTY_SCHEMAS));
    expect(LAYER_IDS).toEqual(LAYER_REGISTRY.map((l) => l.id));
  });
  it('are the lists the schema modules export', () => {
    expect(SCHEMA_LANGUAGES).toBe(LANGUAGES);
  });
});
