import type { CircleLayerSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../../schemas/layer-properties.ts';
import { IS_HIGHLIGHTED } from './highlight-layers.ts';
import { labelField } from './label-field.ts';
import { IS_CALLED_OUT } from './callout-layers.ts';
import { meta, type LayerOptions } from './layer-meta.ts';
import type { Palette } from './palette.ts';

/** The source of country label points (one per country; see src/layers/country-label-points.ts). */
export const COUNTRY_LABEL_SOURCE = 'country-labels';

/** Returns the background layer, drawn under everything (outside the clipped region too). */
export function backgroundLayer(palette: Palette): LayerSpecification {
  return { id: 'background', type: 'background', paint: { 'background-color': palette.mapBackground } };
}

/** countries: Armenia and Azerbaijan in their own tints, the neighbours in neutral land colour. */
export function countriesLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  return [
    {
      id: 'countries-fill',
      type: 'fill',
      source,
      metadata: meta('countries'),
      paint: {
        'fill-color': ['match', ['get', 'iso_a2'], 'AM', palette.armenia, 'AZ', palette.azerbaijan, palette.land],
      },
    },
    {
      id: 'countries-line',
      type: 'line',
      source,
      metadata: meta('countries'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.countryBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.6] },
    },
    {
      id: 'countries-label',
      type: 'symbol',
      source: COUNTRY_LABEL_SOURCE,
      metadata: meta('countries', true),
      layout: {
        'text-field': labelField(opts.lang, opts.naming),
        'text-font': opts.font,
        'text-size': ['case', ['get', 'focus'], 15, 12],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-sort-key': ['case', ['get', 'focus'], 0, 1],
      },
      paint: {
        'text-color': palette.countryLabel,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.2,
      },
    },
  ];
}

/** water: seas and lakes. */
export function waterLayers(source: LayerId, palette: Palette): LayerSpecification[] {
  return [
    { id: 'water-fill', type: 'fill', source, metadata: meta('water'), paint: { 'fill-color': palette.water } },
    { id: 'water-line', type: 'line', source, metadata: meta('water'), paint: { 'line-color': palette.waterLine, 'line-width': 0.6 } },
  ];
}

/**
 * rivers: a water-blue line, drawn over the country borders it follows (where a river is the border,
 * the river is what the reader sees), named along its course.
 */
export function riversLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  return [
    {
      id: 'rivers-line',
      type: 'line',
      source,
      filter: ['!', ['to-boolean', ['get', 'label_path']]],
      metadata: meta('rivers'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 9, 2.6] },
    },
    {
      id: 'rivers-label',
      type: 'symbol',
      source,
      filter: ['to-boolean', ['get', 'label_path']],
      minzoom: 6,
      metadata: meta('rivers', true),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 300,
        // A border river winds: allow sharper bends under a short name than MapLibre's default 45°.
        'text-max-angle': 80,
        'text-field': labelField(opts.lang, opts.naming),
        'text-font': opts.font,
        'text-size': 11,
      },
      paint: { 'text-color': palette.waterLine, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 },
    },
  ];
}

/** Zoom from which the relief layer is drawn: a pass ring shows with its name or not at all. */
const RELIEF_MINZOOM = 6.5;

/**
 * relief: a range's name spaced out in capitals across its ground, a pass as a small open ring with
 * its name; both in the muted ink of the basemap, under the story's own labels. Drawn from
 * RELIEF_MINZOOM, except a feature the chapter emphasises, which shows at every zoom with its name:
 * an emphasis ring never circles an empty spot.
 */
export function reliefLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  const pass = {
    id: 'relief-pass',
    type: 'circle',
    source,
    metadata: meta('relief'),
    paint: { 'circle-radius': 3, 'circle-color': palette.labelHalo, 'circle-stroke-color': palette.inkMuted, 'circle-stroke-width': 1.2 },
  } as const;
  /** The name layer of one kind of relief feature, with that kind's own placement and type. */
  const names = (kind: 'pass' | 'range', layout: Record<string, unknown>) =>
    ({
      id: `relief-${kind}-label`,
      type: 'symbol',
      source,
      metadata: meta('relief', true),
      layout: { 'text-field': labelField(opts.lang, opts.naming), 'text-font': opts.font, 'text-max-width': 9, ...layout },
      paint: { 'text-color': palette.inkMuted, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 },
    }) as const;
  const layers = [
    { layer: pass, kind: 'pass' },
    // The pass's name is placed before the range's, beside its ring.
    { layer: names('pass', { 'text-size': 11, 'text-variable-anchor': ['left', 'right'], 'text-radial-offset': 0.6 }), kind: 'pass' },
    // A point on a 70 km ridge: the name may sit above or below it, to leave the pass room.
    {
      layer: names('range', {
        'text-size': 10,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.25,
        'text-variable-anchor': ['bottom', 'top', 'center'],
        'text-radial-offset': 0.9,
      }),
      kind: 'range',
    },
  ];
  return layers.flatMap(({ layer, kind }) => [
    { ...layer, minzoom: RELIEF_MINZOOM, filter: ['all', ['==', ['get', 'kind'], kind], ['!', IS_HIGHLIGHTED]] },
    { ...layer, id: `${layer.id}-emphasised`, filter: ['all', ['==', ['get', 'kind'], kind], IS_HIGHLIGHTED] },
  ]) as LayerSpecification[];
}

/** admin-areas: thin dotted outlines of districts and provinces; the country fill shows through. */
export function adminAreasLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  return [
    {
      id: 'admin-areas-line',
      type: 'line',
      source,
      metadata: meta('admin-areas'),
      paint: { 'line-color': palette.adminLine, 'line-width': 1, 'line-dasharray': [1, 2] },
    },
    {
      id: 'admin-areas-label',
      type: 'symbol',
      source,
      minzoom: 7,
      metadata: meta('admin-areas', true),
      layout: { 'text-field': labelField(opts.lang, opts.naming), 'text-font': opts.font, 'text-size': 11, 'text-max-width': 7 },
      paint: { 'text-color': palette.inkMuted, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1 },
    },
  ];
}

/** Zoom from which each place rank is labelled (1 always, 3 only close up). */
const PLACE_RANK_MINZOOM = { 1: 0, 2: 6, 3: 7.5 } as const;

/** places: a dot and a label per town; higher ranks only when zoomed in. */
export function placesLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  const dotPaint: CircleLayerSpecification['paint'] = {
    'circle-color': palette.placeDot,
    'circle-radius': ['match', ['get', 'kind'], 'capital', 4, 'city', 3, 2.5],
    'circle-stroke-color': palette.labelHalo,
    'circle-stroke-width': 1,
  };
  const byRank = ([1, 2, 3] as const).flatMap((rank): LayerSpecification[] => [
    {
      id: `places-dot-${rank}`,
      type: 'circle',
      source,
      minzoom: PLACE_RANK_MINZOOM[rank],
      filter: ['==', ['get', 'rank'], rank],
      metadata: meta('places', true),
      paint: dotPaint,
    },
    {
      id: `places-label-${rank}`,
      type: 'symbol',
      source,
      minzoom: PLACE_RANK_MINZOOM[rank],
      // A place the chapter calls out is named by its callout instead (callout-layers.ts).
      filter: ['all', ['==', ['get', 'rank'], rank], ['!', IS_CALLED_OUT]],
      metadata: meta('places', true),
      layout: {
        'text-field': labelField(opts.lang, opts.naming),
        'text-font': opts.font,
        'text-size': rank === 1 ? 14 : rank === 2 ? 12.5 : 11.5,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-max-width': 9,
        'symbol-sort-key': rank,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5 },
    },
  ]);
  // A called-out place keeps its dot at every zoom: its callout's leader points at it.
  const calledOutDot: LayerSpecification = {
    id: 'places-dot-callout',
    type: 'circle',
    source,
    filter: IS_CALLED_OUT,
    metadata: meta('places', true),
    paint: dotPaint,
  };
  return [...byRank, calledOutDot];
}
