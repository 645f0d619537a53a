import { scaleUtc, type ScaleTime } from 'd3';
import { STORY_START } from '../schemas/story-start.ts';

/** A chapter's period as the timeline needs it. */
export interface TimelinePeriod {
  id: string;
  from: string;
  to: string;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Returns the time scale from STORY_START to `end` over [left, right] CSS px. */
export function timelineScale(end: string, [left, right]: [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([utc(STORY_START), utc(end)])
    .range([left, right])
    .clamp(true);
}

/** Returns where a period is drawn: x and width in px, at least `minWidth` wide so one-day chapters stay clickable. */
export function periodSpan(p: Pick<TimelinePeriod, 'from' | 'to'>, scale: ScaleTime<number, number>, minWidth = 8): { x: number; width: number } {
  const x0 = scale(utc(p.from));
  const x1 = scale(utc(p.to));
  const width = Math.max(minWidth, x1 - x0);
  // Keep a widened short period centred on its dates, but inside the axis.
  const [lo, hi] = scale.range() as [number, number];
  const x = Math.min(Math.max(lo, (x0 + x1) / 2 - width / 2), hi - width);
  return { x: x1 - x0 >= minWidth ? x0 : x, width };
}

/**
 * Returns a lane (row) per period so that periods overlapping in px never share a lane; greedy in
 * the given order, lowest free lane first. `spans` come from periodSpan.
 */
export function assignLanes(spans: readonly { x: number; width: number }[], gap = 2): number[] {
  const laneEnds: number[] = [];
  return spans.map((s) => {
    let lane = laneEnds.findIndex((end) => end + gap <= s.x);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.x + s.width;
    return lane;
  });
}

/** Returns how many year ticks fit: about one per 64 px, at least 2. */
export const tickCount = (width: number): number => Math.max(2, Math.floor(width / 64));

/** Returns the px span a chapter marker takes: `size` px wide, centred on its date, kept inside the axis. */
export function markerSpan(date: string, scale: ScaleTime<number, number>, size: number): { x: number; width: number } {
  const [lo, hi] = scale.range() as [number, number];
  const centre = scale(utc(date));
  return { x: Math.min(Math.max(lo - size / 2, centre - size / 2), hi - size / 2), width: size };
}

/** How the marker lanes fill a timeline of a given height. */
export interface LaneFit {
  /** Marker radius. */
  r: number;
  /** Distance between lanes. */
  step: number;
  /** Height from the top of the phase row to the axis. */
  markersHeight: number;
}

/**
 * Fits `laneCount` lanes of markers into a timeline `height` px tall, the height its CSS reserves
 * before it is drawn, so that drawing it never changes the bar's height (a layout shift of the whole
 * page). Lanes keep their preferred step and radius while they fit; when more lanes than planned
 * stack up (a narrow screen), they move closer and the markers shrink with them, keeping 1 px apart.
 * `chrome` is what the height holds besides the lanes: the top margin, the axis, the phase row and the
 * band's padding.
 */
export function fitLanes(
  height: number,
  laneCount: number,
  preferred: { r: number; step: number },
  chrome: { top: number; axis: number; phaseRow: number; bandPad: number },
): LaneFit {
  const room = Math.max(0, height - chrome.top - chrome.axis - chrome.phaseRow - chrome.bandPad);
  const step = Math.min(preferred.step, room / Math.max(1, laneCount));
  return { step, r: Math.max(1, Math.min(preferred.r, (step - 1) / 2)), markersHeight: Math.max(0, height - chrome.top - chrome.axis) };
}
