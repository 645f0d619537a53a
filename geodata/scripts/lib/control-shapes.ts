// The shapes the control areas are cut from (geodata/sources/control-lines.yaml, the NKAO outline
// and the corridor zones): the control-areas layer draws them, the lines-of-contact layer traces
// their edges.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import buffer from '@turf/buffer';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { lineString, multiLineString, point } from '@turf/helpers';
import { z } from 'zod';
import { cleanPolygons, polygonsOf } from '../../../src/geo/clean-polygons.ts';
import { intersectPolygons } from '../../../src/geo/intersect-polygons.ts';
import { subtractPolygons } from '../../../src/geo/subtract-polygons.ts';
import { unionPolygons } from '../../../src/geo/union-polygons.ts';
import { IsoDateSchema } from '../../../src/schemas/dates.ts';
import { SourceCitationSchema } from '../../../src/schemas/source-citation.ts';
import { LonLatSchema, RingSchema } from './authored-schemas.ts';
import { corridors } from './corridors.ts';
import { NamesByIdSchema } from './feature-names.ts';
import { nkaoPolygon } from './nkao-outline.ts';
import { readSource } from './read-source.ts';

export const Sources = z.array(SourceCitationSchema).min(1);

/** geodata/sources/control-lines.yaml. */
export const ControlLinesSourceSchema = z.object({
  held_1994: z.object({
    ring: RingSchema,
    /** The ring's vertices where its edge along the Aras starts and ends (KNOWN ERROR: it stops short of the river). */
    aras_edge: z.tuple([LonLatSchema, LonLatSchema]),
    sources: Sources,
  }),
  ceasefire_2020_ne: z.object({ ring: RingSchema, sources: Sources }),
  shusha_salient: z.object({ point: LonLatSchema, half_width_km: z.number().positive(), taken: IsoDateSchema, sources: Sources }),
  hadrut: z.object({ point: LonLatSchema, radius_km: z.number().positive(), taken: IsoDateSchema, sources: Sources }),
  war_start: IsoDateSchema,
  war_sources: Sources,
  statement: IsoDateSchema,
  statement_sources: Sources,
  offensive_end: IsoDateSchema,
  offensive_sources: Sources,
  returned_districts: z.array(z.object({ district: z.string(), date: IsoDateSchema })),
  returned_sources: Sources,
  war_districts: z.array(z.string()),
  peacekeepers: z.object({ withdrawal_completed: IsoDateSchema, sources: Sources }),
  border_tolerance_km: z.number().positive(),
  tavush_gazakh_2024: z.object({
    from: z.string(),
    to: z.string(),
    length_km: z.number().positive(),
    agreed: IsoDateSchema,
    protocol: IsoDateSchema,
    taken_over: IsoDateSchema,
    kirants: z.object({ between: z.tuple([z.string(), z.string()]), half_length_km: z.number().positive(), taken_over: IsoDateSchema }),
    sources: Sources,
  }),
  /** Names of the control-areas features, by id, in the four languages. */
  area_names: NamesByIdSchema,
  /** Names of the lines-of-contact features, by id, in the four languages. */
  line_names: NamesByIdSchema,
});
export type ControlLinesSource = z.infer<typeof ControlLinesSourceSchema>;

export type Area = Polygon | MultiPolygon;
export const KM = { units: 'kilometers' as const, steps: 8 };

/** Returns the geometry without parts under 1 km² (slivers that polygon clipping leaves along shared edges), or null. */
export function tidy(g: Area | null): Area | null {
  if (!g) return null;
  const parts = polygonsOf(g).filter((p) => p[0]!.length >= 4);
  if (parts.length === 0) return null;
  try {
    return cleanPolygons({ type: 'MultiPolygon', coordinates: parts }, { minPartKm2: 1, minHoleKm2: 1 });
  } catch {
    return null;
  }
}

/** The shapes every control feature is cut from. */
export interface ControlShapes {
  src: ControlLinesSource;
  held: Area;
  /** The part of the 2020 line's area that stayed under Armenian control: inside the NKAO, without the Shusha salient, without any corridor. */
  remnant: Area;
  salient: Area;
  corridor2020: Area;
  corridor2022: Area;
  /** armenian-control areas: the remnant with each corridor. */
  control2020: Area;
  control2022: Area;
}

/** How far south of the ring's Aras edge the band reaching the river goes: more than the widest gap measured (3.6 km), even where the edge runs obliquely. */
const ARAS_BAND_DEGREES = 0.1;

/**
 * Returns the ring as a polygon that reaches the Aras: Natural Earth's generalised edge between the two
 * `aras_edge` vertices runs 1–4 km short of the river (issue 13 measured 2.7 km along Zangilan and
 * Jabrayil), which drew a strip of Azerbaijani-held ground that did not exist. A band from that edge
 * southwards (into Iran) is added; clipping to Azerbaijan's outline, as every user of `held` does, then
 * ends the area at the border. The band's sides run due south from the two vertices, so no ground east
 * or west of the held stretch is added.
 */
function reachAras(ring: Position[], [from, to]: [Position, Position]): Area {
  const at = (p: Position) => ring.findIndex((v) => v[0] === p[0] && v[1] === p[1]);
  const [i, j] = [at(from), at(to)];
  if (i < 0 || j < 0 || j <= i) throw new Error('control-lines.yaml: aras_edge must name two ring vertices, in ring order');
  const edge = ring.slice(i, j + 1);
  for (let k = 1; k < edge.length; k += 1) if (edge[k]![0]! <= edge[k - 1]![0]!) throw new Error('aras_edge: the edge must run west to east');
  const south = edge.map(([x, y]) => [x!, y! - ARAS_BAND_DEGREES]).reverse();
  const band: Polygon = { type: 'Polygon', coordinates: [[...edge, ...south, edge[0]!]] };
  return unionPolygons({ type: 'Polygon', coordinates: [ring] }, band);
}

/** Returns the shapes of the control areas (also used by lines-of-contact). */
export function controlShapes(): ControlShapes {
  const src = readSource('control-lines.yaml', ControlLinesSourceSchema);
  const held = reachAras(src.held_1994.ring, src.held_1994.aras_edge);
  const ne2020: Polygon = { type: 'Polygon', coordinates: [src.ceasefire_2020_ne.ring] };
  // Natural Earth's corridor strip lies outside the NKAO, so keeping the NKAO part drops it.
  const core = intersectPolygons(ne2020, nkaoPolygon());
  if (!core) throw new Error('2020 line and NKAO do not overlap');
  // Shusha salient: the ground around the line from Shusha to the nearest point of the 2020 line south of it.
  const south = nearestFrontPointSouth(core, src.shusha_salient.point);
  const salient = buffer(lineString([src.shusha_salient.point, south]), src.shusha_salient.half_width_km, KM)!.geometry;
  const remnant = tidy(subtractPolygons(core, [salient]));
  if (!remnant) throw new Error('nothing left after removing the Shusha salient');
  const [c2020, c2022] = corridors();
  if (!c2020 || !c2022) throw new Error('roads.yaml must list the 2020 and the 2022 road');
  return {
    src,
    held,
    remnant,
    salient,
    corridor2020: c2020.zone,
    corridor2022: c2022.zone,
    control2020: unionPolygons(remnant, c2020.zone),
    control2022: unionPolygons(remnant, c2022.zone),
  };
}

/** Returns the point of the area's boundary nearest to `p` among the edges that lie wholly south of it. */
function nearestFrontPointSouth(area: Area, p: Position): Position {
  const edges = polygonsOf(area)
    .flat()
    .flatMap((r) => r.slice(1).map((v, i) => [r[i]!, v]));
  const southern = edges.filter(([a, b]) => a![1]! < p[1]! && b![1]! < p[1]!);
  if (southern.length === 0) throw new Error('no edge of the area lies south of the point');
  return nearestPointOnLine(multiLineString(southern), point(p)).geometry.coordinates;
}
