import { describe, expect, it } from 'vitest';
import { readBuiltLayers } from '../../../src/layers/layer-files.ts';
import { UI_STRINGS } from '../../../src/i18n/ui-strings.ts';
import { kindLabels } from '../../../src/i18n/kind-labels.ts';

describe('feature kinds', () => {
  const kinds = new Set(Object.values(readBuiltLayers()).flatMap((fc) => (fc?.features ?? []).map((f) => String(f.properties?.kind))));

  it('has an interface string for every kind a layer uses', () => {
    expect(kinds.size).toBeGreaterThan(20);
    for (const kind of kinds) expect(Object.keys(UI_STRINGS), kind).toContain(`kind.${kind}`);
  });

  it('gives the details panel every kind in the page language', () => {
    const ru = kindLabels('ru');
    for (const kind of kinds) expect(ru[kind], kind).toMatch(/[\u0400-\u04FF]/);
    expect(kindLabels('en')['road-crossing']).toBe('Road crossing');
  });
});
