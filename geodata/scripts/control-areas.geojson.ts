// control-areas.geojson: who held the ground, 1994–2024, computed from geodata/sources/control-lines.yaml,
// the NKAO outline, the corridor zones of lachin-corridor and the built countries and admin-areas layers.
import type { Feature } from 'geojson';
import area from '@turf/area';
import buffer from '@turf/buffer';
import { point } from '@turf/helpers';
import type { z } from 'zod';
import { intersectPolygons } from '../../src/geo/intersect-polygons.ts';
import { subtractPolygons } from '../../src/geo/subtract-polygons.ts';
import { unionPolygons } from '../../src/geo/union-polygons.ts';
import { polygonsOf } from '../../src/geo/clean-polygons.ts';
import { settlePolygons } from '../../src/geo/settle-polygons.ts';
import { getLayerDefinition } from '../../src/layers/layer-registry.ts';
import { builtPolygon } from './lib/built-geometry.ts';
import { controlShapes, KM, tidy, type Area, type Sources } from './lib/control-shapes.ts';
import { nameTable } from './lib/feature-names.ts';
import { nkaoPolygon } from './lib/nkao-outline.ts';
import { writeLayer, type LayerScript } from './lib/layer-script.ts';

const PRECISION = getLayerDefinition('control-areas').precision;

const slug = (district: string) => district.replace(/-district$/, '');
const districtTitle = (district: string) => slug(district)[0]!.toUpperCase() + slug(district).slice(1);

/**
 * Returns the area split among the districts, in the order given (a district gets only what earlier
 * ones did not take). Parts outside every district (Natural Earth's district outlines leave gaps along
 * the held area's edge) go to the district with the nearest vertex.
 */
function splitByDistrict(g: Area, ids: string[], district: (id: string) => Area): Map<string, Area> {
  const pieces = new Map<string, Area[]>();
  let rest: Area | null = g;
  for (const id of ids) {
    if (!rest) break;
    const piece = tidy(intersectPolygons(rest, district(id)));
    if (piece) pieces.set(id, [piece]);
    rest = subtractPolygons(rest, [district(id)]);
  }
  for (const p of rest ? polygonsOf(rest) : []) {
    if (area({ type: 'Polygon', coordinates: p }) < 1e4) continue; // sub-hectare slivers
    const [x, y] = p[0]![0]! as [number, number];
    const near = (id: string) =>
      Math.min(
        ...polygonsOf(district(id))
          .flat(2)
          .map((v) => Math.hypot(v[0]! - x, v[1]! - y)),
      );
    const best = ids.reduce((a, b) => (near(b) < near(a) ? b : a));
    pieces.set(best, [...(pieces.get(best) ?? []), { type: 'Polygon', coordinates: p }]);
  }
  return new Map([...pieces].map(([id, ps]) => [id, tidy(unionPolygons(...ps))!]));
}

const script: LayerScript = {
  id: 'control-areas',
  inputs: 'authored',
  build(): Feature[] {
    const s = controlShapes();
    const { src } = s;
    const district = (id: string) => builtPolygon('admin-areas', id);
    const hadrutDisc = buffer(point(src.hadrut.point), src.hadrut.radius_km, KM)!.geometry;
    const out: Feature[] = [];
    const names = nameTable(src.area_names, 'control-lines.yaml area_names');
    const add = (
      id: string,
      kind: string,
      from: string | null,
      to: string | null,
      g: Area | null,
      props: { sources: z.infer<typeof Sources>; accuracy: string; note?: string },
    ) => {
      if (!g) throw new Error(`${id}: empty geometry`);
      out.push({
        type: 'Feature',
        properties: { id, kind, ...names.props(id), valid_from: from, valid_to: to, ...props },
        geometry: settlePolygons(g, PRECISION),
      });
    };
    const NE_ACC = '±1–2 km (Natural Earth outline generalised to 0.01°)';

    // (a) The area held from the May 1994 ceasefire, clipped to Azerbaijan's outline (Natural Earth's
    // generalised edge strays over the Armenian and Iranian borders), cut into the pieces that ended on
    // different dates.
    const held = tidy(intersectPolygons(s.held, builtPolygon('countries', 'azerbaijan')))!;
    const kept = tidy(intersectPolygons(held, unionPolygons(s.remnant, s.corridor2020)));
    const lost = tidy(subtractPolygons(held, [s.remnant, s.corridor2020]))!;
    const shusha = tidy(intersectPolygons(lost, s.salient));
    const hadrut = tidy(intersectPolygons(lost, hadrutDisc));
    const lostRest = tidy(subtractPolygons(lost, [s.salient, hadrutDisc]))!;
    const nkao = nkaoPolygon();
    const nkaoRest = tidy(intersectPolygons(lostRest, nkao));
    const byDistrict = splitByDistrict(
      tidy(subtractPolygons(lostRest, [nkao]))!,
      [...src.returned_districts.map((r) => r.district), ...src.war_districts],
      district,
    );

    add('held-1994-2020-kept', 'held-by-armenian-forces', '1994-05-12', src.statement, kept, {
      sources: src.held_1994.sources,
      accuracy: NE_ACC,
      note: 'The part of the 1994 area still held after the 10 Nov 2020 statement, with the ground of the Lachin corridor; from that day it is the area left under Armenian control.',
    });
    const returned: Feature[] = [];
    for (const r of src.returned_districts) {
      const piece = byDistrict.get(r.district) ?? null;
      const title = districtTitle(r.district);
      add(`held-1994-2020-${slug(r.district)}`, 'held-by-armenian-forces', '1994-05-12', r.date, piece, {
        sources: [...src.held_1994.sources, ...src.returned_sources],
        accuracy: NE_ACC,
        note: `Held until the handover of ${title} district under the 10 Nov 2020 statement.`,
      });
      returned.push({
        type: 'Feature',
        properties: {
          id: `returned-${slug(r.district)}-2020`,
          kind: 'returned-district',
          ...names.props(`returned-${slug(r.district)}-2020`),
          valid_from: r.date,
          valid_to: src.offensive_end,
          sources: src.returned_sources,
          accuracy: NE_ACC,
          note: `The part of ${title} district held by Armenian forces, handed over to Azerbaijan under the 10 Nov 2020 statement${r.district === 'lachin-district' ? ', except the Lachin corridor' : ''}.`,
        },
        geometry: settlePolygons(piece!, PRECISION),
      });
    }
    add('held-1994-2020-hadrut', 'held-by-armenian-forces', '1994-05-12', src.hadrut.taken, hadrut, {
      sources: [...src.held_1994.sources, ...src.hadrut.sources],
      accuracy: `${NE_ACC}; Hadrut cut-out schematic (${src.hadrut.radius_km} km around the town)`,
    });
    add('held-1994-2020-shusha', 'held-by-armenian-forces', '1994-05-12', src.shusha_salient.taken, shusha, {
      sources: [...src.held_1994.sources, ...src.shusha_salient.sources],
      accuracy: `${NE_ACC}; Shusha salient schematic`,
    });
    const lostLater = unionPolygons(...[nkaoRest, ...src.war_districts.map((d) => byDistrict.get(d) ?? null)].filter((g): g is Area => g !== null));
    add('held-1994-2020-south', 'held-by-armenian-forces', '1994-05-12', src.statement, lostLater, {
      sources: [...src.held_1994.sources, ...src.war_sources],
      accuracy: NE_ACC,
      note: 'Lost in the war of 27 Sep – 10 Nov 2020. Places fell on different days; this piece is dated to the statement because the research holds no dates for them.',
    });

    // (b) The 2020 outcome.
    add('taken-2020-hadrut', 'taken-in-2020-war', src.hadrut.taken, src.offensive_end, hadrut, {
      sources: src.hadrut.sources,
      accuracy: `schematic: ${src.hadrut.radius_km} km around the town`,
      note: 'Hadrut was taken on or around 9 Oct 2020, when Azerbaijan announced it.',
    });
    add('taken-2020-shusha', 'taken-in-2020-war', src.shusha_salient.taken, src.offensive_end, shusha, {
      sources: src.shusha_salient.sources,
      accuracy: `schematic: ${src.shusha_salient.half_width_km} km around the line from Shusha to the front south of it`,
      note: 'Azerbaijan announced the capture of Shusha on 8 Nov 2020, two days before the statement.',
    });
    for (const d of src.war_districts) {
      const title = districtTitle(d);
      add(`taken-2020-${slug(d)}`, 'taken-in-2020-war', src.statement, src.offensive_end, byDistrict.get(d) ?? null, {
        sources: [...src.war_sources, ...src.statement_sources],
        accuracy: NE_ACC,
        note: `The part of ${title} district held by Armenian forces until the war; its places fell on different days of Oct–Nov 2020, dated here to the statement.`,
      });
    }
    add('taken-2020-former-oblast', 'taken-in-2020-war', src.statement, src.offensive_end, nkaoRest, {
      sources: [...src.war_sources, ...src.statement_sources],
      accuracy: NE_ACC,
      note: 'The rest of the former oblast lost in the war, mostly its south around Hadrut and strips of its north-east; dated to the statement.',
    });
    out.push(...returned);
    add(
      'returned-lachin-corridor-2022',
      'returned-district',
      '2022-08-26',
      src.offensive_end,
      tidy(subtractPolygons(s.corridor2020, [s.remnant, s.corridor2022])),
      {
        sources: [
          {
            citation: 'Lachin, Aghavno/Zabukh and Sus passed to Azerbaijan when the road moved, Aug 2022 (CivilNet)',
            url: 'https://www.civilnet.am/en/news/671866/three-days-left-till-armenia-hands-over-lachin-and-aghavno-to-azerbaijan/',
          },
          {
            citation: 'President Aliyev, 26 Aug 2022: "we – the Azerbaijanis – have returned to the city of Lachin" (Daily Sabah)',
            url: 'https://www.dailysabah.com/politics/diplomacy/azerbaijani-forces-have-returned-to-karabakh-city-lachin-aliyev',
          },
        ],
        accuracy: 'schematic (corridor zone of the drawn road)',
        note: 'Handed over on 26 Aug 2022, the day President Aliyev announced the return to Lachin; CivilNet had reported the handover planned for 25 Aug.',
      },
    );

    const controlNote =
      'Excludes Shusha (taken 8 Nov 2020) and Hadrut; joined to Armenia only by the Lachin corridor, which Russian peacekeepers held. Natural Earth 5 ceasefire line, kept inside the NKAO outline, minus the Shusha salient, plus the corridor zone.';
    add('armenian-control-2020-2022', 'armenian-control-after-2020', src.statement, '2022-08-26', s.control2020, {
      sources: [...src.ceasefire_2020_ne.sources, ...src.statement_sources, ...src.shusha_salient.sources],
      accuracy: 'schematic, ±2 km',
      note: controlNote,
    });
    add('armenian-control-2022-2023', 'armenian-control-after-2020', '2022-08-26', src.offensive_end, s.control2022, {
      sources: [...src.ceasefire_2020_ne.sources, ...src.statement_sources, ...src.offensive_sources],
      accuracy: 'schematic, ±2 km',
      note: `${controlNote} From 26 Aug 2022 the corridor follows the Kornidzor–Hakari road; it ends with the offensive of 19–20 Sep 2023.`,
    });
    const pk =
      'Zone of the Russian peacekeeping mission (1,960 troops): the line of contact after 2020 and the Lachin corridor, drawn as the area left under Armenian control.';
    add('peacekeeping-zone-2020-2022', 'peacekeeping-zone', src.statement, '2022-08-26', s.control2020, {
      sources: src.peacekeepers.sources,
      accuracy: 'schematic, ±2 km',
      note: pk,
    });
    add('peacekeeping-zone-2022-2024', 'peacekeeping-zone', '2022-08-26', src.peacekeepers.withdrawal_completed, s.control2022, {
      sources: src.peacekeepers.sources,
      accuracy: 'schematic, ±2 km',
      note: `${pk} The withdrawal began in Apr 2024 and was completed on 12 Jun 2024.`,
    });
    names.checkAllUsed();
    return out;
  },
};

export default script;

if (import.meta.main) await writeLayer(script);
