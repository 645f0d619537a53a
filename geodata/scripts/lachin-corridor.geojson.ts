// lachin-corridor.geojson: the two Lachin corridor roads (2020–2022, 2022–2023) and their 5 km zones,
// computed here with @turf/buffer and clipped to the Azerbaijani side of the border.
import type { Feature } from 'geojson';
import { corridors, RoadsSourceSchema } from './lib/corridors.ts';
import { nameProps } from './lib/feature-names.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';

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
            id: road.zone_id,
            kind: 'corridor-zone',
            ...nameProps(road.zone_name),
            ...common,
            width_km: src.corridor_width_km,
            sources: src.statement_sources,
            accuracy: `zone computed: ${src.corridor_width_km / 2} km each side of the drawn road, which is ${road.accuracy}`,
            note: 'The 5 km corridor of point 6 of the 10 Nov 2020 statement, under Russian peacekeepers, drawn on the Azerbaijani side of the border only and without the town of Shusha.',
          },
          geometry: zone,
        },
        {
          type: 'Feature',
          properties: {
            id: road.id,
            kind: 'corridor-road',
            ...nameProps(road.name),
            ...common,
            sources: road.sources,
            accuracy: road.accuracy,
            note: road.note,
          },
          geometry: line,
        },
      ];
    });
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
