import { describe, expect, it } from 'vitest';
import { REGION_BBOX } from '../../../src/geo/region.ts';
import { embedQuery, parseEmbedQuery } from '../../../src/embed-code/embed-urls.ts';
import { embedViewFrom, isValidEmbedView, readEmbedOptions, viewState } from '../../../src/embed-code/embed-query.ts';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import { LAYER_IDS } from '../../../src/schemas/layer-properties.ts';
import { LANGUAGES } from '../../../src/schemas/place-names.ts';
import { BASEMAP_LAYERS, mapStateFor } from '../../../src/map/map-state.ts';

import type { EmbedView } from '../../../src/schemas/embed-view.ts';
import { STORY_START } from '../../../src/schemas/story-start.ts';

const known = { languages: LANGUAGES, layers: LAYER_REGISTRY.map((l) => l.id) };
const TODAY = '2025-06-30';
const view = (search: string) => embedViewFrom(search, known, TODAY);
const DEFAULT: EmbedView = {
  lang: 'en',
  names: 'both',
  date: null,
  layers: null,
  camera: null,
  theme: 'auto',
  plain: false,
  static: false,
  scrollzoom: false,
  childId: null,
};

describe('embed query', () => {
  it('knows the layers in the schemas’ order', () => {
    expect([...known.layers].sort()).toEqual([...LAYER_IDS].sort());
  });

  it('gives the default view for an empty or unusable query', () => {
    for (const q of ['', '?', '?foo=bar', '?lang=fr&theme=pink&date=yesterday&bbox=1,2&zoom=x&plain=maybe', '%%%', '?layers=', '?childId=<script>']) {
      expect(view(q)).toEqual(q === '?layers=' ? { ...DEFAULT, layers: [] } : DEFAULT);
    }
  });

  it('reads every parameter', () => {
    expect(
      view('?lang=ru&names=aze&date=2020-11-10&layers=crossings,nkao,nkao&theme=dark&plain=1&static=true&scrollzoom=1&bbox=45,39,47,40.5&childId=map-1'),
    ).toEqual({
      lang: 'ru',
      names: 'aze',
      date: '2020-11-10',
      layers: ['nkao', 'crossings'],
      camera: { bounds: [45, 39, 47, 40.5], padding: 12 },
      theme: 'dark',
      plain: true,
      static: true,
      scrollzoom: true,
      childId: 'map-1',
    });
    expect(view('?center=46.5,39.8&zoom=9').camera).toEqual({ center: [46.5, 39.8], zoom: 9, bearing: 0, pitch: 0 });
    expect(view('?center=46.5,39.8').camera).toMatchObject({ zoom: 7 });
    // bbox wins over center; a zoom alone is no camera.
    expect(view('?center=46.5,39.8&bbox=45,39,47,40.5').camera).toHaveProperty('bounds');
    expect(view('?zoom=9').camera).toBeNull();
  });

  it('clamps what is out of range', () => {
    expect(view('?date=1900-01-01').date).toBe(STORY_START);
    expect(view('?date=2099-01-01').date).toBe(TODAY);
    expect(view('?center=0,0&zoom=99').camera).toEqual({ center: [REGION_BBOX[0], REGION_BBOX[1]], zoom: 13, bearing: 0, pitch: 0 });
    expect(view('?bbox=-180,-90,180,90').camera).toEqual({ bounds: [...REGION_BBOX], padding: 12 });
    // Entirely outside the region, or upside down: no camera.
    expect(view('?bbox=0,0,1,1').camera).toBeNull();
    expect(view('?bbox=47,40,45,39').camera).toBeNull();
  });

  it('keeps parseEmbedQuery the inverse of embedQuery, camera and scrollzoom included', () => {
    const v = {
      names: 'arm',
      date: '2023-09-19',
      layers: ['routes', 'crossings'],
      theme: 'light',
      plain: true,
      scrollzoom: true,
      bbox: [44.5, 39, 46.25, 40.5],
    } as const;
    expect(parseEmbedQuery(embedQuery(v))).toEqual({ options: v, ignored: [] });
    const c = { center: [45.5, 40.1], zoom: 8.5 } as const;
    expect(parseEmbedQuery(embedQuery(c))).toEqual({ options: c, ignored: [] });
  });

  it('does not list Pym’s own parameters as ignored', () => {
    expect(readEmbedOptions('?childId=x&initialWidth=600&parentTitle=a&parentUrl=b&utm=1', known).ignored).toEqual(['utm']);
  });

  it('applies a view to a chapter state the way mapStateFor composes layers', () => {
    const chapter = {
      id: 'c',
      date: '2020-11-10',
      camera: { desktop: { center: [46, 40] as [number, number], zoom: 7, bearing: 0, pitch: 0 } },
      layers: ['nkao' as const],
      highlight: [],
    };
    const base = mapStateFor(chapter, { language: 'en', viewport: 'desktop' });
    const v = view('?layers=crossings,routes&date=2021-01-01&lang=az');
    const order = LAYER_REGISTRY.map((l) => l.id);
    const expected = mapStateFor({ ...chapter, layers: ['crossings', 'routes'] }, { language: 'az', viewport: 'desktop', date: '2021-01-01' });
    expect(viewState(base, v, { order, basemap: BASEMAP_LAYERS })).toEqual(expected);
    expect(viewState(base, view(''), { order, basemap: BASEMAP_LAYERS })).toEqual(base);
  });
});

describe('embed query fuzz', () => {
  // A small deterministic PRNG so a failure reproduces.
  let seed = 20250630;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const KEYS = ['lang', 'date', 'layers', 'theme', 'plain', 'static', 'scrollzoom', 'bbox', 'center', 'zoom', 'childId', 'x', '', '&', '=', '%', '?'];
  const CHARS = 'abcz019-,.=&?%#+ /\\<>"\'\u0000\u00e9\u0531\ud83d\ude00eE';
  const junk = (n: number) => Array.from({ length: n }, () => pick([...CHARS])).join('');
  const value = () =>
    pick([
      () => junk(Math.floor(rnd() * 20)),
      () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => (rnd() * 400 - 200).toFixed(Math.floor(rnd() * 6))).join(','),
      () => `${1900 + Math.floor(rnd() * 250)}-${String(Math.floor(rnd() * 14)).padStart(2, '0')}-${String(Math.floor(rnd() * 33)).padStart(2, '0')}`,
      () => Array.from({ length: Math.floor(rnd() * 6) }, () => pick([...known.layers, 'bogus', ''])).join(','),
      () => pick(['1', '0', 'true', 'false', '', 'light', 'dark', 'auto', 'en', 'ru', 'hy', 'az', 'NaN', 'Infinity', '1e3', '-0']),
    ])();

  it('never throws and always returns a valid view, for 5000 random query strings', () => {
    for (let i = 0; i < 5000; i++) {
      const parts = Array.from({ length: Math.floor(rnd() * 8) }, () => `${pick(KEYS)}=${rnd() < 0.5 ? encodeURIComponent(value()) : value()}`);
      const search = (rnd() < 0.5 ? '?' : '') + (rnd() < 0.1 ? junk(40) : parts.join('&'));
      let v: EmbedView | undefined;
      expect(() => (v = view(search)), search).not.toThrow();
      expect(isValidEmbedView(v!, known, TODAY), `${search} → ${JSON.stringify(v)}`).toBe(true);
    }
  });
});
