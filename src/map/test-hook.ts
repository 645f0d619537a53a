import type { LayerId } from '../schemas/layer-properties.ts';
import type { MapState } from '../story/map-state.ts';

/**
 * The documented test hook, `window.__crossroads`. End-to-end tests use only this and the DOM,
 * never MapLibre internals. It is small on purpose; extend it, don't reach around it.
 *
 * Both pages (the story at / and the explorer at /explore/) install `ready`, `state`, `idle` and
 * `project`. The story page also installs the optional members below; the slides at /present/
 * install them too (but `exploring`), plus `slide`.
 */
export interface CrossroadsHook {
  /** Resolves once the map has drawn its first frame with data, or failed (then `ok` is false). */
  ready: Promise<{ ok: boolean; reason?: string }>;
  /** The page's current map state. */
  state(): { date: string; visibleLayers: LayerId[]; availableLayers: LayerId[]; mapErrors: number };
  /** Resolves when the map has finished drawing everything for the current state (story: after any pending chapter change and camera move). */
  idle(): Promise<void>;
  /** Returns the viewport (CSS px) position of a [lng, lat], or null without a map. */
  project(lngLat: [number, number]): { x: number; y: number } | null;
  /** Every map page: the GeoJSON sources whose data failed to load and has not loaded since (sorted; what the "Try again" notice names). */
  failedData?(): string[];
  /** Story, embeds and slides: the label texts placed on the map now, sorted (empty without a map). */
  labels?(): string[];
  /** Story: the active chapter id (null when the story has no chapters). */
  chapter?(): string | null;
  /** Story: the map state last applied to the map (mapStateFor of a chapter), or null before the map exists. */
  mapState?(): MapState | null;
  /** Story: frames rendered while an animated camera transition ran (0 under reduced motion). */
  animatedFrames?(): number;
  /** Story: the camera as the map reports it, or null without a map. */
  view?(): { center: [number, number]; zoom: number; bearing: number; pitch: number } | null;
  /** Story: true while the reader explores the map freely. */
  exploring?(): boolean;
  /** Embed pages (/embed/<id>/): the view read from the query string (always complete and valid). */
  embed?(): import('../embed/embed-query.ts').EmbedView;
  /**
   * Slides (/present/, which also installs `chapter`, `mapState`, `view` and `animatedFrames`):
   * the slide shown (0-based), how many there are, and whether the blackout, the "what changed?"
   * prompt and the help overlay are on.
   */
  slide?(): { index: number; total: number; blackout: boolean; prompt: boolean; help: boolean };
}

declare global {
  interface Window {
    __crossroads?: CrossroadsHook;
  }
}
