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
