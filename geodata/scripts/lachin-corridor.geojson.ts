// lachin-corridor.geojson: the two Lachin corridor roads (2020–2022, 2022–2023) and their 5 km zones,
// computed here with @turf/buffer and clipped to the Azerbaijani side of the border.
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import buffer from '@turf/buffer';
import { point } from '@turf/helpers';
import { z } from 'zod';
import { corridorZone } from '../../src/geo/corridor-zone.ts';
import { NamesSchema } from '../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { AuthoredFieldsSchema, LonLatSchema } from './lib/authored-schemas.ts';
import { builtPolygon } from './lib/built-geometry.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';

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
});
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

const script: LayerScript = {
  id: 'lachin-corridor',
  inputs: 'authored',
  build(): Feature[] {
    const src = readSource('roads.yaml', RoadsSourceSchema);
    return corridors().flatMap(({ road, line, zone }): Feature[] => {
      const common = { valid_from: road.valid_from, valid_to: road.valid_to };
      return [
        {
          type: 'Feature',
          properties: {
            id: road.zone_id, kind: 'corridor-zone', ...names(road.zone_name), ...common,
            width_km: src.corridor_width_km,
            sources: src.statement_sources,
            accuracy: `zone computed: ${src.corridor_width_km / 2} km each side of the drawn road, which is ${road.accuracy}`,
            note: 'The 5 km corridor of point 6 of the 10 Nov 2020 statement, under Russian peacekeepers, drawn on the Azerbaijani side of the border only and without the town of Shusha.',
          },
          geometry: zone,
        },
        {
          type: 'Feature',
          properties: { id: road.id, kind: 'corridor-road', ...names(road.name), ...common, sources: road.sources, accuracy: road.accuracy, note: road.note },
          geometry: line,
        },
      ];
    });
  },
};

function names(n: z.infer<typeof NamesSchema>) {
  return { name_en: n.en, name_hy: n.hy, name_az: n.az, name_ru: n.ru };
}

export default script;

if (import.meta.main) await writeLayer(script);
