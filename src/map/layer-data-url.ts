import type { LayerId } from '../schemas/layer-properties.ts';

/** Returns the URL of a layer's GeoJSON on our own origin (its own module: pages fetch data before the style code loads). */
export const layerDataUrl = (id: LayerId, origin = ''): string => `${origin}/data/${id}.geojson`;
