import type { LayerId } from '../schemas/layer-properties.ts';

/**
 * The documented test hook, `window.__crossroads`. End-to-end tests use only this and the DOM,
 * never MapLibre internals. It is small on purpose; extend it, don't reach around it.
 */
export interface CrossroadsHook {
  /** Resolves once the map has drawn its first frame with data, or failed (then `ok` is false). */
  ready: Promise<{ ok: boolean; reason?: string }>;
  /** The page's current map state. */
  state(): { date: string; visibleLayers: LayerId[]; availableLayers: LayerId[]; mapErrors: number };
  /** Resolves when the map has finished drawing everything for the current state. */
  idle(): Promise<void>;
  /** Returns the viewport (CSS px) position of a [lng, lat], or null without a map. */
  project(lngLat: [number, number]): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __crossroads?: CrossroadsHook;
  }
}
