// rivers.geojson: rivers where they are a state border, traced on the drawn country outlines, so the
// river and the border the reader sees are one line.
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import simplify from '@turf/simplify';
import { z } from 'zod';
import { polygonsOf } from '../../src/geo/clean-polygons.ts';
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
  z.object({
    id: z.string(),
    names: FullNamesSchema,
    stretches: z.array(z.object({ along: CountryCodeSchema, from: End, to: End, via: LonLat })).min(1),
    accuracy: z.string(),
    note: z.string(),
    sources: z.array(SourceCitationSchema).min(1),
  }),
);

const KM_PER_DEG = 111.32;
/** Tolerance in degrees of the smoothed copy that carries a river's name (~1.5 km). */
const LABEL_SMOOTHING = 0.015;
/** How far a stretch's end may lie from its stated point: Bahramtepe, the named place, stands ~5 km north of where the border leaves the river. */
const END_KM = 6;
/** Approximate distance in km between two points (equirectangular: exact enough at a few km). */
export function km([x1, y1]: Position, [x2, y2]: Position): number {
  const dx = (x2! - x1!) * Math.cos((((y1! + y2!) / 2) * Math.PI) / 180);
  return Math.hypot(dx, y2! - y1!) * KM_PER_DEG;
}
/** The outer rings of a country outline. */
const ringsOf = (g: Polygon | MultiPolygon): Position[][] => polygonsOf(g).map((p) => p[0]!);

/** Index of the vertex of `pts` nearest `q`. */
const nearestIndex = (pts: Position[], q: Position) => pts.reduce((best, p, i) => (km(p, q) < km(pts[best]!, q) ? i : best), 0);

/**
 * Returns the path along a closed ring from its vertex nearest `from` to its vertex nearest `to`, going
 * the way round that passes nearest `via` (a ring joins the two points both ways).
 */
export function ringPath(ring: Position[], from: Position, to: Position, via: Position): Position[] {
  const pts = ring.slice(0, -1);
  const n = pts.length;
  const i = nearestIndex(pts, from);
  const j = nearestIndex(pts, to);
  const walk = (step: 1 | -1) => {
    const path = [pts[i]!];
    for (let k = i; k !== j;) {
      k = (k + step + n) % n;
      path.push(pts[k]!);
    }
    return path;
  };
  const [forward, backward] = [walk(1), walk(-1)];
  const passes = (path: Position[]) => Math.min(...path.map((p) => km(p, via)));
  return passes(forward) <= passes(backward) ? forward : backward;
}

/**
 * The point where three outlines meet: the vertex of `a` nearest both `b` and `c`, among those within
 * `nearKm` of `near` (so the search stays small and finds the tripoint the stretch is about).
 */
export function tripoint(a: Position[][], b: Position[][], c: Position[][], near: Position, nearKm: number): Position {
  const close = (rings: Position[][]) => rings.flat().filter((p) => km(p, near) <= nearKm + 5);
  const [as, bs, cs] = [close(a), close(b), close(c)];
  if (!as.length || !bs.length || !cs.length) throw new Error(`rivers: no three outlines meet within ${nearKm} km of ${near.join(',')}`);
  const kmTo = (p: Position, pts: Position[]) => Math.min(...pts.map((q) => km(p, q)));
  return as.filter((p) => km(p, near) <= nearKm).reduce((best, p) => (kmTo(p, bs) + kmTo(p, cs) < kmTo(best, bs) + kmTo(best, cs) ? p : best));
}

const script: LayerScript = {
  id: 'rivers',
  inputs: 'authored',
  build() {
    const countries = readBuiltLayer('countries') as Feature<Polygon | MultiPolygon, { iso_a2: string }>[];
    const outline = (code: string) => {
      const f = countries.find((c) => c.properties.iso_a2 === code);
      if (!f) throw new Error(`rivers: no ${code} in the countries layer`);
      return ringsOf(f.geometry);
    };
    return readSource('rivers.yaml', RiverSourceSchema).flatMap((river) => {
      const lines: LineString[] = river.stretches.map(({ along, from, to, via }) => {
        const rings = outline(along);
        const point = (e: z.infer<typeof End>): Position => ('meets' in e ? tripoint(rings, outline(e.meets[0]), outline(e.meets[1]), e.near, 30) : e);
        // The outline ring that passes nearest `via`: the one that holds the border.
        const ring = rings.reduce((a, b) => (Math.min(...b.map((p) => km(p, via))) < Math.min(...a.map((p) => km(p, via))) ? b : a));
        const path = ringPath(ring, point(from), point(to), via);
        for (const [end, at] of [
          [from, path[0]!],
          [to, path.at(-1)!],
        ] as const) {
          const off = km(point(end), at);
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
