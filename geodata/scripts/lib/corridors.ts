// The Lachin corridor roads and their zones, from geodata/sources/roads.yaml: the lachin-corridor layer
// draws them, and the control areas are cut with them.
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import buffer from '@turf/buffer';
import { point } from '@turf/helpers';
import { z } from 'zod';
import { corridorZone } from '../../../src/geo/corridor-zone.ts';
import { NamesSchema } from '../../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../../src/schemas/source-citation.ts';
import { IsoDateSchema } from '../../../src/schemas/dates.ts';
import { AuthoredFieldsSchema, LonLatSchema } from './authored-schemas.ts';
import { builtPolygon } from './built-geometry.ts';
import { readSource } from './read-source.ts';

/** geodata/sources/roads.yaml. */
export const RoadsSourceSchema = z.object({
  corridor_width_km: z.number().positive(),
  shusha_town_radius_km: z.number().positive(),
  shusha: LonLatSchema,
  statement_sources: z.array(SourceCitationSchema).min(1),
  roads: z.array(
    AuthoredFieldsSchema.extend({
      name: NamesSchema,
      zone_id: z.string(),
      zone_name: NamesSchema,
      vertices: z.array(LonLatSchema).min(2),
    }),
  ),
  /** The September 2023 exodus, drawn along one of the roads toward Armenia, with its count. */
  exodus: AuthoredFieldsSchema.extend({
    road: z.string(),
    count_id: z.string(),
    name: NamesSchema,
    count: z.number().int().positive(),
    count_date: IsoDateSchema,
    count_label: NamesSchema,
  }),
});
/** geodata/sources/roads.yaml, read. */
export type RoadsSource = z.infer<typeof RoadsSourceSchema>;
type RoadSource = z.infer<typeof RoadsSourceSchema>['roads'][number];

/** A corridor road and its zone, as the other authored layers use them. */
export interface Corridor {
  road: RoadSource;
  line: LineString;
  zone: Polygon | MultiPolygon;
}

/** Returns each corridor with its zone: the road buffered by half the width each side, minus Armenia and the town of Shusha. */
export function corridors(): Corridor[] {
  const src = readSource('roads.yaml', RoadsSourceSchema);
  const armenia = builtPolygon('countries', 'armenia');
  const shushaTown = buffer(point(src.shusha), src.shusha_town_radius_km, { units: 'kilometers', steps: 8 })!.geometry;
  return src.roads.map((road) => {
    const line: LineString = { type: 'LineString', coordinates: road.vertices };
    return { road, line, zone: corridorZone(line, src.corridor_width_km, [armenia, shushaTown]) };
  });
}
