import type { MapState } from '../map/map-state.ts';
import type { DatedStep } from './dated-steps.ts';

/**
 * What the story page hands its script about each chapter (as JSON in a data attribute: no inline
 * script). The map states are computed at build time with mapStateFor, so the browser never needs
 * the schemas (and their zod) to know what a chapter shows.
 */
export interface StoryChapterData {
  id: string;
  title: string;
  shortTitle: string;
  period: { from: string; to: string };
  date: string;
  alt: string;
  /** What changed on the map since the previous chapter: announced to screen readers on each change. */
  changes: string;
  states: { desktop: MapState; phone: MapState };
  /** The dated steps the map moves through inside the chapter (empty: none); the last is the chapter's own state. */
  steps: DatedStep[];
}
