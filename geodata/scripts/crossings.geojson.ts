// crossings.geojson: border crossings with their dated status, from geodata/sources/crossings.yaml.
import type { Feature, Point } from 'geojson';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { multiLineString, point } from '@turf/helpers';
import { z } from 'zod';
import { polygonsOf } from '../../src/geo/clean-polygons.ts';
import { CountryCodeSchema, CrossingPropertiesSchema, CrossingStatusSchema } from '../../src/schemas/layer-properties.ts';
import { statusSteps } from '../../src/schemas/status-steps.ts';
import { NamesSchema } from '../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { LonLatSchema } from './lib/authored-schemas.ts';
import { builtPolygon } from './lib/built-geometry.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

/** geodata/sources/crossings.yaml (anchors such as `quarantine` are only there to be referenced). */
export const CrossingsSourceSchema = z.object({
  crossings: z.array(
    z.object({
      id: z.string(),
      kind: CrossingPropertiesSchema.shape.kind,
      countries: z.tuple([CountryCodeSchema, CountryCodeSchema]),
      name: NamesSchema,
      point: LonLatSchema,
      /** True when the listed point is only an area guess and must be placed on the border. */
      snap_to_border: z.boolean().optional(),
      accuracy: z.string(),
      note: z.string().optional(),
      sources: z.array(SourceCitationSchema).min(1),
      status_history: z.array(CrossingStatusSchema).min(1),
    }),
  ),
});

const ISO_TO_ID: Record<string, string> = { AM: 'armenia', AZ: 'azerbaijan', GE: 'georgia', TR: 'turkey', IR: 'iran', RU: 'russia' };

const script: LayerScript = {
  id: 'crossings',
  inputs: 'authored',
  build(): Feature[] {
    return readSource('crossings.yaml', CrossingsSourceSchema).crossings.map((c): Feature<Point> => {
      let coordinates = c.point;
      if (c.snap_to_border) {
        const outline = builtPolygon('countries', ISO_TO_ID[c.countries[0]]!);
        const rings = polygonsOf(outline).flat();
        coordinates = nearestPointOnLine(multiLineString(rings), point(c.point)).geometry.coordinates as [number, number];
      }
      const history = [...c.status_history].sort((a, b) => a.from.localeCompare(b.from));
      return {
        type: 'Feature',
        properties: {
          id: c.id,
          kind: c.kind,
          ...nameProps(c.name),
          valid_from: null,
          valid_to: null,
          countries: c.countries,
          status_history: history,
          ...statusSteps(history),
          sources: c.sources,
          accuracy: c.accuracy,
          note: c.note,
        },
        geometry: { type: 'Point', coordinates },
      };
    });
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
