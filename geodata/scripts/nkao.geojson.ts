// nkao.geojson: the Nagorno-Karabakh Autonomous Oblast, 1923–1991, from geodata/sources/nkao-boundary.yaml.
import type { Feature, Polygon } from 'geojson';
import { z } from 'zod';
import { NamesSchema } from '../../src/schemas/place-names.ts';
import { AuthoredFieldsSchema, RingSchema } from './lib/authored-schemas.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';

/** geodata/sources/nkao-boundary.yaml. */
export const NkaoSourceSchema = AuthoredFieldsSchema.extend({
  name: NamesSchema,
  official_area_km2: z.number().positive(),
  ring: RingSchema,
});

/** Returns the NKAO outline as written in the source (other authored layers clip to it). */
export function nkaoPolygon(): Polygon {
  return { type: 'Polygon', coordinates: [readSource('nkao-boundary.yaml', NkaoSourceSchema).ring] };
}

const script: LayerScript = {
  id: 'nkao',
  inputs: 'authored',
  build(): Feature[] {
    const s = readSource('nkao-boundary.yaml', NkaoSourceSchema);
    return [
      {
        type: 'Feature',
        properties: {
          id: s.id,
          kind: 'autonomous-oblast',
          name_en: s.name.en, name_hy: s.name.hy, name_az: s.name.az, name_ru: s.name.ru,
          valid_from: s.valid_from, valid_to: s.valid_to,
          official_area_km2: s.official_area_km2,
          sources: s.sources, accuracy: s.accuracy, note: s.note,
        },
        geometry: { type: 'Polygon', coordinates: [s.ring] },
      },
    ];
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
