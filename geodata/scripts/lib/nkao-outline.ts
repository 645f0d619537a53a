// The NKAO outline as authored in geodata/sources/nkao-boundary.yaml: the nkao layer draws it, and
// the control areas are cut with it.
import type { Polygon } from 'geojson';
import { z } from 'zod';
import { NamesSchema } from '../../../src/schemas/place-names.ts';
import { AuthoredFieldsSchema, RingSchema } from './authored-schemas.ts';
import { readSource } from './read-source.ts';

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
