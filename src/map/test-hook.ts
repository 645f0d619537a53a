import type { LayerId } from '../schemas/layer-ids.ts';
import type { EmbedView } from '../schemas/embed-view.ts';
import type { MapState } from './map-state.ts';
import type { MapReady, MapView } from './mount-map.ts';

/**
 * The documented test hook, `window.__crossroads`. End-to-end tests use only this and the DOM,
 * never MapLibre internals. It is small on purpose; extend it, don't reach around it.
 *
 * Every map page (story, explorer, embeds, slides) installs the members built by `mapHook` from its
 * map view; the story adds `chapter` and `exploring`, the slides `chapter` and `slide`, the embeds
 * `chapter` and `embed`.
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
  /** The GeoJSON sources whose data failed to load and has not loaded since (sorted; what the "Try again" notice names). */
  failedData(): string[];
  /** The label texts placed on the map now, sorted (empty without a map). */
  labels(): string[];
  /** Story, slides, embeds: the chapter shown (null when there are no chapters). */
  chapter?(): string | null;
  /** The map state last applied to the map, or null before the map exists. */
  mapState(): MapState | null;
  /** Camera frames of animated transitions (0 under reduced motion). */
  animatedFrames(): number;
  /** The camera as the map reports it, or null without a map. */
  view(): { center: [number, number]; zoom: number; bearing: number; pitch: number } | null;
  /** Story: true while the reader explores the map freely. */
  exploring?(): boolean;
  /** Embed pages (/embed/<id>/): the view read from the query string (always complete and valid). */
  embed?(): EmbedView;
  /**
   * Slides: the slide shown (0-based), how many there are, and whether the blackout, the "what
   * changed?" prompt and the help overlay are on.
   */
  slide?(): { index: number; total: number; blackout: boolean; prompt: boolean; help: boolean };
}

declare global {
  interface Window {
    __crossroads?: CrossroadsHook;
  }
}

/** The members of the hook that every map page reads from its map view the same way. */
export type MapHookMembers = Pick<CrossroadsHook, 'ready' | 'idle' | 'state' | 'project' | 'failedData' | 'labels' | 'mapState' | 'animatedFrames' | 'view'>;

/**
 * Returns the hook members a page reads from its map view, which may not exist yet (the story loads
 * the map code when the map is about to show): `fallback` is the state the page would show.
 */
export function mapHook(
  view: () => MapView | undefined,
  { ready, available, fallback }: { ready: Promise<MapReady>; available: readonly LayerId[]; fallback: () => MapState | null },
): MapHookMembers {
  return {
    ready,
    idle: () => view()?.idle() ?? Promise.resolve(),
    state: () => {
      const s = view()?.last() ?? fallback();
      return { date: s?.date ?? '', visibleLayers: s?.layers ?? [], availableLayers: [...available], mapErrors: view()?.errors() ?? 0 };
    },
    project: (lngLat) => view()?.project(lngLat) ?? null,
    failedData: () => view()?.failedData() ?? [],
    labels: () => view()?.labels() ?? [],
    mapState: () => view()?.last() ?? null,
    animatedFrames: () => view()?.animatedFrames() ?? 0,
    view: () => view()?.view() ?? null,
  };
}
