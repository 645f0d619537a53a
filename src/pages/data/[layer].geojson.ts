import type { APIRoute, GetStaticPaths } from 'astro';
import { availableLayerIds, readLayerText } from '../../layers/layer-files.ts';
import type { LayerId } from '../../schemas/layer-properties.ts';

/** One static file per built layer; layers whose file is missing are skipped (the page says so). */
export const getStaticPaths = (() => availableLayerIds().map((layer) => ({ params: { layer } }))) satisfies GetStaticPaths;

/** /data/<id>.geojson: the committed layer file, served as is from our own origin. */
export const GET: APIRoute = ({ params }) => new Response(readLayerText(params.layer as LayerId), { headers: { 'Content-Type': 'application/geo+json' } });
