import { z } from 'zod';
import { SourceCitationSchema } from './source-citation.ts';

/** The data licences Crossroads ships under (see README, "Data sources and licences"). */
export const LicenceSchema = z.enum([
  'ODbL-1.0', // OpenStreetMap-derived: © OpenStreetMap contributors
  'public-domain', // Natural Earth
  'CC-BY-4.0', // our own data, and GeoNames coordinates
]);

/** One entry of the layer registry: what a geodata file is, for the map, the legend and the catalog. */
export const LayerDefinitionSchema = z.object({
  /** kebab-case id; the file is geodata/layers/<id>.geojson. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Short title for the legend and the layer list. */
  title: z.string().min(3),
  /** One or two sentences: what the layer shows and how far to trust it. */
  description: z.string().min(20),
  /** The geometry the layer holds, for styling. */
  geometry: z.enum(['polygon', 'line', 'point', 'mixed']),
  /** Basemap layers are context and are not switched by chapters. */
  role: z.enum(['basemap', 'story']),
  /** True when the map filters the layer's features by the story's date. */
  dated: z.boolean(),
  /** Where the layer's data come from. */
  sources: z.array(SourceCitationSchema).min(1),
  /** Licences of the data in the layer, all that apply. */
  licences: z.array(LicenceSchema).min(1),
  /** Attribution line shown on the map when the layer is visible. */
  attribution: z.string().min(3),
  /** Coordinates are rounded to this many decimals (5 ≈ 1 m, 4 ≈ 11 m, 3 ≈ 110 m). */
  precision: z.number().int().min(3).max(6),
  /** Byte budget for the raw file. */
  max_bytes: z.number().int().positive(),
});

export type LayerDefinition = z.infer<typeof LayerDefinitionSchema>;
