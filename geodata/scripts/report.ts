// `npm run geodata:report`: prints every layer's feature count and size, and the measured areas and
// lengths next to the figures our sources give, for review and for closing notes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import area from '@turf/area';
import length from '@turf/length';
import { featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import { LAYER_REGISTRY } from '../../src/layers/layer-registry.ts';
import { layerPath } from './lib/paths.ts';

const km2 = (f: Feature) => area(f) / 1e6;
const pct = (measured: number, official: number) => `${measured >= official ? '+' : ''}${(((measured - official) / official) * 100).toFixed(1)} %`;

let total = 0;
let totalGz = 0;
console.log('layer'.padEnd(18), 'features'.padStart(8), 'bytes'.padStart(9), 'gzip'.padStart(8));
const layers: Record<string, Feature[]> = {};
for (const l of LAYER_REGISTRY) {
  const text = readFileSync(layerPath(l.id));
  const features = (JSON.parse(text.toString()) as { features: Feature[] }).features;
  layers[l.id] = features;
  const gz = gzipSync(text, { level: 9 }).length;
  total += text.length;
  totalGz += gz;
  console.log(l.id.padEnd(18), String(features.length).padStart(8), String(text.length).padStart(9), String(gz).padStart(8));
}
console.log('total'.padEnd(18), ''.padStart(8), String(total).padStart(9), String(totalGz).padStart(8));

const byId = (layer: string, id: string) => {
  const f = layers[layer]!.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${layer} lacks ${id}`);
  return f;
};
const unionOf = (fs: Feature[]) => union(featureCollection(fs as Feature<Polygon | MultiPolygon>[]))!;

console.log('\nmeasured against the sources');
const row = (what: string, measured: string, source: string) => console.log(`- ${what}: ${measured} (${source})`);
const nkao = km2(byId('nkao', 'nkao'));
row('NKAO area', `${Math.round(nkao)} km²`, `official 4,388 km², ${pct(nkao, 4388)}`);
const nakh = km2(byId('admin-areas', 'nakhchivan-autonomous-republic'));
row('Nakhchivan AR area', `${Math.round(nakh)} km²`, `official 5,502.75 km², ${pct(nakh, 5502.75)}`);
const syunik = km2(byId('admin-areas', 'syunik-province'));
row('Syunik area', `${Math.round(syunik)} km²`, `official 4,506 km², ${pct(syunik, 4506)}`);
const held = layers['control-areas']!.filter((f) => f.properties?.kind === 'held-by-armenian-forces');
row('Area held by Armenian forces 1994–2020', `${Math.round(km2(unionOf(held)))} km²`, 'Natural Earth breakaway polygon 11,915 km²');
for (const id of ['armenian-control-2020-2022', 'armenian-control-2022-2023']) {
  row(
    `${id} (with corridor)`,
    `${Math.round(km2(byId('control-areas', id)))} km²`,
    'Natural Earth 5 ceasefire polygon 3,133 km², which wrongly includes the Shusha salient',
  );
}
const rail = byId('routes', 'meghri-railway-section') as Feature<LineString | MultiLineString>;
row('Meghri railway section', `${length(rail).toFixed(1)} km`, 'sources: 42, ~43 and 45 km');
for (const [zone, road] of [
  ['lachin-corridor-zone-2020', 'lachin-road-2020'],
  ['lachin-corridor-zone-2022', 'lachin-road-2022'],
] as const) {
  const a = km2(byId('lachin-corridor', zone));
  const l = length(byId('lachin-corridor', road) as Feature<LineString>);
  row(
    `${zone}`,
    `${Math.round(a)} km²; its road ${road} is ${l.toFixed(1)} km long end to end, including the stretch in Armenia that the zone leaves out`,
    'statement: 5 km wide; the width is checked in tests/integrity/geography.test.ts',
  );
}
for (const id of ['line-of-contact-1994', 'line-of-contact-2020']) {
  row(id, `${length(byId('lines-of-contact', id) as Feature<LineString>).toFixed(1)} km long`, 'no source figure');
}
