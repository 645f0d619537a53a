import { applyLayerVisibility, type VisibilityTarget } from './apply-layer-visibility.ts';
import { setLabels, type LabelTarget } from './set-labels.ts';
import { DATE_STATE } from './style/date-filter.ts';
import { HIGHLIGHT_STATE } from './style/highlight-layers.ts';
import { CALLOUT_STATE } from './style/callout-layers.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import { cameraMove } from './camera-move.ts';
import type { MapState } from './map-state.ts';

/** The part of the MapLibre map the story drives (a fake stands in for it in unit tests). */
export interface StoryMapTarget extends VisibilityTarget {
  setLayoutProperty: VisibilityTarget['setLayoutProperty'] & LabelTarget['setLayoutProperty'];
  stop(): unknown;
  jumpTo(options: object): unknown;
  easeTo(options: object): unknown;
  fitBounds(bounds: [[number, number], [number, number]], options: object): unknown;
  setGlobalStateProperty(name: string, value: unknown): unknown;
  getContainer(): { clientWidth: number; clientHeight: number };
}

/** How one state is applied. */
export interface ApplyOptions {
  /** Ease the camera (false: jump). Callers pass false under reduced motion, on load and on jumps. */
  animate: boolean;
  /** Apply even when the state equals the last one (e.g. "Back to the story" after panning). */
  force?: boolean;
}

/** Applies map states to one map; remembers the last one so re-applying the same state does nothing. */
export interface StateApplier {
  /** Applies a state; returns false when it was skipped as already applied. */
  apply(state: MapState, options: ApplyOptions): boolean;
  /** The last state applied, or null. */
  last(): MapState | null;
}

/** fitBounds padding per edge, in CSS px. */
export interface EdgePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Returns fitBounds padding that still leaves room to fit (MapLibre warns when padding eats the
 * canvas), plus `coveredBottom` (a share of the height) at the bottom, where text covers the map on
 * phones, so the chapter's box is framed in the part of the map the reader can see.
 */
export function fitPadding(padding: number, width: number, height: number, coveredBottom = 0): EdgePadding {
  const side = Math.max(0, Math.min(padding, Math.floor(width / 4), Math.floor(height / 4)));
  // Never give away more than half the height, or the box would be drawn in a sliver.
  const bottom = Math.min(side + Math.floor(height * coveredBottom), Math.floor(height / 2));
  return { top: side, right: side, bottom, left: side };
}

/** The camera a map is created with: a box to fit with padding, or a centre and zoom. */
export type InitialCamera =
  { bounds: [[number, number], [number, number]]; padding: EdgePadding } | { center: [number, number]; zoom: number; bearing: number; pitch: number };

/**
 * Returns the camera to create a map at so that it opens on a state's own view: the same view the
 * applier would then move to, so the first tiles and labels are the ones the reader sees (a map
 * created at another view lays out and draws that one first, then the chapter's).
 */
export function initialCamera(camera: MapState['camera'], width: number, height: number, coveredBottom = 0): InitialCamera {
  const move = cameraMove(camera, { animate: false });
  if (move.method === 'fitBounds') return { bounds: move.bounds, padding: fitPadding(move.options.padding, width, height, coveredBottom) };
  if (move.method === 'jumpTo') return move.options;
  return { center: move.options.center, zoom: move.options.zoom, bearing: move.options.bearing, pitch: move.options.pitch };
}

/**
 * Returns an applier for a map. Each call sets only what differs from the last state: layer
 * visibility, the `date`, `highlight` and `callouts` global state (the crossings' colours follow the date in the style), the labels, and
 * the camera. A new camera first stops the running transition (a stale flight never finishes over a
 * newer chapter); an unchanged one is left alone (the explorer's date and layers change under the
 * reader's own pan and zoom), unless `force` asks for it again ("Back to the story").
 */
export function createStateApplier(
  map: StoryMapTarget,
  { coveredBottom = () => 0 }: { /** Share of the map's height covered by text right now (phones: the chapter cards). */ coveredBottom?: () => number } = {},
): StateApplier {
  let last: MapState | null = null;

  return {
    apply(state, { animate, force = false }) {
      if (!force && last && JSON.stringify(last) === JSON.stringify(state)) return false;
      const moveCamera = force || !last || JSON.stringify(last.camera) !== JSON.stringify(state.camera);
      if (moveCamera) map.stop();
      if (!last || last.layers.join() !== state.layers.join()) applyLayerVisibility(map, new Set<LayerId>(state.layers));
      if (!last || last.date !== state.date) map.setGlobalStateProperty(DATE_STATE, state.date);
      if (!last || last.highlight.join() !== state.highlight.join()) map.setGlobalStateProperty(HIGHLIGHT_STATE, [...state.highlight]);
      if (!last || JSON.stringify(last.callouts) !== JSON.stringify(state.callouts)) map.setGlobalStateProperty(CALLOUT_STATE, { ...state.callouts });
      // The style is built with the first state's labels; only a change of language or naming relabels.
      if (last && (last.language !== state.language || last.naming !== state.naming)) setLabels(map, state.language, state.naming);
      if (moveCamera) {
        const move = cameraMove(state.camera, { animate });
        if (move.method === 'fitBounds') {
          const { clientWidth, clientHeight } = map.getContainer();
          map.fitBounds(move.bounds, { ...move.options, padding: fitPadding(move.options.padding, clientWidth, clientHeight, coveredBottom()) });
        } else if (move.method === 'easeTo') map.easeTo(move.options);
        else map.jumpTo(move.options);
      }
      last = state;
      return true;
    },
    last: () => last,
  };
}
