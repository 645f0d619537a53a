import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { utcFormat } from 'd3-time-format';
import { assignLanes, periodSpan, tickCount, timelineScale, type TimelinePeriod } from './timeline-scale.ts';

/** A chapter on the timeline. */
export interface TimelineChapter extends TimelinePeriod {
  /** Label read out for the period's button. */
  label: string;
  /** The date the chapter's map shows (where the reader marker stands). */
  date: string;
}

/** What the timeline draws and calls back. */
export interface TimelineOptions {
  chapters: readonly TimelineChapter[];
  /** Last day of the axis (today). */
  end: string;
  /** Called when the reader picks a period (click, Enter or Space). */
  onSelect(id: string): void;
}

/** Bar height and gap per lane: slimmer on phones, where the bar must leave room for the map. */
const laneSize = (width: number) => (width < 600 ? { LANE_H: 4, LANE_GAP: 1.5 } : { LANE_H: 6, LANE_GAP: 2.5 });
const TOP = 4;
const AXIS_H = 18;
const PAD_X = 14;

/** A drawn timeline; `update` moves the reader marker and the current period. */
export interface Timeline {
  update(active: string | null): void;
  /** Redraws at the svg's current width (call on resize). */
  redraw(): void;
}

/**
 * Draws the story timeline into an <svg>: a year axis from 1988 to `end`, each chapter's period as
 * a bar (a focusable button that jumps to the chapter), and a marker at the active chapter's date.
 * The SVG is one image to assistive tech except the bars; the table of contents is the text equivalent.
 */
export function renderTimeline(svgEl: SVGSVGElement, { chapters, end, onSelect }: TimelineOptions): Timeline {
  const svg = select(svgEl);
  let active: string | null = null;

  const draw = () => {
    const width = Math.max(120, svgEl.clientWidth || svgEl.parentElement?.clientWidth || 300);
    const { LANE_H, LANE_GAP } = laneSize(width);
    const scale = timelineScale(end, [PAD_X, width - PAD_X]);
    const spans = chapters.map((c) => periodSpan(c, scale));
    const lanes = assignLanes(spans);
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
    const barsH = laneCount * (LANE_H + LANE_GAP);
    const height = TOP + barsH + AXIS_H;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);
    svg.selectAll('*').remove();

    const axis = axisBottom(scale).ticks(tickCount(width)).tickFormat((d) => utcFormat('%Y')(d as Date)).tickSizeOuter(0);
    svg.append('g').attr('class', 'timeline-axis').attr('aria-hidden', 'true').attr('transform', `translate(0,${TOP + barsH})`).call(axis);

    const bars = svg
      .append('g')
      .attr('class', 'timeline-periods')
      .selectAll('rect')
      .data(chapters)
      .join('rect')
      .attr('class', 'timeline-period')
      .attr('data-chapter', (c) => c.id)
      .attr('x', (_, i) => spans[i]!.x)
      .attr('y', (_, i) => TOP + lanes[i]! * (LANE_H + LANE_GAP))
      .attr('width', (_, i) => spans[i]!.width)
      .attr('height', LANE_H)
      .attr('rx', 2)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (c) => `${c.label} (${c.from} – ${c.to})`)
      .on('click', (_, c) => onSelect(c.id))
      .on('keydown', (event: KeyboardEvent, c) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(c.id);
        }
      });
    bars.append('title').text((c) => c.label);

    svg
      .append('line')
      .attr('class', 'timeline-marker')
      .attr('aria-hidden', 'true')
      .attr('y1', 0)
      .attr('y2', TOP + barsH + 4)
      .attr('x1', 0)
      .attr('x2', 0);

    paint(scale);
  };

  let paint = (scale: ReturnType<typeof timelineScale>) => {
    const chapter = chapters.find((c) => c.id === active);
    svg.selectAll<SVGRectElement, TimelineChapter>('.timeline-period').attr('aria-current', (c) => (c.id === active ? 'step' : null));
    const x = chapter ? scale(new Date(`${chapter.date}T00:00:00Z`)) : -10;
    svg.select('.timeline-marker').attr('x1', x).attr('x2', x).attr('visibility', chapter ? 'visible' : 'hidden');
  };

  draw();
  return {
    update(id) {
      active = id;
      const width = Math.max(120, svgEl.clientWidth || 300);
      paint(timelineScale(end, [PAD_X, width - PAD_X]));
    },
    redraw: draw,
  };
}
