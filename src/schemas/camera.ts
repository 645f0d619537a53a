import { z } from 'zod';
import { REGION_BBOX } from '../geo/region.ts';

const [W, S, E, N] = REGION_BBOX as [number, number, number, number];

/** A [longitude, latitude] inside the region the site draws. */
export const RegionLngLatSchema = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => lon >= W && lon <= E && lat >= S && lat <= N, `must lie inside the region [${W}, ${S}, ${E}, ${N}] (lon, lat order)`);

/** A camera given by its centre and zoom (MapLibre units). */
export const CenterCameraSchema = z
  .object({
    /** Centre of the view, [lon, lat]. */
    center: RegionLngLatSchema,
    /** MapLibre zoom; 6 shows the whole region on a desktop, 9 a district. */
    zoom: z.number().min(4).max(13),
    /** Degrees clockwise from north. */
    bearing: z.number().min(-180).max(180).default(0),
    /** Degrees of tilt; kept low so labels stay readable. */
    pitch: z.number().min(0).max(45).default(0),
  })
  .strict();

/** A camera given by the box it must show, [west, south, east, north], with padding in CSS px. */
export const BoundsCameraSchema = z
  .object({
    bounds: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .refine(([w, s, e, n]) => w < e && s < n, 'bounds must be [west, south, east, north] with west < east and south < north')
      .refine(([w, s, e, n]) => w >= W && e <= E && s >= S && n <= N, `bounds must lie inside the region [${W}, ${S}, ${E}, ${N}]`),
    padding: z.number().int().min(0).max(200).default(40),
  })
  .strict();

/** Where the map looks: a centre and zoom, or a box to fit. */
export const CameraSchema = z.union([CenterCameraSchema, BoundsCameraSchema]);
export type Camera = z.infer<typeof CameraSchema>;

/** A chapter's cameras: one for wide screens and, where the framing must differ, one for phones. */
export const ChapterCameraSchema = z
  .object({
    desktop: CameraSchema,
    /** Phones are tall and narrow; omit to reuse the desktop camera. */
    phone: CameraSchema.optional(),
  })
  .strict();
