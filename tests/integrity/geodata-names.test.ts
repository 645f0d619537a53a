// Names of the committed geodata: every feature named in all four languages, each in its own script,
// and contested places named with both sides' names wherever a label mentions them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { LAYER_REGISTRY } from '../../src/layers/layer-registry.ts';
import { LANGUAGES } from '../../src/schemas/place-names.ts';
import { layerPath } from '../../geodata/scripts/lib/paths.ts';

type Props = Record<string, unknown>;
const props = (id: string): Props[] =>
  (JSON.parse(readFileSync(layerPath(id), 'utf8')) as FeatureCollection).features.map((f) => (f.properties ?? {}) as Props);

const ARMENIAN = /[\u0531-\u058F]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

/** What each language's label must, and must not, be written in. */
const SCRIPT_RULES = {
  en: { needs: null, forbids: [ARMENIAN, CYRILLIC] },
  hy: { needs: ARMENIAN, forbids: [CYRILLIC] },
  az: { needs: null, forbids: [ARMENIAN, CYRILLIC] },
  ru: { needs: CYRILLIC, forbids: [ARMENIAN] },
} as const;

/** Fixed terms that contain one side's name of a contested place and are not a label of the place itself. */
const TERMS: Record<string, string[]> = { en: [], hy: [], az: ['Laçın dəhlizi', 'Laçın yolu'], ru: [] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{M}])${escape(s)}(?![\\p{L}\\p{M}])`, 'u');

describe.each(LAYER_REGISTRY.map((l) => [l.id] as const))('layer %s', (id) => {
  it('names every feature in en, hy, az and ru, each in its own script', () => {
    for (const p of props(id)) {
      for (const lang of LANGUAGES) {
        const name = p[`name_${lang}`];
        expect(typeof name === 'string' && name.length > 0, `${id}/${String(p.id)} lacks name_${lang}`).toBe(true);
        const rule = SCRIPT_RULES[lang];
        if (rule.needs) expect(rule.needs.test(name as string), `${id}/${String(p.id)} name_${lang} "${name}" is not in its script`).toBe(true);
        for (const bad of rule.forbids) expect(bad.test(name as string), `${id}/${String(p.id)} name_${lang} "${name}" mixes scripts`).toBe(false);
      }
    }
  });
});

describe('contested places in the labels of other features', () => {
  const contested = props('places').filter((p) => p.contested_name === true);
  const adminNames = props('admin-areas');

  // The pair must stand uninflected, as a whole word ("Շուշի / Շուշա", not "Շուշի / Շուշան"): the page
  // marks only whole slash pairs for the one-side naming modes (src/i18n/contested-names.ts).
  it('are given with both names, uninflected, as places.yaml writes them, in hy, az and ru', () => {
    expect(contested.length).toBeGreaterThan(0);
    for (const layer of LAYER_REGISTRY.filter((l) => l.id !== 'places')) {
      for (const p of props(layer.id)) {
        for (const lang of ['hy', 'az', 'ru'] as const) {
          // Take out what may legitimately name one side only: both-names labels, district names, fixed terms.
          let rest = String(p[`name_${lang}`]);
          for (const c of contested) rest = rest.replace(new RegExp(word(String(c[`name_${lang}`])).source, 'gu'), ' ');
          for (const a of adminNames) rest = rest.split(String(a[`name_${lang}`])).join(' ');
          for (const t of TERMS[lang]!) rest = rest.split(t).join(' ');
          for (const c of contested) {
            for (const usage of ['arm', 'aze'] as const) {
              const single = String(c[`name_${usage}_${lang}`]);
              expect(
                word(single).test(rest),
                `${layer.id}/${String(p.id)} name_${lang} "${String(p[`name_${lang}`])}" names ${single} without the other side's name`,
              ).toBe(false);
            }
          }
        }
      }
    }
  });
});
