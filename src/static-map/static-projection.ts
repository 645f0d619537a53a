import { geoMercator, type GeoProjection } from 'd3';
import type { Camera } from '../schemas/camera.ts';

/**
 * MapLibre's world size at zoom 0, in CSS px: one 512 px tile (MapLibre's Transform uses a tile
 * size of 512). d3's Mercator maps the world onto 2π·scale px, so scale = 512·2^zoom / (2π).
 */
export const WORLD_SIZE_AT_ZOOM_0 = 512;

/** Returns the d3 Mercator scale that matches a MapLibre zoom. */
export const scaleForZoom = (zoom: number): number => (WORLD_SIZE_AT_ZOOM_0 * 2 ** zoom) / (2 * Math.PI);

/** Returns the MapLibre zoom that matches a d3 Mercator scale. */
export const zoomForScale = (scale: number): number => Math.log2((scale * 2 * Math.PI) / WORLD_SIZE_AT_ZOOM_0);

/** A projection that puts features where MapLibre would, plus the zoom it corresponds to. */
export interface StaticProjection {
  projection: GeoProjection;
  /** The MapLibre zoom of the view (zoom-dependent paint and minzoom use it). */
  zoom: number;
}

/**
 * Returns a Web Mercator projection reproducing MapLibre's camera at a viewport size.
 * A bounds camera fits the box inside the padding, as `map.fitBounds(bounds, { padding })` does;
 * a centre camera uses the zoom's scale centred on the centre, with the bearing as a planar
 * rotation. Pitch has no flat equivalent and is ignored (the schema keeps it at most 45°).
 */
export function staticProjection(camera: Camera, width: number, height: number): StaticProjection {
  if ('bounds' in camera) {
    const [w, s, e, n] = camera.bounds;
    const p = camera.padding;
    // The four corners, not a polygon: Mercator maps the lon/lat box to a screen rectangle, whereas
    // a GeoJSON polygon's edges would be great-circle arcs bulging past it.
    const corners = {
      type: 'MultiPoint' as const,
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ],
    };
    const projection = geoMercator().fitExtent(
      [
        [p, p],
        [width - p, height - p],
      ],
      corners,
    );
    return { projection, zoom: zoomForScale(projection.scale()) };
  }
  const projection = geoMercator()
    .scale(scaleForZoom(camera.zoom))
    .center(camera.center)
    .translate([width / 2, height / 2])
    // MapLibre's bearing turns the map counter-clockwise on screen, as a positive d3 angle does.
    .angle(camera.bearing ?? 0);
  return { projection, zoom: camera.zoom };
}
