import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeatureCollection } from 'geojson';
import { CSV_LAYERS, layerCsv, type CsvLayerId } from '../../data-export/layer-csv.ts';
import { availableLayerIds, readLayerText } from '../../layers/layer-files.ts';

/** A CSV file for each built layer that has a CSV export (crossings, events). */
export const getStaticPaths = (() =>
  CSV_LAYERS.filter((l) => availableLayerIds().includes(l)).map((layer) => ({ params: { layer } }))) satisfies GetStaticPaths;

/** /data/<layer>.csv: RFC 4180, UTF-8 with a byte-order mark, CRLF line ends; columns listed on /data/. */
export const GET: APIRoute = ({ params }) => {
  const layer = params.layer as CsvLayerId;
  const { csv } = layerCsv(layer, JSON.parse(readLayerText(layer)) as FeatureCollection);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
