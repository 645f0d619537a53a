// nkao.geojson: the Nagorno-Karabakh Autonomous Oblast, 1923–1991, from geodata/sources/nkao-boundary.yaml.
import type { Feature } from 'geojson';
import { nameProps } from './lib/feature-names.ts';
import { NkaoSourceSchema } from './lib/nkao-outline.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';

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
          ...nameProps(s.name),
          valid_from: s.valid_from,
          valid_to: s.valid_to,
          official_area_km2: s.official_area_km2,
          sources: s.sources,
          accuracy: s.accuracy,
          note: s.note,
        },
        geometry: { type: 'Polygon', coordinates: [s.ring] },
      },
    ];
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
