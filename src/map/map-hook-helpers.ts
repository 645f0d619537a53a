import type { Map as MaplibreMap } from 'maplibre-gl';

/** Resolves when the map has drawn everything for its current state (forces a frame so an idle map answers too). */
export async function whenMapIdle(map: MaplibreMap | undefined): Promise<void> {
  if (!map) return;
  const done = map.once('idle');
  map.triggerRepaint();
  await done;
}

/** Returns the viewport (CSS px) position of a [lng, lat] on the map, or null without a map. */
export function projectToViewport(map: MaplibreMap | undefined, [lng, lat]: [number, number]): { x: number; y: number } | null {
  if (!map) return null;
  const p = map.project([lng, lat]);
  const box = map.getContainer().getBoundingClientRect();
  return { x: box.left + p.x, y: box.top + p.y };
}
