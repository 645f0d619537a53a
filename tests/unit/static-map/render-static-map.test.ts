import { describe, expect, it } from 'vitest';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import { DARK, LIGHT } from '../../../src/map/style/palette.ts';
import { renderStaticMap } from '../../../src/static-map/render-static-map.ts';
import { mapStateFor, type MapState } from '../../../src/map/map-state.ts';
import { createLayers, createState, xmlError } from './support.ts';
import { loadChapters } from '../../support/chapters.ts';

/** Size budget of one static map (issue "The scroll story", §4). */
const BUDGET_BYTES = 120_000;

const render = (state: MapState, extra: { title?: string; description?: string } = {}) =>
  renderStaticMap({ state, layers: createLayers(), palette: LIGHT, width: 1200, height: 800, ...extra });

/** Returns the ids of the style-layer groups, in drawing order. */
const groupIds = (svg: string) => [...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1]!);

/** Returns the text of every label (tspans joined with a space). */
const labels = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<tspan[^>]*>/g, ' ')
      .replace(/<\/tspan>/g, '')
      .trim(),
  );

const nkaoState = (date: string) =>
  createState({ date, layers: ['countries', 'water', 'nkao', 'places'], camera: { center: [46.7, 39.9], zoom: 7.5, bearing: 0, pitch: 0 } });

describe('renderStaticMap', () => {
  it('is well-formed XML', () => {
    expect(xmlError(render(createState({ layers: LAYER_REGISTRY.map((l) => l.id) }), { title: 'A & B <test>' }))).toBeNull();
  });

  it('carries the title and the alt text as <title> and <desc>', () => {
    const svg = render(createState(), { title: 'The oblast', description: 'The oblast drawn inside Azerbaijan.' });
    expect([/<title id="title">The oblast<\/title>/.test(svg), /<desc id="desc">The oblast drawn inside Azerbaijan.<\/desc>/.test(svg)]).toEqual([true, true]);
  });

  it('draws the NKAO on 1988-01-01', () => {
    expect(groupIds(render(nkaoState('1988-01-01')))).toContain('nkao-fill');
  });

  it('leaves the NKAO out on 1995-01-01', () => {
    expect(groupIds(render(nkaoState('1995-01-01')))).not.toContain('nkao-fill');
  });

  it('drops the NKAO on the day it ends (half-open validity, valid_to 1991-11-26)', () => {
    expect([groupIds(render(nkaoState('1991-11-25'))).includes('nkao-fill'), groupIds(render(nkaoState('1991-11-26'))).includes('nkao-fill')]).toEqual([
      true,
      false,
    ]);
  });

  it('draws the layers in registry order, labels on top', () => {
    const svg = render(createState({ layers: LAYER_REGISTRY.map((l) => l.id), date: '2021-01-01' }));
    const layerOf = (groupId: string) => LAYER_REGISTRY.findIndex((l) => groupId.startsWith(`${l.id}-`));
    const dataGroups = groupIds(svg).filter((id) => !/^(labels|attribution|places-dot-\d)$/.test(id) && !id.includes('highlight'));
    const order = dataGroups.map(layerOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('draws only the state’s layers', () => {
    const ids = groupIds(render(createState({ layers: ['countries', 'water', 'places'] })));
    expect(ids.some((id) => /^(control-areas|crossings|events|routes)-/.test(id))).toBe(false);
  });

  it('colours each crossing by its status on the state’s date', () => {
    const svg = render(createState({ layers: ['countries', 'crossings'], date: '2021-01-01' }));
    const crossings = svg.split('<g id="crossings-circle">')[1]?.split('\n')[0] ?? '';
    expect([crossings.includes(LIGHT.crossingOpen.toLowerCase()), crossings.includes(LIGHT.crossingClosed.toLowerCase())]).toEqual([true, true]);
  });

  it('hides crossings that have no status yet (before their first history entry)', () => {
    expect(groupIds(render(createState({ layers: ['countries', 'crossings'], date: '1950-01-01' })))).not.toContain('crossings-circle');
  });

  it('hatches control areas with SVG patterns', () => {
    const svg = render(createState({ layers: ['countries', 'control-areas'], date: '2010-01-01' }));
    expect([/<pattern id="hatch-held-by-armenian-forces"/.test(svg), svg.includes('fill="url(#hatch-held-by-armenian-forces)"')]).toEqual([true, true]);
  });

  it('labels contested places with both names in English', () => {
    expect(labels(render(createState()))).toContain('Stepanakert / Khankendi');
  });

  it('labels in the state’s language: Azerbaijani puts the Azerbaijani name first', () => {
    expect(labels(render(createState({ language: 'az' })))).toContain('Xankəndi / Stepanakert');
  });

  it('labels in the state’s language: Armenian', () => {
    expect(labels(render(createState({ language: 'hy' })))).toContain('Երևան');
  });

  it('emphasises highlighted features above the data', () => {
    const svg = render(createState({ layers: ['countries', 'nkao'], date: '1988-01-01', highlight: ['nkao'] }));
    expect(groupIds(svg)).toContain('nkao-highlight-line');
  });

  it('names a called-out place once, at the end of a leader line running the way the callout says', () => {
    const state = createState({ callouts: { stepanakert: 'ne' }, camera: { center: [46.7, 39.9], zoom: 7.5, bearing: 0, pitch: 0 } });
    const svg = render(state);
    expect(labels(svg).filter((l) => l === 'Stepanakert / Khankendi')).toHaveLength(1);
    const leader = /<g id="callout-leaders"[^>]*><path[^>]*d="M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)"/.exec(svg);
    expect(leader).not.toBeNull();
    const [x1, y1, x2, y2] = leader!.slice(1).map(Number) as [number, number, number, number];
    // North-east on screen: right and up.
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1);
    // The label starts at the leader's end: its text anchor is at or right of it, its baseline above.
    const text = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>(?:<tspan[^>]*>)?Stepanakert/.exec(svg);
    expect(Number(text![1])).toBeGreaterThanOrEqual(x2);
    expect(Number(text![2])).toBeLessThan(y2);
  });

  it('draws no leader without callouts', () => {
    expect(render(createState())).not.toContain('callout-leaders');
  });

  it('keeps every coordinate to one decimal', () => {
    const svg = render(createState({ layers: LAYER_REGISTRY.map((l) => l.id) }));
    expect(/\d\.\d{2,}/.test(svg.replace(/<defs>.*?<\/defs>/s, '').replace(/fill-opacity="[^"]*"|stroke-opacity="[^"]*"|letter-spacing="[^"]*"/g, ''))).toBe(
      false,
    );
  });

  it('follows the palette (dark background in DARK)', () => {
    const svg = renderStaticMap({ state: createState(), layers: createLayers(), palette: DARK, width: 600, height: 400 });
    expect(svg).toContain(`fill="${DARK.mapBackground}"`);
  });

  it('ends with the data attribution', () => {
    expect(render(createState())).toMatch(/OpenStreetMap.*Natural Earth.*GeoNames.*Crossroads/);
  });

  it('stays under the budget for the whole region with every layer', () => {
    const svg = render(createState({ layers: LAYER_REGISTRY.map((l) => l.id), camera: { bounds: [43.3, 38.3, 50.6, 42.0], padding: 40 } }));
    expect(Buffer.byteLength(svg)).toBeLessThan(BUDGET_BYTES);
  });

  describe.each(loadChapters().map((c) => [c.id, c] as const))('chapter %s', (_id, chapter) => {
    it('renders a well-formed SVG under the budget', () => {
      const svg = render(mapStateFor(chapter, { language: 'en', viewport: 'desktop' }), { title: chapter.title, description: chapter.alt });
      expect([xmlError(svg), Buffer.byteLength(svg) < BUDGET_BYTES]).toEqual([null, true]);
    });
  });
});
