import type { LayerId } from './layer-ids.ts';
import type { Language } from './languages.ts';
import type { NamingMode } from './naming.ts';

// What an embed page shows, read from its URL (src/embed-code/embed-query.ts parses it; the embed
// shell applies it; the test hook reports it). Types only: nothing here reaches the browser.

/** A camera asked for in the URL: a box to fit, or a centre and zoom. */
export type EmbedCamera = { bounds: [number, number, number, number]; padding: number } | { center: [number, number]; zoom: number; bearing: 0; pitch: 0 };

/** A complete embed view: every field has a valid value (defaults where the URL said nothing usable). */
export interface EmbedView {
  lang: Language;
  /** How contested places are named on the map and in the text. */
  names: NamingMode;
  /** ISO date within [minDate, maxDate], or null for the chapter's own date. */
  date: string | null;
  /** Story layers to show instead of the chapter's (registry order, no duplicates), or null. */
  layers: LayerId[] | null;
  camera: EmbedCamera | null;
  theme: 'light' | 'dark' | 'auto';
  plain: boolean;
  static: boolean;
  scrollzoom: boolean;
  /** The id Pym.js passes (childId), echoed in height messages; null when absent or malformed. */
  childId: string | null;
}
