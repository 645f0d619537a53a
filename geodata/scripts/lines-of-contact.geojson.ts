// lines-of-contact.geojson: the 1994 line of contact and the line after the 10 Nov 2020 statement,
// drawn as the edges of the control areas that are neither a state border nor a corridor; and the
// first stretch of agreed border, Tavush–Gazakh 2024, in its dated states.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import buffer from '@turf/buffer';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import length from '@turf/length';
import lineSliceAlong from '@turf/line-slice-along';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import { z } from 'zod';
import { polygonsOf } from '../../src/geo/clean-polygons.ts';
import { DETAIL_WINDOW } from './countries.geojson.ts';
import { LonLatSchema } from './lib/authored-schemas.ts';
import { readSource } from './lib/read-source.ts';
import type { ControlLinesSource } from './lib/control-shapes.ts';
import { boundaryRuns } from '../../src/geo/boundary-runs.ts';
import { intersectPolygons } from '../../src/geo/intersect-polygons.ts';
import { unionPolygons } from '../../src/geo/union-polygons.ts';
import { builtPolygon } from './lib/built-geometry.ts';
import { nameTable } from './lib/feature-names.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';
import { controlShapes } from './lib/control-shapes.ts';

type Area = Polygon | MultiPolygon;
const KM = { units: 'kilometers' as const, steps: 8 };

const inside = (g: Area) => (p: Position) => booleanPointInPolygon(point(p), g);

/** The longest of some lines. */
const longest = (lines: Position[][]): Position[] => lines.reduce((a, b) => (length(lineString(b)) > length(lineString(a)) ? b : a));

/** A shared border vertex lies within this of the other country's outline (both are simplified at ~50 m there). */
const SHARED_KM = 0.08;

/** The authored villages' positions (places.yaml; the places layer builds after this one). */
function villagePositions(): Map<string, Position> {
  const rows = readSource('places.yaml', z.array(z.object({ id: z.string(), lonlat: LonLatSchema.optional() }).loose()));
  return new Map(rows.flatMap((r) => (r.lonlat ? [[r.id, r.lonlat] as const] : [])));
}

/**
 * The Armenia–Azerbaijan border inside the detail window as one line: the longest run of Armenia's
 * outline whose vertices lie on Azerbaijan's.
 */
function tavushBorder(): Position[] {
  const [w, s, e, n] = DETAIL_WINDOW.bbox;
  const inWindow = ([x, y]: Position) => x! >= w && x! <= e && y! >= s && y! <= n;
  const azRings = polygonsOf(builtPolygon('countries', 'azerbaijan'))
    .flat()
    .filter((r) => r.some(inWindow))
    .map((r) => lineString(r));
  const onAz = (p: Position) => inWindow(p) && azRings.some((r) => pointToLineDistance(point(p), r, { units: 'kilometers' }) < SHARED_KM);
  const runs = boundaryRuns(builtPolygon('countries', 'armenia'), onAz);
  return longest(runs);
}

/**
 * The Tavush–Gazakh line of 2024 in its dated states (agreed, fixed by protocol, taken over; the
 * section near Kirants taken over later), each a stretch of the border traced from the countries layer.
 */
function tavushGazakh2024(t: ControlLinesSource['tavush_gazakh_2024'], names: ReturnType<typeof nameTable>): Feature[] {
  const border = lineString(tavushBorder());
  const places = villagePositions();
  const along = (id: string) => {
    const p = places.get(id);
    if (!p) throw new Error(`tavush_gazakh_2024 names ${id}, which has no lonlat in places.yaml`);
    return nearestPointOnLine(border, point(p), { units: 'kilometers' }).properties.location;
  };
  const [a, b] = [along(t.from), along(t.to)].sort((x, y) => x - y) as [number, number];
  if (b - a < t.length_km * 0.5 || b - a > t.length_km * 1.5)
    throw new Error(`the border between ${t.from} and ${t.to} measures ${(b - a).toFixed(1)} km, far from the sourced ${t.length_km} km`);
  const mid = (a + b) / 2;
  const [start, end] = [mid - t.length_km / 2, mid + t.length_km / 2];
  const k = (along(t.kirants.between[0]) + along(t.kirants.between[1])) / 2;
  const [kStart, kEnd] = [Math.max(start, k - t.kirants.half_length_km), Math.min(end, k + t.kirants.half_length_km)];
  const slice = (from: number, to: number) => lineSliceAlong(border, from, to, { units: 'kilometers' }).geometry.coordinates;
  const whole = [slice(start, end)];
  const rest = [slice(start, kStart), slice(kEnd, end)];
  const kirants = [slice(kStart, kEnd)];
  const course = `course: the OSM boundary (±100 m on this grid; the 2024 line follows the Soviet-era boundary it draws, ±0.5 km where they differ); ends placed so the line measures the sourced ${t.length_km} km between the border points nearest Baghanis and Berkaber, ±1.5 km along the border`;
  const kirantsAccuracy = `${course}; the Kirants section is schematic: the ${2 * t.kirants.half_length_km} km of the line nearest Kirants and Kheyrimli`;
  const feature = (id: string, kind: string, from: string, to: string | null, coordinates: Position[][], accuracy: string, note: string): Feature => ({
    type: 'Feature',
    properties: { id, kind, ...names.props(id), valid_from: from, valid_to: to, sources: t.sources, accuracy, note },
    geometry: { type: 'MultiLineString', coordinates },
  });
  return [
    feature(
      'tavush-gazakh-2024-agreed',
      'border-agreed',
      t.agreed,
      t.protocol,
      whole,
      course,
      'Agreed in principle by the two border commissions on 19 Apr 2024, between four pairs of villages from Baghanis to Berkaber.',
    ),
    feature(
      'tavush-gazakh-2024-protocol',
      'border-protocol',
      t.protocol,
      t.taken_over,
      whole,
      course,
      `Fixed in a technical protocol on 15 May 2024: ${t.length_km} km of border, the first agreed stretch.`,
    ),
    feature(
      'tavush-gazakh-2024-taken-over',
      'border-taken-over',
      t.taken_over,
      null,
      rest,
      course,
      "Taken over by Azerbaijan's border service on 24 May 2024, with the four villages' land.",
    ),
    feature(
      'tavush-gazakh-2024-kirants',
      'border-protocol',
      t.taken_over,
      t.kirants.taken_over,
      kirants,
      kirantsAccuracy,
      'The section near Kirants stayed under a transitional arrangement until 24 Jul 2024 (Trend); a concrete wall was built at Kirants.',
    ),
    feature(
      'tavush-gazakh-2024-kirants-taken-over',
      'border-taken-over',
      t.kirants.taken_over,
      null,
      kirants,
      kirantsAccuracy,
      'The section near Kirants, taken over at the end of its transitional arrangement, 24 Jul 2024 (Trend).',
    ),
  ];
}

const script: LayerScript = {
  id: 'lines-of-contact',
  inputs: 'authored',
  build(): Feature[] {
    const s = controlShapes();
    const { src } = s;
    // The 1994 area, clipped to Azerbaijan as in control-areas; its edge along Armenia and Iran is border, not front.
    const held = intersectPolygons(s.held, builtPolygon('countries', 'azerbaijan'))!;
    const near = (id: string) => buffer({ type: 'Feature', properties: {}, geometry: builtPolygon('countries', id) }, src.border_tolerance_km, KM)!.geometry;
    const borders = unionPolygons(near('armenia'), near('iran'));
    // The 1994 line is one line from the Aras to the Armenian border; shorter stretches are where the
    // generalised outline strays more than the tolerance from the river border, so only the longest is kept.
    const runs1994 = boundaryRuns(held, (p) => !inside(borders)(p), { reach: true });
    const line1994 = [longest(runs1994)];
    // The 2020 line: the remnant's edge, without the stretch where the corridors leave it.
    const corridors = unionPolygons(s.corridor2020, s.corridor2022);
    const line2020 = boundaryRuns(s.remnant, (p) => !inside(corridors)(p), { reach: true });
    const names = nameTable(src.line_names, 'control-lines.yaml line_names');
    const features: Feature[] = [
      {
        type: 'Feature',
        properties: {
          id: 'line-of-contact-1994',
          kind: 'line-of-contact',
          ...names.props('line-of-contact-1994'),
          valid_from: '1994-05-12',
          valid_to: src.war_start,
          sources: src.held_1994.sources,
          accuracy: '±1–2 km (Natural Earth outline generalised to 0.01°)',
          note: 'The front frozen by the ceasefire of 12 May 1994: the edge of the area held by Armenian forces, without its stretches along the Armenian and Iranian borders.',
        },
        geometry: { type: 'MultiLineString', coordinates: line1994 },
      },
      {
        type: 'Feature',
        properties: {
          id: 'line-of-contact-2020',
          kind: 'line-of-contact',
          ...names.props('line-of-contact-2020'),
          valid_from: src.statement,
          valid_to: src.offensive_end,
          sources: [...src.ceasefire_2020_ne.sources, ...src.statement_sources, ...src.shusha_salient.sources],
          accuracy: 'schematic, ±2 km',
          note: 'The line after the 10 Nov 2020 statement: the edge of the area left under Armenian control, corrected to run north of Shusha, and open where the Lachin corridor leaves it.',
        },
        geometry: { type: 'MultiLineString', coordinates: line2020 },
      },
      ...tavushGazakh2024(src.tavush_gazakh_2024, names),
    ];
    names.checkAllUsed();
    return features;
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
