import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../../schemas/layer-properties.ts';
import { CALLOUT_DIRECTIONS, type CalloutDirection } from '../../schemas/callout-direction.ts';
import { dateFilter } from './date-filter.ts';
import { hexToRgb, type PatternImage } from './hatch-pattern.ts';
import { labelField } from './label-field.ts';
import { meta, type LayerOptions } from './layer-meta.ts';
import type { Palette } from './palette.ts';

/** Name of the style's global-state property holding the chapter's callouts (feature id → direction). */
export const CALLOUT_STATE = 'callouts';

/** Metadata key marking a callout layer, which buildStyle draws above every other label. */
export const CALLOUT_KEY = 'crossroads:callout';

/** The registry layers whose points a chapter may call out: places, events and crossings. */
export const CALLOUT_SOURCES: readonly LayerId[] = ['places', 'events', 'crossings'];

/** Image id of the leader line (made in code, like the hatch patterns). */
export const CALLOUT_LEADER_IMAGE = 'callout-leader';

/** The leader line's geometry in CSS px: it starts `gap` from the point and ends `length` from it. */
export const CALLOUT_LEADER = { gap: 5, length: 30, width: 1.5, halo: 1 } as const;

/** Callout label size in px. */
export const CALLOUT_TEXT_SIZE = 13;

/** Space between the leader's end and the label, in px. */
const LABEL_GAP = 2;

/** Clockwise angle from east of each direction, in degrees (MapLibre's icon-rotate turns clockwise). */
export const CALLOUT_ANGLE: Record<CalloutDirection, number> = { e: 0, se: 45, s: 90, sw: 135, w: 180, nw: -135, n: -90, ne: -45 };

/** The corner or side of the label that touches the leader's end, as MapLibre's text-anchor names it. */
export const CALLOUT_TEXT_ANCHOR: Record<CalloutDirection, string> = {
  n: 'bottom',
  ne: 'bottom-left',
  e: 'left',
  se: 'top-left',
  s: 'top',
  sw: 'top-right',
  w: 'right',
  nw: 'bottom-right',
};

/** Returns the label's offset from the point in ems (MapLibre's text-offset): the leader's end, one gap further. */
export function calloutTextOffset(direction: CalloutDirection): [number, number] {
  const r = (CALLOUT_LEADER.length + LABEL_GAP) / CALLOUT_TEXT_SIZE;
  const a = (CALLOUT_ANGLE[direction] * Math.PI) / 180;
  return [Math.round(r * Math.cos(a) * 100) / 100, Math.round(r * Math.sin(a) * 100) / 100];
}

/** The feature's id as the callouts state keys it. */
const FEATURE_KEY: ExpressionSpecification = ['to-string', ['get', 'id']];
const CALLOUTS: ExpressionSpecification = ['object', ['global-state', CALLOUT_STATE]];

/** True for a feature the chapter calls out (its id is a key of the `callouts` global state). */
export const IS_CALLED_OUT: ExpressionSpecification = ['has', FEATURE_KEY, CALLOUTS];

/** The direction of a called-out feature's label, read from the `callouts` global state. */
const DIRECTION: ExpressionSpecification = ['to-string', ['get', FEATURE_KEY, CALLOUTS]];

const byDirection = <T>(value: (d: CalloutDirection) => T, fallback: T): ExpressionSpecification =>
  ['match', DIRECTION, ...CALLOUT_DIRECTIONS.flatMap((d) => [d, value(d)]), fallback] as unknown as ExpressionSpecification;

/** True when a style layer is a callout layer. */
export function isCalloutLayer(layer: LayerSpecification): boolean {
  return (layer as { metadata?: Record<string, unknown> }).metadata?.[CALLOUT_KEY] === true;
}

/**
 * Returns the leader line's image: a horizontal stroke in the label colour on a halo, transparent for
 * its first `gap` px, so that anchored at its left end on the point and turned by icon-rotate it runs
 * from just outside the marker to the label. Size in image pixels (added with pixelRatio 2).
 */
export function calloutLeaderImage(palette: Palette): { id: string; image: PatternImage; pixelRatio: number } {
  const ratio = 2;
  const { gap, length, width, halo } = CALLOUT_LEADER;
  const w = length * ratio;
  const h = Math.ceil((width + 2 * halo) * ratio);
  const data = new Uint8Array(w * h * 4);
  const ink = hexToRgb(palette.label);
  const paper = hexToRgb(palette.labelHalo);
  const inkRows = new Set<number>();
  for (let y = Math.round(halo * ratio); y < Math.round((halo + width) * ratio); y++) inkRows.add(y);
  for (let y = 0; y < h; y++) {
    for (let x = gap * ratio; x < w; x++) {
      const [r, g, b] = inkRows.has(y) ? ink : paper;
      const i = (y * w + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { id: CALLOUT_LEADER_IMAGE, image: { width: w, height: h, data }, pixelRatio: ratio };
}

/**
 * Returns the callout layer of one registry layer: for each feature the chapter calls out, a leader
 * line from the point and the feature's name at its end, in the direction the chapter gives (the
 * `callouts` global state, so a chapter's callouts are one setGlobalStateProperty call). Callouts are
 * always drawn (allow-overlap): they name what the chapter is about; lower labels keep clear of them.
 */
export function calloutLayers(source: LayerId, palette: Palette, opts: LayerOptions, { dated }: { dated: boolean }): LayerSpecification[] {
  const filter = ['all', ...(dated ? [dateFilter()] : []), IS_CALLED_OUT] as FilterSpecification;
  return [
    {
      id: `${source}-callout`,
      type: 'symbol',
      source,
      filter,
      metadata: { ...meta(source, true), [CALLOUT_KEY]: true },
      layout: {
        'icon-image': CALLOUT_LEADER_IMAGE,
        'icon-anchor': 'left',
        'icon-rotate': byDirection((d) => CALLOUT_ANGLE[d], 0),
        'icon-allow-overlap': true,
        'text-field': labelField(opts.lang, opts.naming),
        'text-font': opts.font,
        'text-size': CALLOUT_TEXT_SIZE,
        'text-max-width': 10,
        'text-anchor': byDirection((d) => CALLOUT_TEXT_ANCHOR[d], 'left'),
        'text-offset': byDirection((d) => ['literal', calloutTextOffset(d)], ['literal', [0, 0]]),
        'text-justify': 'auto',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
    },
  ];
}
