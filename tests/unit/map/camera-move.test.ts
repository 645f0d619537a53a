import { describe, expect, it } from 'vitest';
import { cameraMove } from '../../../src/map/camera-move.ts';

const CENTER = { center: [46.75, 39.8] as [number, number], zoom: 8, bearing: 0, pitch: 0 };
const BOUNDS = { bounds: [44, 38.5, 47, 40.5] as [number, number, number, number], padding: 30 };

describe('cameraMove', () => {
  it('jumps to a centre camera without animation', () => expect(cameraMove(CENTER, { animate: false })).toEqual({ method: 'jumpTo', options: CENTER }));
  it('eases to a centre camera with animation', () =>
    expect(cameraMove(CENTER, { animate: true, duration: 900 })).toEqual({ method: 'easeTo', options: { ...CENTER, duration: 900 } }));
  it('fits bounds instantly without animation', () =>
    expect(cameraMove(BOUNDS, { animate: false })).toEqual({
      method: 'fitBounds',
      bounds: [
        [44, 38.5],
        [47, 40.5],
      ],
      options: { padding: 30, duration: 0, animate: false },
    }));
  it('never asks for an essential (motion-forcing) move', () => expect(JSON.stringify(cameraMove(CENTER, { animate: true }))).not.toMatch(/essential/));
});
