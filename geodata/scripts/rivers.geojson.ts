// rivers.geojson: rivers where they are a state border, traced on the drawn country outlines, so the
// river and the border the reader sees are one line; rivers inside a country, as a schematic course
// through sourced points on them (source, towns on their banks, mouth), with an accuracy that says so.
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import distance from '@turf/distance';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import simplify from '@turf/simplify';
import { z } from 'zod';
import { polygonsOf } from '../../src/geo/clean-polygons.ts';
import { shorterRingArc } from '../../src/geo/shorter-ring-arc.ts';
import { CountryCodeSchema } from '../../src/schemas/layer-properties.ts';
import { FullNamesSchema } from '../../src/schemas/place-names.ts';
import { SourceCitationSchema } from '../../src/schemas/source-citation.ts';
import { readSource } from './lib/read-source.ts';
import { readBuiltLayer, writeLayer, type LayerScript } from './lib/layer-script.ts';
import { nameProps } from './lib/feature-names.ts';

const LonLat = z.tuple([z.number(), z.number()]);
/** A stretch's end: a point, or where the stretch's country meets two others near a point (a tripoint of the outlines). */
const End = z.union([LonLat, z.object({ meets: z.tuple([CountryCodeSchema, CountryCodeSchema]), near: LonLat })]);
const RiverSourceSchema = z.array(
  z
    .object({
      id: z.string(),
      names: FullNamesSchema,
      /** Where the river is a border: stretches traced on the neighbour's outline. */
      stretches: z
        .array(z.object({ along: CountryCodeSchema, from: End, to: End }).strict())
        .min(1)
        .optional(),
      /**
       * Elsewhere: sourced points on the river, downstream, joined by straight lines. After stretches,
       * the course starts where the last stretch ends (where the river leaves the border).
       */
      course: z.array(LonLat).min(1).optional(),
      /**
       * A reach above a reservoir, drawn apart from the rest: sourced points downstream, ending where
       * the last of them is nearest the drawn water body `into` (the water layer's id), the river's
       * way into it. Below the reservoir the `course` carries the river on from its dam.
       */
      inflow: z
        .object({ course: z.array(LonLat).min(2), into: z.string() })
        .strict()
        .optional(),
      accuracy: z.string(),
      note: z.string(),
      sources: z.array(SourceCitationSchema).min(1),
    })
    .refine((r) => r.stretches !== undefined || (r.course?.length ?? 0) >= 2, { message: 'a river has stretches, or a course of two points at least' }),
);

/** Tolerance in degrees of the smoothed copy that carries a river's name (~1.5 km). */
const LABEL_SMOOTHING = 0.015;
/** How far a stretch's end may lie from its stated point: Bahramtepe, the named place, stands ~5 km north of where the border leaves the river. */
const END_KM = 6;
/** How far from its `near` point a tripoint is looked for, in km. */
const TRIPOINT_SEARCH_KM = 30;

/** The outer rings of a country outline. */
const ringsOf = (g: Polygon | MultiPolygon): Position[][] => polygonsOf(g).map((p) => p[0]!);
/** km from `p` to the nearest of `pts`. */
const kmToNearest = (p: Position, pts: Position[]) => Math.min(...pts.map((q) => distance(p, q)));

/**
 * The point where three outlines meet: the vertex of `a` nearest both `b` and `c`, among those within
 * `nearKm` of `near` (so the search stays small and finds the tripoint the stretch is about).
 */
function tripoint(a: Position[][], b: Position[][], c: Position[][], near: Position, nearKm: number): Position {
  const close = (rings: Position[][], km: number) => rings.flat().filter((p) => distance(p, near) <= km);
  const [bs, cs] = [close(b, nearKm + 5), close(c, nearKm + 5)];
  const candidates = close(a, nearKm);
  if (!candidates.length || !bs.length || !cs.length) throw new Error(`rivers: no three outlines meet within ${nearKm} km of ${near.join(',')}`);
  const scored = candidates.map((p) => ({ p, km: kmToNearest(p, bs) + kmToNearest(p, cs) }));
  return scored.reduce((best, s) => (s.km < best.km ? s : best)).p;
}

const script: LayerScript = {
  id: 'rivers',
  inputs: 'authored',
  build() {
    const countries = readBuiltLayer('countries') as Feature<Polygon | MultiPolygon, { iso_a2: string }>[];
    const water = readBuiltLayer('water') as Feature<Polygon | MultiPolygon, { id: string }>[];
    /** The point of a drawn water body's shore nearest `p`. */
    const shoreNearest = (id: string, p: Position): Position => {
      const body = water.find((w) => w.properties.id === id);
      if (!body) throw new Error(`rivers: no ${id} in the water layer`);
      const shore: Feature<MultiLineString> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiLineString', coordinates: polygonsOf(body.geometry).flat() },
      };
      return nearestPointOnLine(shore, p).geometry.coordinates;
    };
    const outline = (code: string) => {
      const f = countries.find((c) => c.properties.iso_a2 === code);
      if (!f) throw new Error(`rivers: no ${code} in the countries layer`);
      return ringsOf(f.geometry);
    };
    return readSource('rivers.yaml', RiverSourceSchema).flatMap((river) => {
      const lines: LineString[] = (river.stretches ?? []).map(({ along, from, to }) => {
        const rings = outline(along);
        const [start, end] = [from, to].map((e): Position =>
          'meets' in e ? tripoint(rings, outline(e.meets[0]), outline(e.meets[1]), e.near, TRIPOINT_SEARCH_KM) : e,
        );
        // The outline ring that holds the border: the one passing nearest the stretch's start.
        const ring = rings.reduce((a, b) => (kmToNearest(start!, b) < kmToNearest(start!, a) ? b : a));
        // The river is the shorter way round the neighbour's outline between the two ends.
        const path = shorterRingArc(ring, start!, end!);
        for (const [stated, at] of [
          [start!, path[0]!],
          [end!, path.at(-1)!],
        ] as const) {
          const off = distance(stated, at);
          if (off > END_KM) throw new Error(`rivers: ${river.id} along ${along} ends ${off.toFixed(1)} km from its stated end`);
        }
        return { type: 'LineString', coordinates: path };
      });
      const properties = {
        id: river.id,
        kind: 'river',
        ...nameProps(river.names),
        valid_from: null,
        valid_to: null,
        sources: river.sources,
        accuracy: river.accuracy,
        note: river.note,
      };
      if (river.course) lines.push({ type: 'LineString', coordinates: [...(lines.length ? [lines.at(-1)!.coordinates.at(-1)!] : []), ...river.course] });
      // Upstream first: the reach above the reservoir leads the feature's lines.
      if (river.inflow)
        lines.unshift({ type: 'LineString', coordinates: [...river.inflow.course, shoreNearest(river.inflow.into, river.inflow.course.at(-1)!)] });
      const course: Feature<MultiLineString> = {
        type: 'Feature',
        properties,
        geometry: { type: 'MultiLineString', coordinates: lines.map((l) => l.coordinates) },
      };
      // The name follows a smoothed copy: at the story's zooms the traced border turns every pixel or
      // two, far more than a label may bend, so MapLibre would place the name nowhere.
      const labelPath = simplify(course, { tolerance: LABEL_SMOOTHING, highQuality: true }) as Feature<MultiLineString>;
      return [
        course,
        {
          type: 'Feature',
          properties: {
            ...properties,
            id: `${river.id}-label`,
            label_path: true,
            accuracy: `label placement only (smoothed at ~1.5 km); the course: ${river.accuracy}`,
          },
          geometry: labelPath.geometry,
        } satisfies Feature,
      ];
    });
  },
};
export default script;

if (import.meta.main) await writeLayer(script);
