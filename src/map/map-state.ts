import type { Camera } from '../schemas/camera.ts';
import type { CalloutDirection } from '../schemas/callout-direction.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import type { Language } from '../schemas/place-names.ts';
import { LAYER_REGISTRY } from '../layers/layer-registry.ts';
import type { NamingMode } from '../schemas/naming.ts';

/** What the map shows: a pure value, compared and applied as a whole. */
export interface MapState {
  chapterId: string;
  /** The date the dated layers are filtered to (ISO). */
  date: string;
  /** Layers drawn, in registry (drawing) order: the basemap plus the chapter's story layers. */
  layers: LayerId[];
  /** Feature ids drawn emphasised. */
  highlight: string[];
  /** Points named by a callout with a leader line (feature id → the direction of its label), keys sorted. */
  callouts: Record<string, CalloutDirection>;
  camera: Camera;
  /** Label language. */
  language: Language;
  /** How contested places are labelled (the reader's choice, from the URL). */
  naming: NamingMode;
}

/** The chapter fields the map state depends on (so callers need not pass prose). */
export type ChapterMapFields = Pick<Chapter, 'id' | 'date' | 'camera' | 'layers' | 'highlight'> & Partial<Pick<Chapter, 'callouts'>>;

/** Layers that are always drawn, whatever the chapter says. */
export const BASEMAP_LAYERS: readonly LayerId[] = LAYER_REGISTRY.filter((l) => l.role === 'basemap').map((l) => l.id);

/**
 * Returns the map state for a chapter. Pure: the same chapter, date, language and viewport always
 * give the same state, so applying it twice, or after a reload or a jump, lands on the same view.
 * `date` overrides the chapter's date (a reader moving the timeline inside a chapter).
 */
export function mapStateFor(
  chapter: ChapterMapFields,
  options: { language: Language; viewport: 'desktop' | 'phone'; date?: string; naming?: NamingMode },
): MapState {
  const wanted = new Set<LayerId>([...BASEMAP_LAYERS, ...chapter.layers]);
  return {
    chapterId: chapter.id,
    date: options.date ?? chapter.date,
    layers: LAYER_REGISTRY.map((l) => l.id).filter((id) => wanted.has(id)),
    highlight: [...chapter.highlight].sort(),
    // Sorted, so that equal callouts compare equal as JSON whatever order the chapter lists them in.
    callouts: Object.fromEntries(
      [...(chapter.callouts ?? [])]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((c) => [c.id, options.viewport === 'phone' ? (c.phone_toward ?? c.toward) : c.toward]),
    ),
    camera: options.viewport === 'phone' ? (chapter.camera.phone ?? chapter.camera.desktop) : chapter.camera.desktop,
    language: options.language,
    naming: options.naming ?? 'both',
  };
}
