import { z } from 'zod';
import { IsoDateSchema } from '../../../src/schemas/dates.ts';
import { SourceCitationSchema } from '../../../src/schemas/source-citation.ts';

/** A [lon, lat] pair as written in the YAML sources. */
export const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A closed ring of [lon, lat] pairs. */
export const RingSchema = z
  .array(LonLatSchema)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'ring is not closed (first and last vertex differ)');

/** The fields every authored feature carries into its layer. */
export const AuthoredFieldsSchema = z.object({
  id: z.string(),
  valid_from: IsoDateSchema.nullable(),
  valid_to: IsoDateSchema.nullable(),
  sources: z.array(SourceCitationSchema).min(1),
  accuracy: z.string(),
  note: z.string().optional(),
});
