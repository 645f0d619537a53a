import type { Camera } from '../schemas/camera.ts';

/** Milliseconds a chapter's camera takes to ease to its view when motion is allowed. */
export const CAMERA_DURATION = 1400;

/** One camera call, as plain data: which MapLibre method and with what. */
export type CameraMove =
  | { method: 'jumpTo'; options: { center: [number, number]; zoom: number; bearing: number; pitch: number } }
  | { method: 'easeTo'; options: { center: [number, number]; zoom: number; bearing: number; pitch: number; duration: number } }
  | { method: 'fitBounds'; bounds: [[number, number], [number, number]]; options: { padding: number; duration: number; animate: boolean } };

/**
 * Returns the camera call that shows a chapter's camera. With `animate` false (reduced motion, a
 * reload, a jump) it is an instant move; otherwise an ease. Never a flyTo with `essential`, so
 * MapLibre's own reduced-motion rule stays in force as a second guard (shared research, §1.5).
 */
export function cameraMove(camera: Camera, { animate, duration = CAMERA_DURATION }: { animate: boolean; duration?: number }): CameraMove {
  if ('bounds' in camera) {
    const [w, s, e, n] = camera.bounds;
    return {
      method: 'fitBounds',
      bounds: [
        [w, s],
        [e, n],
      ],
      options: { padding: camera.padding ?? 40, duration: animate ? duration : 0, animate },
    };
  }
  const view = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 };
  return animate ? { method: 'easeTo', options: { ...view, duration } } : { method: 'jumpTo', options: view };
}
