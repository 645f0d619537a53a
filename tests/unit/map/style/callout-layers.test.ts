import { describe, expect, it } from 'vitest';
import { validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { buildStyle } from '../../../../src/map/style/build-style.ts';
import {
  CALLOUT_LEADER,
  CALLOUT_STATE,
  CALLOUT_TEXT_SIZE,
  calloutLayers,
  calloutLeaderImage,
  calloutTextOffset,
  isCalloutLayer,
} from '../../../../src/map/style/callout-layers.ts';
import { LABEL_FONT } from '../../../../src/map/style/font-faces.ts';
import { LIGHT } from '../../../../src/map/style/palette.ts';
import { hexToRgb } from '../../../../src/map/style/hatch-pattern.ts';
import { CALLOUT_DIRECTIONS } from '../../../../src/schemas/callout-direction.ts';
import { evaluateLayer } from '../../../../src/static-map/style-evaluator.ts';

const opts = { lang: 'en' as const, naming: 'both' as const, font: [LABEL_FONT] };

const createPoint = (id: string, valid_from: string | null = null): Feature => ({
  type: 'Feature',
  properties: { id, name_en: `Name of ${id}`, valid_from, valid_to: null, rank: 3, kind: 'town' },
  geometry: { type: 'Point', coordinates: [46, 40] },
});

const createCallout = (dated = true) => calloutLayers('events', LIGHT, opts, { dated })[0]!;

/** Evaluates a layer with MapLibre's own style-spec code, as the still maps do. */
const evaluate = (layer: LayerSpecification, callouts: Record<string, string>, date = '2024-01-01') =>
  evaluateLayer(layer, { zoom: 7, globalState: { [CALLOUT_STATE]: callouts, date, highlight: [] } });

describe('calloutLayers', () => {
  it('draws only the features the callouts state names', () => {
    const ev = evaluate(createCallout(), { a: 'ne' });
    expect(ev.passes(createPoint('a'))).toBe(true);
    expect(ev.passes(createPoint('b'))).toBe(false);
  });

  it('follows the date on a dated layer: an event not yet happened has no callout', () => {
    const ev = evaluate(createCallout(true), { a: 'ne' }, '2020-01-01');
    expect(ev.passes(createPoint('a', '2023-09-19'))).toBe(false);
  });

  it.each(CALLOUT_DIRECTIONS.map((d) => [d]))('turns the leader and anchors the label toward %s', (direction) => {
    const ev = evaluate(createCallout(), { a: direction });
    const f = createPoint('a');
    const angle = (ev.layout<number>('icon-rotate', f) * Math.PI) / 180;
    const [dx, dy] = ev.layout<[number, number]>('text-offset', f);
    // The label sits at the leader's far end (plus a small gap), in the leader's own direction.
    expect(Math.hypot(dx, dy) * CALLOUT_TEXT_SIZE).toBeGreaterThan(CALLOUT_LEADER.length);
    expect(Math.hypot(dx, dy) * CALLOUT_TEXT_SIZE).toBeLessThan(CALLOUT_LEADER.length + 4);
    expect(dx).toBeCloseTo(Math.hypot(dx, dy) * Math.cos(angle), 1);
    expect(dy).toBeCloseTo(Math.hypot(dx, dy) * Math.sin(angle), 1);
    // The label's side facing the leader touches its end: a label to the east is anchored on its left.
    const anchor = ev.layout<string>('text-anchor', f);
    if (dx > 0.1) expect(anchor).toMatch(/left$/);
    if (dx < -0.1) expect(anchor).toMatch(/right$/);
    if (dy > 0.1) expect(anchor).toMatch(/^top/);
    if (dy < -0.1) expect(anchor).toMatch(/^bottom/);
    expect(ev.layout<string>('text-field', f)).toBe('Name of a');
  });

  it('offsets a label north-east up and to the right (screen y grows downward)', () => {
    const [dx, dy] = calloutTextOffset('ne');
    expect(dx).toBeGreaterThan(0);
    expect(dy).toBeLessThan(0);
  });

  it('is marked as a callout and as a label layer of its registry layer', () => {
    const layer = createCallout();
    expect(isCalloutLayer(layer)).toBe(true);
    expect((layer as { metadata: Record<string, unknown> }).metadata['crossroads:layer']).toBe('events');
  });
});

describe('calloutLeaderImage', () => {
  it('is a stroke in the label colour on a halo, clear for its first gap', () => {
    const { image, pixelRatio } = calloutLeaderImage(LIGHT);
    expect(image.width).toBe(CALLOUT_LEADER.length * pixelRatio);
    const pixel = (x: number, y: number) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
    const middle = Math.floor(image.height / 2);
    expect(pixel(0, middle)[3]).toBe(0);
    expect(pixel(CALLOUT_LEADER.gap * pixelRatio - 1, middle)[3]).toBe(0);
    expect(pixel(CALLOUT_LEADER.gap * pixelRatio, middle)).toEqual([...hexToRgb(LIGHT.label), 255]);
    expect(pixel(image.width - 1, 0)).toEqual([...hexToRgb(LIGHT.labelHalo), 255]);
  });
});

describe('buildStyle with callouts', () => {
  const style = buildStyle({ palette: LIGHT, layers: ['countries', 'places', 'events', 'crossings'], date: '2024-01-01', callouts: { yerevan: 'e' } });

  it('is a valid style whose callouts state defaults to the first state', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.state?.[CALLOUT_STATE]).toEqual({ default: { yerevan: 'e' } });
  });

  it('draws the callouts above every other layer, one per layer that can be called out', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids.slice(-3))).toEqual(new Set(['places-callout', 'crossings-callout', 'events-callout']));
    expect(style.layers.slice(-3).every(isCalloutLayer)).toBe(true);
  });

  it('names a called-out place by its callout only, and keeps its dot at every zoom', () => {
    const place = createPoint('yerevan');
    const callouts = { yerevan: 'e' };
    const plainLabels = style.layers.filter((l) => /^places-label-/.test(l.id));
    expect(plainLabels.length).toBeGreaterThan(0);
    expect(plainLabels.some((l) => evaluate(l, callouts).passes(place))).toBe(false);
    expect(plainLabels.some((l) => evaluate(l, {}).passes(place))).toBe(true);
    const dot = style.layers.find((l) => l.id === 'places-dot-callout')!;
    expect(dot.minzoom ?? 0).toBe(0);
    expect(evaluate(dot, callouts).passes(place)).toBe(true);
    expect(evaluate(dot, {}).passes(place)).toBe(false);
  });
});
