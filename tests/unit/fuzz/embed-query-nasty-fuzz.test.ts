import { describe, expect, it } from 'vitest';
import { embedViewFrom, isValidEmbedView } from '../../../src/embed-code/embed-query.ts';
import type { EmbedView } from '../../../src/schemas/embed-view.ts';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import { LANGUAGES } from '../../../src/schemas/place-names.ts';
import { createFuzzer, FUZZ_RUNS, show } from '../support/fuzz.ts';

// tests/unit/embed/embed-query.test.ts fuzzes plausible values; this one feeds the hostile mix
// (percent garbage, lone surrogates, huge values, direction marks, repeated keys).
const known = { languages: [...LANGUAGES] as string[], layers: LAYER_REGISTRY.map((l) => l.id) as string[] };
const TODAY = '2025-06-30';
const KEYS = ['lang', 'date', 'layers', 'theme', 'plain', 'static', 'scrollzoom', 'bbox', 'center', 'zoom', 'childId', 'names', 'initialWidth', 'parentUrl'];
const VALUES = ['1', '0', 'dark', 'light', 'hy', 'arm', '2020-11-10', 'crossings,routes', '45,40,46,41', '45.5,40.2', '7', ...known.layers];

describe('embed query fuzz, hostile inputs', () => {
  it(`never throws and always returns a valid view, for ${FUZZ_RUNS} query strings`, () => {
    const f = createFuzzer(0xe3bed);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const search = f.query(KEYS, VALUES);
      let v: EmbedView | undefined;
      expect(() => (v = embedViewFrom(search, known, TODAY)), show(search)).not.toThrow();
      expect(isValidEmbedView(v!, known, TODAY), `${show(search)} → ${show(v)}`).toBe(true);
    }
  });
});
