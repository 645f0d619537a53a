// events.geojson: dated events at the places where they happened, from geodata/sources/events.yaml.
import type { Feature } from 'geojson';
import { z } from 'zod';
import { IsoDateSchema } from '../../src/schemas/dates.ts';
import { EventPropertiesSchema } from '../../src/schemas/layer-properties.ts';
import { NamesSchema } from '../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { LonLatSchema } from './lib/authored-schemas.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

/** geodata/sources/events.yaml: each event has one place (`at`) or several (`at_all`). */
export const EventsSourceSchema = z.object({
  events: z.array(
    z
      .object({
        id: z.string(),
        kind: EventPropertiesSchema.shape.kind,
        date: IsoDateSchema,
        phase: z.string(),
        name: NamesSchema,
        at: LonLatSchema.optional(),
        at_all: z.array(LonLatSchema).min(2).optional(),
        accuracy: z.string(),
        description: z.string(),
        note: z.string().optional(),
        sources: z.array(SourceCitationSchema).min(1),
      })
      .refine((e) => (e.at === undefined) !== (e.at_all === undefined), 'give exactly one of at / at_all'),
  ),
});

const script: LayerScript = {
  id: 'events',
  inputs: 'authored',
  build(): Feature[] {
    const events = readSource('events.yaml', EventsSourceSchema).events;
    // Chronological, ties kept in file order, so the timeline can read the layer in order.
    return [...events]
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
      .map(({ e }): Feature => ({
        type: 'Feature',
        properties: {
          id: e.id,
          kind: e.kind,
          ...nameProps(e.name),
          // An event is on the map from its day on.
          valid_from: e.date,
          valid_to: null,
          date: e.date,
          description: e.description,
          phase: e.phase,
          sources: e.sources,
          accuracy: e.accuracy,
          note: e.note,
        },
        geometry: e.at ? { type: 'Point', coordinates: e.at } : { type: 'MultiPoint', coordinates: e.at_all! },
      }));
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
