// lines-of-contact.geojson: the 1994 line of contact and the line after the 10 Nov 2020 statement,
// drawn as the edges of the control areas that are neither a state border nor a corridor.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import buffer from '@turf/buffer';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import length from '@turf/length';
import { lineString, point } from '@turf/helpers';
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
    const line1994 = [runs1994.reduce((a, b) => (length(lineString(b)) > length(lineString(a)) ? b : a))];
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
    ];
    names.checkAllUsed();
    return features;
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
