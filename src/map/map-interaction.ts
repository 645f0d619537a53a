import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * What the reader may do to a map with pointer, wheel, touch and keys:
 * - `none`: nothing (the story between explorations, the slides: the page owns scrolling and keys);
 * - `all`: pan and zoom every way (the explorer, the story's explore mode);
 * - `embed`: a map inside someone else's article never captures the host page's scroll: no wheel
 *   zoom and no touch zoom, and on touch screens no one-finger pan;
 * - `embed-scrollzoom`: the embed's `scrollzoom=1`: wheel zoom with Ctrl/⌘ and two-finger touch
 *   (MapLibre's cooperative gestures).
 * Rotation and pitch are never on: the story's maps are north-up.
 */
export type MapInteraction = 'none' | 'all' | 'embed' | 'embed-scrollzoom';

/** Sets a map's gesture handlers for an interaction mode. */
export function applyInteraction(map: MaplibreMap, mode: MapInteraction, { finePointer }: { finePointer: boolean }): void {
  const handlers = {
    scrollZoom: map.scrollZoom,
    boxZoom: map.boxZoom,
    dragPan: map.dragPan,
    keyboard: map.keyboard,
    doubleClickZoom: map.doubleClickZoom,
    touchZoomRotate: map.touchZoomRotate,
  };
  const on: Record<keyof typeof handlers, boolean> =
    mode === 'all'
      ? { scrollZoom: true, boxZoom: true, dragPan: true, keyboard: true, doubleClickZoom: true, touchZoomRotate: true }
      : mode === 'none'
        ? { scrollZoom: false, boxZoom: false, dragPan: false, keyboard: false, doubleClickZoom: false, touchZoomRotate: false }
        : {
            scrollZoom: mode === 'embed-scrollzoom',
            boxZoom: true,
            dragPan: mode === 'embed-scrollzoom' || finePointer,
            keyboard: true,
            doubleClickZoom: true,
            touchZoomRotate: mode === 'embed-scrollzoom',
          };
  for (const [name, handler] of Object.entries(handlers)) {
    if (on[name as keyof typeof handlers]) handler.enable();
    else handler.disable();
  }
  if (mode === 'embed-scrollzoom') map.cooperativeGestures.enable();
  else map.cooperativeGestures.disable();
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // A map that takes no keys is no tab stop either (the slides' keys belong to the deck).
  map.getCanvas().tabIndex = mode === 'none' ? -1 : 0;
}
