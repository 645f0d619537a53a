import { describe, expect, it } from 'vitest';
import { assignLanes, fitLanes, markerSpan, periodSpan, tickCount, timelineScale } from '../../../src/timeline/timeline-scale.ts';
import { STORY_START } from '../../../src/schemas/story-start.ts';

const scale = () => timelineScale('2028-01-01', [0, 400]);

describe('timelineScale', () => {
  it('maps 1988 to the left edge and the end to the right', () => {
    expect(scale()(new Date(`${STORY_START}T00:00:00Z`))).toBe(0);
    expect(scale()(new Date('2028-01-01T00:00:00Z'))).toBe(400);
  });
  it('clamps dates before 1988 to the left edge', () => expect(scale()(new Date('1923-07-07T00:00:00Z'))).toBe(0));
});

describe('periodSpan', () => {
  it('spans a period in px', () => {
    const s = periodSpan({ from: '1988-01-01', to: '2008-01-01' }, scale());
    expect(s.x).toBe(0);
    expect(s.width).toBeCloseTo(200, 0);
  });
  it('widens a one-day period to the minimum width, centred and inside the axis', () => {
    const s = periodSpan({ from: '2008-01-01', to: '2008-01-01' }, scale(), 10);
    expect(s.width).toBe(10);
    expect(s.x).toBeCloseTo(195, 0);
    expect(periodSpan({ from: '2027-12-31', to: '2027-12-31' }, scale(), 10).x).toBe(390);
  });
});

describe('assignLanes', () => {
  it('puts disjoint periods on one lane', () =>
    expect(
      assignLanes([
        { x: 0, width: 10 },
        { x: 20, width: 10 },
      ]),
    ).toEqual([0, 0]));
  it('stacks overlapping periods', () =>
    expect(
      assignLanes([
        { x: 0, width: 100 },
        { x: 20, width: 10 },
        { x: 40, width: 10 },
      ]),
    ).toEqual([0, 1, 1]));
  it('reuses the lowest free lane', () =>
    expect(
      assignLanes([
        { x: 0, width: 30 },
        { x: 10, width: 50 },
        { x: 40, width: 5 },
      ]),
    ).toEqual([0, 1, 0]));
});

describe('tickCount', () => {
  it('fits about one tick per 64 px', () => expect(tickCount(640)).toBe(10));
  it('keeps at least two', () => expect(tickCount(50)).toBe(2));
});

describe('markerSpan', () => {
  it('centres a marker on its date', () => {
    const scale = timelineScale('2026-01-01', [10, 390]);
    const s = markerSpan('2007-01-01', scale, 10);
    expect(s.width).toBe(10);
    expect(s.x + 5).toBeCloseTo(scale(new Date('2007-01-01T00:00:00Z')), 6);
  });
  it('keeps a marker at the end of the axis inside it', () => {
    const scale = timelineScale('2026-01-01', [10, 390]);
    const s = markerSpan('2030-01-01', scale, 10);
    expect(s.x + s.width / 2).toBeLessThanOrEqual(390);
  });
});

describe('fitLanes', () => {
  const chrome = { top: 4, axis: 18, phaseRow: 12, bandPad: 3 };

  it('keeps the preferred step and radius while the lanes fit', () => {
    // 4 lanes of 11 px: 4 + 12 + 44 + 3 + 18 = 81 px, the height story.css reserves on wide bars.
    expect(fitLanes(81, 4, { r: 5, step: 11 }, chrome)).toEqual({ r: 5, step: 11, markersHeight: 59 });
    expect(fitLanes(120, 2, { r: 5, step: 11 }, chrome)).toEqual({ r: 5, step: 11, markersHeight: 98 });
  });

  it('moves more lanes closer, and shrinks the markers to stay 1 px apart, within the same height', () => {
    const fit = fitLanes(81, 8, { r: 5, step: 11 }, chrome);
    expect(fit.step).toBeCloseTo(44 / 8);
    expect(fit.r).toBeCloseTo((44 / 8 - 1) / 2);
    expect(fit.markersHeight).toBe(59);
    // The drawn lanes end where the reserved height does.
    expect(chrome.top + chrome.phaseRow + 8 * fit.step + chrome.bandPad + chrome.axis).toBeCloseTo(81);
  });

  it('never gives a marker under 1 px or a negative height', () => {
    expect(fitLanes(10, 50, { r: 5, step: 11 }, chrome)).toEqual({ r: 1, step: 0, markersHeight: 0 });
  });
});
