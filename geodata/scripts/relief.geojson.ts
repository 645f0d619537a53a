// relief.geojson: the mountains and passes the story needs, each a labelled point with its sources.
import type { Feature } from 'geojson';
import { z } from 'zod';
import { FullNamesSchema } from '../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProperties } from './lib/feature-names.ts';

const ReliefSourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['range', 'pass']),
    lonlat: z.tuple([z.number(), z.number()]),
    names: FullNamesSchema.optional(),
    arm: FullNamesSchema.optional(),
    aze: FullNamesSchema.optional(),
    first: z.enum(['arm', 'aze']).optional(),
    accuracy: z.string(),
    note: z.string(),
    sources: z.array(SourceCitationSchema).min(1),
  })
  .strict()
  .refine((r) => (r.names ? !r.arm && !r.aze : !!r.arm && !!r.aze && !!r.first), 'give `names`, or `arm`, `aze` and `first`');

const script: LayerScript = {
  id: 'relief',
  inputs: 'authored',
  build() {
    return readSource('relief.yaml', z.array(ReliefSourceSchema)).map((r): Feature => ({
      type: 'Feature',
      properties: {
        id: r.id,
        kind: r.kind,
        ...nameProperties(r),
        valid_from: null,
        valid_to: null,
        sources: r.sources,
        accuracy: r.accuracy,
        note: r.note,
      },
      geometry: { type: 'Point', coordinates: r.lonlat },
    }));
  },
};
export default script;

if (import.meta.main) await writeLayer(script);
