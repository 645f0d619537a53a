// lachin-corridor.geojson: the two Lachin corridor roads (2020–2022, 2022–2023) and their 5 km zones,
// computed here with @turf/buffer and clipped to the Azerbaijani side of the border; and the exodus of
// September 2023 as a flow along the 2022 road toward Armenia, with its count where it enters Armenia.
import type { Feature, LineString } from 'geojson';
import { corridors, RoadsSourceSchema, type Corridor, type RoadsSource } from './lib/corridors.ts';
import { nameProps } from './lib/feature-names.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';

const script: LayerScript = {
  id: 'lachin-corridor',
  inputs: 'authored',
  build(): Feature[] {
    const src = readSource('roads.yaml', RoadsSourceSchema);
    const all = corridors();
    const roads = all.flatMap(({ road, line, zone }): Feature[] => {
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
    return [...roads, ...exodusFeatures(src.exodus, all)];
  },
};

/** The exodus flow (the road reversed, so it runs toward Armenia) and its count, at the flow's end in Armenia. */
function exodusFeatures(exodus: RoadsSource['exodus'], all: Corridor[]): Feature[] {
  const road = all.find((c) => c.road.id === exodus.road);
  if (!road) throw new Error(`roads.yaml: the exodus follows "${exodus.road}", which is not a road there`);
  const flow: LineString = { type: 'LineString', coordinates: [...road.line.coordinates].reverse() };
  const common = { valid_from: exodus.valid_from, valid_to: exodus.valid_to, sources: exodus.sources, accuracy: exodus.accuracy, note: exodus.note };
  return [
    { type: 'Feature', properties: { id: exodus.id, kind: 'exodus-flow', ...nameProps(exodus.name), ...common }, geometry: flow },
    {
      type: 'Feature',
      properties: {
        id: exodus.count_id,
        kind: 'exodus-count',
        ...nameProps(exodus.count_label),
        ...common,
        count: exodus.count,
        count_date: exodus.count_date,
      },
      geometry: { type: 'Point', coordinates: flow.coordinates.at(-1)! },
    },
  ];
}

export default script;

if (import.meta.main) await writeLayer(script);
