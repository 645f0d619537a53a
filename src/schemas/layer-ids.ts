/**
 * Every layer id, in registry (drawing) order, free of zod for browser code (embed URLs). The schema
 * module layer-properties.ts keys its schemas by these, and a type check keeps the two lists equal.
 */
const IDS = [
  'countries',
  'water',
  'rivers',
  'relief',
  'admin-areas',
  'nkao',
  'control-areas',
  'lines-of-contact',
  'lachin-corridor',
  'routes',
  'crossings',
  'places',
  'events',
] as const;
export type LayerId = (typeof IDS)[number];
export const LAYER_IDS: LayerId[] = [...IDS];

/** Layers whose features the story never describes on a click or in its details: the base every view shares. */
export const UNDESCRIBED_LAYERS: readonly LayerId[] = ['countries', 'water'];
