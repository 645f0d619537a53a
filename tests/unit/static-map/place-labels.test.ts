// The still maps' label placement: priority order, the frame, and text-allow-overlap.
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../../src/static-map/place-labels.ts';

const label = (text: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  text,
  x,
  y,
  size: 12,
  anchors: ['center'],
  offset: 0,
  maxWidth: 10,
  letterSpacing: 0,
  style: { colour: '#000', halo: '#fff', haloWidth: 1, bold: false },
  ...extra,
});
const FRAME = { width: 400, height: 300 };

describe('placeLabels', () => {
  it('drops a label that would cover one placed before it', () => {
    expect(placeLabels([label('Kornidzor', 200, 150), label('Goris town', 205, 150)], FRAME).map((l) => l.candidate.text)).toEqual(['Kornidzor']);
  });
  it('places a label that allows overlap over earlier ones, and keeps later ones clear of it', () => {
    const placed = placeLabels([label('Kornidzor', 200, 150), label('100,417 people', 205, 150, { allowOverlap: true }), label('Tegh', 210, 150)], FRAME);
    expect(placed.map((l) => l.candidate.text)).toEqual(['Kornidzor', '100,417 people']);
  });
  it('never places a label outside the frame, overlap or not', () => {
    expect(placeLabels([label('100,417 people', 2, 150, { allowOverlap: true })], FRAME)).toEqual([]);
  });
  it('puts the corner the anchor names at the shifted point (text-offset in ems)', () => {
    // Shifted 2 em right and 2 em up from (200, 150) at 12 px: the point (224, 126).
    const [bottomLeft] = placeLabels([label('Hadrut', 200, 150, { anchors: ['bottom-left'], shift: [2, -2] })], FRAME);
    expect(bottomLeft!.textAnchor).toBe('start');
    expect(bottomLeft!.box.x0).toBeCloseTo(224 - 1.2, 5);
    expect(bottomLeft!.box.y1).toBeCloseTo(126 + 1.2, 5);
    const [topRight] = placeLabels([label('Hadrut', 200, 150, { anchors: ['top-right'], shift: [-2, 2] })], FRAME);
    expect(topRight!.textAnchor).toBe('end');
    expect(topRight!.x).toBeCloseTo(176, 5);
    expect(topRight!.box.y0).toBeCloseTo(174 - 1.2, 5);
  });
});
