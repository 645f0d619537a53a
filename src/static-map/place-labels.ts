/** Where a label sits relative to its point, as MapLibre's text-anchor names it. */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** A label to place: text, point and the text properties the style gives it. */
export interface LabelCandidate {
  text: string;
  x: number;
  y: number;
  /** Font size in px. */
  size: number;
  /** Anchors to try, in order (MapLibre's text-variable-anchor, or the one text-anchor). */
  anchors: Anchor[];
  /** Distance from the point in ems (text-radial-offset). */
  offset: number;
  /** Shift of the point the anchor refers to, in ems, x right and y down (MapLibre's text-offset). */
  shift?: [number, number];
  /** Line-break width in ems (text-max-width). */
  maxWidth: number;
  /** Extra space between letters in ems (text-letter-spacing). */
  letterSpacing: number;
  /** Style of the drawn text; labels with equal style share one <g>. */
  style: { colour: string; halo: string; haloWidth: number; bold: boolean };
  /** text-allow-overlap: placed even over labels placed before it (still inside the frame); later ones keep clear of it. */
  allowOverlap?: boolean;
}

/** A placed label: its lines, the SVG text anchor and first baseline, and its box. */
export interface PlacedLabel {
  candidate: LabelCandidate;
  lines: string[];
  textAnchor: 'start' | 'middle' | 'end';
  x: number;
  /** Baseline of the first line. */
  y: number;
  box: Box;
}

type Box = { x0: number; y0: number; x1: number; y1: number };

/** Line height in ems (MapLibre's text-line-height default). */
export const LINE_HEIGHT = 1.2;

/**
 * Returns an estimate of a text's width in ems. The static map cannot measure glyphs, so it uses
 * average advance widths of Noto Sans (lower case ≈ 0.53 em, capitals ≈ 0.68 em, spaces 0.26 em),
 * generous enough that estimated boxes rarely undershoot the drawn text.
 */
export function textWidthEm(text: string, letterSpacing = 0): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 0.26;
    else if (/[A-ZА-ЯԱ-Ֆ]/u.test(ch)) w += 0.68;
    else if (/[.,:;'’|/ilI!]/u.test(ch)) w += 0.3;
    else w += 0.56;
    w += letterSpacing;
  }
  return w;
}

/**
 * Returns the lines of a label broken at spaces to at most `maxWidth` ems, balanced like
 * MapLibre's line breaking (which evens out line lengths rather than filling the first line).
 */
export function breakLines(text: string, maxWidth: number, letterSpacing = 0): string[] {
  const total = textWidthEm(text, letterSpacing);
  if (total <= maxWidth || !text.includes(' ')) return [text];
  const target = total / Math.ceil(total / maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidthEm(next, letterSpacing) > target * 1.15) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Returns the label at one anchor: text anchor, first baseline and box. */
function layout(c: LabelCandidate, lines: string[], anchor: Anchor): Omit<PlacedLabel, 'candidate' | 'lines'> {
  const em = c.size;
  const width = Math.max(...lines.map((l) => textWidthEm(l, c.letterSpacing))) * em;
  const height = lines.length * LINE_HEIGHT * em;
  const gap = c.offset * em;
  const px = c.x + (c.shift?.[0] ?? 0) * em;
  const py = c.y + (c.shift?.[1] ?? 0) * em;
  // The anchor names the side or corner of the box that touches the point: x from its left/right part,
  // y from its top/bottom part. Box top-left per anchor; the baseline sits ~0.8 em below a line's top.
  const horizontal = anchor.endsWith('left') ? 'left' : anchor.endsWith('right') ? 'right' : 'middle';
  const vertical = anchor.startsWith('top') ? 'top' : anchor.startsWith('bottom') ? 'bottom' : 'middle';
  const bx =
    horizontal === 'left' ? px + (vertical === 'middle' ? gap : 0) : horizontal === 'right' ? px - (vertical === 'middle' ? gap : 0) - width : px - width / 2;
  const by =
    vertical === 'top' ? py + (horizontal === 'middle' ? gap : 0) : vertical === 'bottom' ? py - (horizontal === 'middle' ? gap : 0) - height : py - height / 2;
  const textAnchor = horizontal === 'left' ? 'start' : horizontal === 'right' ? 'end' : 'middle';
  const x = textAnchor === 'start' ? bx : textAnchor === 'end' ? bx + width : bx + width / 2;
  const pad = 0.1 * em;
  return { textAnchor, x, y: by + 0.9 * em, box: { x0: bx - pad, y0: by - pad, x1: bx + width + pad, y1: by + height + pad } };
}

/**
 * Returns the labels that fit, in priority order (the order given): each takes the first of its
 * anchors whose box stays inside the frame and clear of the labels already placed, or is dropped,
 * as MapLibre's collision detection drops it. `blocked` boxes (the attribution strip) stay empty.
 */
export function placeLabels(candidates: readonly LabelCandidate[], frame: { width: number; height: number }, blocked: Box[] = []): PlacedLabel[] {
  const taken: Box[] = [...blocked];
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    if (!c.text) continue;
    const lines = breakLines(c.text, c.maxWidth, c.letterSpacing);
    for (const anchor of c.anchors) {
      const l = layout(c, lines, anchor);
      const inside = l.box.x0 >= 0 && l.box.y0 >= 0 && l.box.x1 <= frame.width && l.box.y1 <= frame.height;
      if (inside && (c.allowOverlap || !taken.some((b) => overlaps(b, l.box)))) {
        taken.push(l.box);
        placed.push({ candidate: c, lines, ...l });
        break;
      }
    }
  }
  return placed;
}
