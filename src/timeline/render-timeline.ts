import { axisBottom, select, utcFormat } from 'd3';
import { assignLanes, fitLanes, markerSpan, periodSpan, tickCount, timelineScale, type TimelinePeriod } from './timeline-scale.ts';

/** A chapter on the timeline. */
export interface TimelineChapter extends TimelinePeriod {
  /** Label read out for the period's button. */
  label: string;
  /** The date the chapter's map shows (where the reader marker stands). */
  date: string;
}

/** A named phase of the story, lasting until the next one starts (src/timeline/phases.ts). */
export interface TimelinePhase {
  from: string;
  /** Its name in the page's language. */
  label: string;
}

/** What the timeline draws and calls back. */
export interface TimelineOptions {
  chapters: readonly TimelineChapter[];
  /** The phases that name the lanes, in date order. */
  phases?: readonly TimelinePhase[];
  /** Last day of the axis (today). */
  end: string;
  /** Called when the reader picks a period (click, Enter or Space). */
  onSelect(id: string): void;
}

/** Marker size and lane step: smaller on phones, where the bar must leave room for the map. */
const markerSize = (width: number) => (width < 600 ? { R: 3.5, STEP: 8 } : { R: 5, STEP: 11 });
const TOP = 4;
/** The row of phase names above the markers. */
const PHASE_H = 12;
const BAND_PAD = 3;
const AXIS_H = 18;
const PAD_X = 14;

/** A drawn timeline; `update` moves the reader marker and the current period. */
export interface Timeline {
  update(active: string | null): void;
  /** Redraws at the svg's current width (call on resize). */
  redraw(): void;
}

/**
 * Draws the story timeline into an <svg>: a year axis from 1988 to `end`, each chapter as a marker at
 * the date its map shows (a focusable button that jumps to the chapter), the active chapter's period
 * as a band, and a line at the reader's date.
 * The SVG is one image to assistive tech except the bars; the table of contents is the text equivalent.
 */
export function renderTimeline(svgEl: SVGSVGElement, { chapters, phases = [], end, onSelect }: TimelineOptions): Timeline {
  const svg = select(svgEl);
  let active: string | null = null;

  const draw = () => {
    const width = Math.max(120, svgEl.clientWidth || svgEl.parentElement?.clientWidth || 300);
    const preferred = markerSize(width);
    const scale = timelineScale(end, [PAD_X, width - PAD_X]);
    // One marker per chapter at the date its map shows; markers that would touch stack upward.
    const lanes = assignLanes(
      chapters.map((c) => markerSpan(c.date, scale, 2 * preferred.R + 2)),
      0,
    );
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
    const phaseH = phases.length > 0 ? PHASE_H : 0;
    // The height is the one story.css reserves before the timeline is drawn (its natural height
    // where it has no reserve), so drawing it moves nothing on the page.
    const height = svgEl.clientHeight || TOP + phaseH + laneCount * preferred.STEP + BAND_PAD + AXIS_H;
    const chrome = { top: TOP, axis: AXIS_H, phaseRow: phaseH, bandPad: BAND_PAD };
    const { r: R, step: STEP, markersHeight: markersH } = fitLanes(height, laneCount, { r: preferred.R, step: preferred.STEP }, chrome);
    const cy = (i: number) => TOP + markersH - BAND_PAD - STEP / 2 - lanes[i]! * STEP;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);
    svg.selectAll('*').remove();

    // The phases: every other one tinted, each named at its start where the name fits (its full name is
    // the tooltip). Decoration for sighted readers: the contents list is the text equivalent.
    const phaseGroup = svg.append('g').attr('class', 'timeline-phases').attr('aria-hidden', 'true');
    phases.forEach((p, i) => {
      const x0 = scale(new Date(`${p.from}T00:00:00Z`));
      const x1 = i + 1 < phases.length ? scale(new Date(`${phases[i + 1]!.from}T00:00:00Z`)) : width - PAD_X;
      const g = phaseGroup.append('g').attr('class', `timeline-phase${i % 2 ? ' timeline-phase-alt' : ''}`);
      g.append('rect')
        .attr('x', x0)
        .attr('y', TOP)
        .attr('width', Math.max(0, x1 - x0))
        .attr('height', markersH);
      g.append('title').text(p.label);
      const text = g
        .append('text')
        .attr('x', x0 + 3)
        .attr('y', TOP + PHASE_H - 3)
        .text(p.label);
      if ((text.node()?.getComputedTextLength() ?? Infinity) > x1 - x0 - 5) text.remove();
    });

    // The active chapter's period, as a band behind the markers.
    svg.append('rect').attr('class', 'timeline-band').attr('aria-hidden', 'true').attr('y', TOP).attr('height', markersH).attr('rx', 3);

    const axis = axisBottom(scale)
      .ticks(tickCount(width))
      .tickFormat((d) => utcFormat('%Y')(d as Date))
      .tickSizeOuter(0);
    svg
      .append('g')
      .attr('class', 'timeline-axis')
      .attr('aria-hidden', 'true')
      .attr('transform', `translate(0,${TOP + markersH})`)
      .call(axis);

    svg
      .append('line')
      .attr('class', 'timeline-marker')
      .attr('aria-hidden', 'true')
      .attr('y1', TOP)
      .attr('y2', TOP + markersH + 4)
      .attr('x1', 0)
      .attr('x2', 0);

    const markers = svg
      .append('g')
      .attr('class', 'timeline-periods')
      .selectAll('circle')
      .data(chapters)
      .join('circle')
      .attr('class', 'timeline-period')
      .attr('data-chapter', (c) => c.id)
      .attr('cx', (c) => scale(new Date(`${c.date}T00:00:00Z`)))
      .attr('cy', (_, i) => cy(i))
      .attr('r', R)
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
    markers.append('title').text((c) => c.label);

    paint(scale);
  };

  const paint = (scale: ReturnType<typeof timelineScale>) => {
    const chapter = chapters.find((c) => c.id === active);
    svg.selectAll<SVGRectElement, TimelineChapter>('.timeline-period').attr('aria-current', (c) => (c.id === active ? 'step' : null));
    const x = chapter ? scale(new Date(`${chapter.date}T00:00:00Z`)) : -10;
    svg
      .select('.timeline-marker')
      .attr('x1', x)
      .attr('x2', x)
      .attr('visibility', chapter ? 'visible' : 'hidden');
    const band = chapter ? periodSpan(chapter, scale, 2) : { x: -10, width: 0 };
    svg
      .select('.timeline-band')
      .attr('x', band.x)
      .attr('width', band.width)
      .attr('visibility', chapter ? 'visible' : 'hidden');
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
