import type { APIRoute } from 'astro';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countryLabelPoints } from '../../layers/country-label-points.ts';
import { availableLayerIds, readLayerText } from '../../layers/layer-files.ts';

/** /data/country-labels.geojson: one label point per country, derived at build from the countries layer. */
export const GET: APIRoute = () => {
  const countries: FeatureCollection<Polygon | MultiPolygon> = availableLayerIds().includes('countries')
    ? JSON.parse(readLayerText('countries'))
    : { type: 'FeatureCollection', features: [] };
  return new Response(JSON.stringify(countryLabelPoints(countries)), { headers: { 'Content-Type': 'application/geo+json' } });
};
