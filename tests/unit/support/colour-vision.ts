/**
 * Colour-vision-deficiency simulation for palette tests.
 * Matrices: Machado, Oliveira & Fernandes, "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", IEEE TVCG 15(6), 2009, severity 1.0, applied to linear sRGB.
 */
export type Deficiency = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Exclude<Deficiency, 'normal'>, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function hexToLinear(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [toLinear(((n >> 16) & 255) / 255), toLinear(((n >> 8) & 255) / 255), toLinear((n & 255) / 255)];
}

function linearToLab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Returns the CIELAB colour a reader with the given deficiency sees for a hex colour. */
export function simulateLab(hex: string, deficiency: Deficiency): [number, number, number] {
  const lin = hexToLinear(hex);
  if (deficiency === 'normal') return linearToLab(lin);
  const m = MATRICES[deficiency];
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const out: [number, number, number] = [
    clamp(m[0]! * lin[0] + m[1]! * lin[1] + m[2]! * lin[2]),
    clamp(m[3]! * lin[0] + m[4]! * lin[1] + m[5]! * lin[2]),
    clamp(m[6]! * lin[0] + m[7]! * lin[1] + m[8]! * lin[2]),
  ];
  return linearToLab(out);
}

/** Returns the CIE76 colour difference between two hex colours as seen with a deficiency. */
export function deltaE(a: string, b: string, deficiency: Deficiency): number {
  const [l1, a1, b1] = simulateLab(a, deficiency);
  const [l2, a2, b2] = simulateLab(b, deficiency);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
