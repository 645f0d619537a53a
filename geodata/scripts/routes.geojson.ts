// routes.geojson: the Soviet railway along the Aras with its Armenian (Meghri) section, the Horadiz–Aghband
// line and Turkey's Kars–Iğdır–Dilucu line, from geodata/sources/railways.yaml and the countries layer.
import type { Feature, LineString, Position } from 'geojson';
import simplify from '@turf/simplify';
import { lineString } from '@turf/helpers';
import { z } from 'zod';
import { polygonsOf } from '../../src/geo/clean-polygons.ts';
import { shorterRingArc } from '../../src/geo/shorter-ring-arc.ts';
import { NamesSchema } from '../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { AuthoredFieldsSchema, LonLatSchema } from './lib/authored-schemas.ts';
import { builtPolygon } from './lib/built-geometry.ts';
import { readSource } from './lib/read-source.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

const RouteFields = {
  name: NamesSchema,
  status: z.string(),
  quoted_length_km: z.string().optional(),
  naming: z.string().optional(),
};

/** geodata/sources/railways.yaml. */
export const RailwaysSourceSchema = z.object({
  naming: z.string(),
  naming_sources: z.array(SourceCitationSchema),
  meghri_section: AuthoredFieldsSchema.omit({ valid_from: true, valid_to: true }).extend({
    ...RouteFields,
    from: LonLatSchema,
    to: LonLatSchema,
    smooth_tolerance_deg: z.number().positive(),
    north_bank_km: z.number().nonnegative(),
  }),
  railways: z.array(
    AuthoredFieldsSchema.extend({
      ...RouteFields,
      kind: z.enum(['railway', 'planned-railway']),
      vertices: z.array(LonLatSchema).optional(),
      before_section: z.array(LonLatSchema).optional(),
      after_section: z.array(LonLatSchema).optional(),
    }),
  ),
});

/** Kilometres per degree of latitude (mean Earth radius 6,371 km). */
const KM_PER_DEG_LAT = (Math.PI * 6371) / 180;

/**
 * Returns the Meghri section: the stretch of Armenia's outline between the two tripoints (the
 * Armenia–Iran border, which is the Aras), smoothed because a railway does not follow the meanders,
 * and moved onto the north bank.
 */
export function meghriSection(): LineString {
  const s = readSource('railways.yaml', RailwaysSourceSchema).meghri_section;
  const armenia = builtPolygon('countries', 'armenia');
  // The main part of Armenia is the one whose outer ring has the most vertices.
  const ring = polygonsOf(armenia)
    .map((p) => p[0]!)
    .reduce((a, b) => (b.length > a.length ? b : a));
  const border = shorterRingArc(ring, s.from, s.to);
  const smooth = simplify(lineString(border), { tolerance: s.smooth_tolerance_deg, highQuality: true }).geometry.coordinates;
  const north = s.north_bank_km / KM_PER_DEG_LAT;
  return { type: 'LineString', coordinates: smooth.map(([lon, lat]) => [lon!, lat! + north]) };
}

const script: LayerScript = {
  id: 'routes',
  inputs: 'authored',
  build(): Feature[] {
    const src = readSource('railways.yaml', RailwaysSourceSchema);
    const section = meghriSection();
    const props = (r: {
      name: z.infer<typeof NamesSchema>;
      status: string;
      quoted_length_km?: string;
      naming?: string;
      sources: unknown;
      accuracy: string;
      note?: string;
    }) => ({
      ...nameProps(r.name),
      status: r.status,
      quoted_length_km: r.quoted_length_km,
      naming: r.naming,
      sources: r.sources,
      accuracy: r.accuracy,
      note: r.note,
    });
    const features: Feature[] = src.railways.map((r) => {
      const coords: Position[] = r.vertices ?? [...(r.before_section ?? []), ...section.coordinates, ...(r.after_section ?? [])];
      return {
        type: 'Feature',
        properties: { id: r.id, kind: r.kind, valid_from: r.valid_from, valid_to: r.valid_to, ...props(r) },
        geometry: { type: 'LineString', coordinates: coords },
      };
    });
    const m = src.meghri_section;
    features.splice(1, 0, {
      type: 'Feature',
      properties: {
        id: m.id,
        kind: 'railway-section',
        valid_from: null,
        valid_to: null,
        ...props({ ...m, naming: src.naming, sources: [...m.sources, ...src.naming_sources] }),
      },
      geometry: section,
    });
    return features;
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
